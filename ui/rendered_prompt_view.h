#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

#include "core/templates/prompt_template.h"

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace copydesk::ui {

class StoreThread;
struct PromptPreview;

// The prompt the selected product would be sent with the template being edited: the system and
// user messages exactly as rendered, and what the renderer had to say about them. Rendering runs
// on the store thread (it reads the product and the partials).
class RenderedPromptView final : public QWidget {
  Q_OBJECT

 public:
  explicit RenderedPromptView(StoreThread& store, QWidget* parent = nullptr);

  void setProduct(std::int64_t productId);                 // 0: none
  void setTemplate(std::optional<PromptTemplate> prompt);  // re-renders shortly after the last call

  QString headingText() const;
  QString systemText() const;
  QString userText() const;
  QString notesText() const;

 signals:
  void rendered();  // the panes show the result of the latest request

 public slots:
  void render();  // now, without waiting

 private:
  void display(const PromptPreview& preview);

  StoreThread& m_store;
  std::int64_t m_productId = 0;
  std::optional<PromptTemplate> m_template;
  int m_generation = 0;
  QLabel* m_heading;
  QPlainTextEdit* m_system;
  QPlainTextEdit* m_user;
  QLabel* m_notes;
  QTimer* m_debounce;
};

}  // namespace copydesk::ui
