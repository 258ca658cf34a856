#include "ui/editor/template_assist.h"

#include <QListWidget>
#include <QPlainTextEdit>

#include <algorithm>

#include "ui/editor/diagnostic_underlines.h"
#include "ui/editor/variable_completion.h"
#include "ui/template_editor.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

TemplateAssist::TemplateAssist(TemplateEditor* editor)
    : QObject(editor),
      m_editor(editor),
      m_systemCompletion(new VariableCompletion(editor->systemEdit())),
      m_userCompletion(new VariableCompletion(editor->userEdit())),
      m_systemUnderlines(new DiagnosticUnderlines(editor->systemEdit())),
      m_userUnderlines(new DiagnosticUnderlines(editor->userEdit())),
      m_list(new QListWidget(editor)) {
  m_list->setObjectName(QStringLiteral("templateDiagnostics"));
  m_list->hide();
  editor->addBelowEditors(m_list);
  connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { jumpTo(m_list->row(item)); });
}

void TemplateAssist::setNames(const QStringList& names) {
  m_systemCompletion->setNames(names);
  m_userCompletion->setNames(names);
}

void TemplateAssist::setDiagnostics(const std::vector<TemplateDiagnostic>& diagnostics) {
  std::vector<TemplateDiagnostic> system, user;
  m_listed = diagnostics;
  m_list->clear();
  for (const TemplateDiagnostic& diagnostic : diagnostics) {
    // A diagnostic inside a partial points into another template: listed, not underlined here.
    if (diagnostic.templateName.empty()) (diagnostic.part == "system" ? system : user).push_back(diagnostic);
    const bool error = diagnostic.severity == TemplateDiagnostic::Severity::Error;
    const QString part = diagnostic.part == "system" ? tr("system") : tr("user");
    QString where = tr("%1 part %2:%3").arg(part).arg(diagnostic.position.line).arg(diagnostic.position.column);
    if (!diagnostic.templateName.empty()) where += tr(" (partial %1)").arg(QString::fromStdString(diagnostic.templateName));
    auto* item = new QListWidgetItem(
        (error ? tr("Error") : tr("Warning")) + QStringLiteral(" · ") + where + QStringLiteral(" — ") +
            ErrorText::message(diagnostic),
        m_list);
    item->setForeground(error ? QColor(200, 30, 30) : QColor(190, 110, 0));
  }
  m_systemUnderlines->setDiagnostics(std::move(system));
  m_userUnderlines->setDiagnostics(std::move(user));
  // As tall as its lines (up to four), so one warning does not take the editor's room.
  const int rows = std::min<int>(m_list->count(), 4);
  m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 4);
  m_list->setVisible(!diagnostics.empty());
}

void TemplateAssist::jumpTo(int row) {
  if (row < 0 || row >= static_cast<int>(m_listed.size())) return;
  const TemplateDiagnostic& diagnostic = m_listed[static_cast<std::size_t>(row)];
  if (!diagnostic.templateName.empty()) return;
  QPlainTextEdit* edit = diagnostic.part == "system" ? m_editor->systemEdit() : m_editor->userEdit();
  const TextSpan span = diagnosticSpan(*edit->document(), diagnostic);
  QTextCursor cursor(edit->document());
  cursor.setPosition(span.start);
  edit->setTextCursor(cursor);
  edit->setFocus();
}

}  // namespace copydesk::ui
