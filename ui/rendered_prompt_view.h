#pragma once

#include <QWidget>

#include <optional>

#include "core/store/product.h"
#include "core/templates/prompt_template.h"

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace copydesk::ui {

// The prompt the selected product would be sent with the template being edited: the system and
// user messages exactly as rendered, and what the renderer had to say about them.
class RenderedPromptView final : public QWidget {
  Q_OBJECT

 public:
  explicit RenderedPromptView(QWidget* parent = nullptr);

  void setProduct(std::optional<Product> product);
  void setTemplate(std::optional<PromptTemplate> prompt);  // re-renders shortly after the last call

  QString systemText() const;
  QString userText() const;
  QString notesText() const;

 public slots:
  void render();  // now, without waiting

 private:
  std::optional<Product> m_product;
  std::optional<PromptTemplate> m_template;
  QLabel* m_heading;
  QPlainTextEdit* m_system;
  QPlainTextEdit* m_user;
  QLabel* m_notes;
  QTimer* m_debounce;
};

}  // namespace copydesk::ui
