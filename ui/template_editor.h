#pragma once

#include <QWidget>

#include "core/store/template_store.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSyntaxHighlighter;
class QVBoxLayout;

namespace copydesk::ui {

// Edits one template: its system part and user part, each highlighted as Mustache. Saving makes
// a new version (versions are immutable); the window does the saving through the store thread.
class TemplateEditor final : public QWidget {
  Q_OBJECT

 public:
  explicit TemplateEditor(QWidget* parent = nullptr);

  void setVersion(const TemplateVersion& version);  // shows it, unmodified
  bool hasTemplate() const { return !m_base.name.empty(); }
  bool isModified() const;
  const TemplateVersion& version() const { return m_version; }
  // The template as edited now (the loaded one with the edited parts).
  PromptTemplate currentTemplate() const;

  QPlainTextEdit* systemEdit() const { return m_system; }
  QPlainTextEdit* userEdit() const { return m_user; }
  // Adds a widget between the two parts and the save row (the diagnostics list).
  void addBelowEditors(QWidget* widget);

 signals:
  void edited();  // either part changed (typing: consumers debounce)
  void saveRequested(const copydesk::PromptTemplate& prompt, const QString& note);

 protected:
  void changeEvent(QEvent* event) override;  // re-themes the highlighting when the palette changes

 private:
  void updateState();

  TemplateVersion m_version;
  PromptTemplate m_base;
  QLabel* m_title;
  QPlainTextEdit* m_system;
  QPlainTextEdit* m_user;
  QList<QSyntaxHighlighter*> m_highlighters;
  QLineEdit* m_note;
  QPushButton* m_save;
  QPushButton* m_revert;
  QVBoxLayout* m_layout;
};

}  // namespace copydesk::ui
