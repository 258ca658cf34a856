#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

#include "core/templates/template_diagnostic.h"

class QListWidget;

namespace copydesk::ui {

class DiagnosticUnderlines;
class TemplateEditor;
class VariableCompletion;

// Help while writing a template: variable-name completion in both parts, the renderer's
// diagnostics underlined where they point, and the same diagnostics listed under the editor
// (activating one puts the cursor there).
class TemplateAssist final : public QObject {
  Q_OBJECT

 public:
  explicit TemplateAssist(TemplateEditor* editor);

  void setNames(const QStringList& names);
  void setDiagnostics(const std::vector<TemplateDiagnostic>& diagnostics);

  VariableCompletion* systemCompletion() const { return m_systemCompletion; }
  VariableCompletion* userCompletion() const { return m_userCompletion; }
  DiagnosticUnderlines* systemUnderlines() const { return m_systemUnderlines; }
  DiagnosticUnderlines* userUnderlines() const { return m_userUnderlines; }
  QListWidget* list() const { return m_list; }

 private:
  void jumpTo(int row);

  TemplateEditor* m_editor;
  VariableCompletion* m_systemCompletion;
  VariableCompletion* m_userCompletion;
  DiagnosticUnderlines* m_systemUnderlines;
  DiagnosticUnderlines* m_userUnderlines;
  QListWidget* m_list;
  std::vector<TemplateDiagnostic> m_listed;
};

}  // namespace copydesk::ui
