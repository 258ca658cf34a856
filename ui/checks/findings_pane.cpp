#include "ui/checks/findings_pane.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/checks/finding_text.h"
#include "ui/checks/finding_underlines.h"

namespace copydesk::ui {
namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QStyle::StandardPixmap iconOf(Severity severity) {
  switch (severity) {
    case Severity::Error: return QStyle::SP_MessageBoxCritical;
    case Severity::Warning: return QStyle::SP_MessageBoxWarning;
    case Severity::Info: return QStyle::SP_MessageBoxInformation;
  }
  return QStyle::SP_MessageBoxInformation;
}

}  // namespace

FindingsPane::FindingsPane(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("findingsPane"));
  m_header = new QLabel(this);
  m_header->setObjectName(QStringLiteral("findingsHeader"));
  QFont bold = m_header->font();
  bold.setBold(true);
  m_header->setFont(bold);

  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("findingsList"));
  m_list->setColumnCount(2);
  m_list->setHeaderLabels({tr("Finding"), tr("Rule set")});
  m_list->setRootIsDecorated(false);
  m_list->setUniformRowHeights(true);
  m_list->setAllColumnsShowFocus(true);
  m_list->header()->setStretchLastSection(false);
  m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
  m_list->setTextElideMode(Qt::ElideRight);  // the whole message is the row's tooltip and below

  m_detail = new QLabel(this);
  m_detail->setObjectName(QStringLiteral("findingDetail"));
  m_detail->setWordWrap(true);
  m_detail->setTextFormat(Qt::RichText);
  m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_detail->setMargin(4);
  m_detail->setBackgroundRole(QPalette::AlternateBase);
  m_detail->setAutoFillBackground(true);
  m_detail->hide();

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(3);
  layout->addWidget(m_header);
  layout->addWidget(m_list, 1);
  layout->addWidget(m_detail);

  connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    showDetail(item ? item->data(0, kIndexRole).toInt() : -1);
  });
  connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
    showInEditor(item->data(0, kIndexRole).toInt(), false);
  });
  connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    const int index = item->data(0, kIndexRole).toInt();
    showInEditor(index, true);
    if (index >= 0) emit findingActivated(index);
  });
  setNotice(tr("Not checked yet"));
}

void FindingsPane::setEditor(QPlainTextEdit* editor) { m_editor = editor; }

void FindingsPane::setRuleBook(std::shared_ptr<const RuleBook> book) {
  m_book = std::move(book);
  fill();
}

void FindingsPane::setFindings(std::vector<Finding> findings, const QString& text) {
  m_findings = std::move(findings);
  m_text = text;
  m_notice.clear();
  fill();
}

void FindingsPane::setNotice(const QString& notice) {
  m_findings.clear();
  m_text.clear();
  m_notice = notice;
  fill();
}

void FindingsPane::setTitle(const QString& title) {
  m_title = title;
  fill();
}

QString FindingsPane::headerText() const { return m_header->text(); }

QString FindingsPane::detailText() const {
  if (m_detail->isHidden()) return {};
  QTextDocument document;
  document.setHtml(m_detail->text());
  return document.toPlainText();
}

void FindingsPane::fill() {
  if (!m_list) return;  // a palette change while the children are made
  // The finding chosen stays chosen when the same finding is reported again (each keystroke).
  const int chosen = m_list->currentItem() ? m_list->currentItem()->data(0, kIndexRole).toInt() : -1;
  const std::string chosenRule = chosen >= 0 && chosen < static_cast<int>(m_findings.size()) ? m_findings[static_cast<std::size_t>(chosen)].rule : std::string();
  const QSignalBlocker block(m_list);
  m_list->clear();
  const QString state = m_notice.isEmpty() ? FindingText::counts(m_findings) : m_notice;
  m_header->setText(m_title.isEmpty() ? state : tr("%1: %2").arg(m_title, state));
  QTreeWidgetItem* current = nullptr;
  for (std::size_t i = 0; i < m_findings.size(); ++i) {
    const Finding& f = m_findings[i];
    auto* item = new QTreeWidgetItem(m_list);
    const QString message = FindingText::message(f);
    item->setIcon(0, style()->standardIcon(iconOf(f.severity)));
    item->setText(0, message);
    item->setToolTip(0, FindingText::severityName(f.severity) + QStringLiteral(": ") + message);
    item->setText(1, FindingText::ruleSetName(m_book.get(), f.ruleSet));
    item->setToolTip(1, QString::fromStdString(f.rule));
    item->setForeground(1, palette().brush(QPalette::PlaceholderText));
    item->setData(0, kIndexRole, static_cast<int>(i));
    if (!current && static_cast<int>(i) == chosen && f.rule == chosenRule) current = item;
  }
  if (m_findings.empty()) {
    auto* none = new QTreeWidgetItem(m_list);
    none->setText(0, m_notice.isEmpty() ? tr("No findings") : m_notice);
    none->setData(0, kIndexRole, -1);
    none->setFlags(Qt::NoItemFlags);
  }
  if (current) m_list->setCurrentItem(current);
  showDetail(current ? current->data(0, kIndexRole).toInt() : -1);
  fitRuleSetColumn();
}

void FindingsPane::fitRuleSetColumn() {
  // The message matters more than the rule set's long name: the set gets what it needs up to a
  // third of the width, the message the rest (both are whole in the tooltip and below).
  const QFontMetrics metrics(m_list->font());
  int needed = m_list->header()->sectionSizeHint(1);
  for (int i = 0; i < m_list->topLevelItemCount(); ++i)
    needed = std::max(needed, metrics.horizontalAdvance(m_list->topLevelItem(i)->text(1)) + 2 * metrics.averageCharWidth());
  m_list->setColumnWidth(1, std::min(needed, m_list->viewport()->width() / 3));
}

void FindingsPane::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  fitRuleSetColumn();
}

void FindingsPane::showDetail(int index) {
  if (index < 0 || index >= static_cast<int>(m_findings.size())) {
    m_detail->clear();
    m_detail->hide();
    return;
  }
  const Finding& f = m_findings[static_cast<std::size_t>(index)];
  QString html = QStringLiteral("<b>%1</b> · %2 <span style=\"white-space:nowrap\">(%3)</span>")
                     .arg(FindingText::severityName(f.severity).toHtmlEscaped(),
                          FindingText::ruleSetName(m_book.get(), f.ruleSet).toHtmlEscaped(),
                          QString::fromStdString(f.rule).toHtmlEscaped());
  const QString explanation = FindingText::explanation(f);
  if (!explanation.isEmpty()) html += QStringLiteral("<br>") + explanation.toHtmlEscaped();
  const QString source = FindingText::source(f);
  if (!source.isEmpty()) html += QStringLiteral("<br><i>%1</i>").arg(source.toHtmlEscaped());
  m_detail->setText(html);
  m_detail->show();
}

void FindingsPane::showInEditor(int index, bool focus) {
  if (!m_editor || index < 0 || index >= static_cast<int>(m_findings.size())) return;
  const Finding& f = m_findings[static_cast<std::size_t>(index)];
  // The spans count in the text that was checked; typing since then moves them at most a little.
  const QString current = m_editor->toPlainText();
  const FindingSpan span = findingSpan(CodePointPositions(current == m_text || m_text.isEmpty() ? current : m_text), f);
  const int end = static_cast<int>(current.size());
  QTextCursor cursor(m_editor->document());
  cursor.setPosition(std::min(span.start, end));
  cursor.setPosition(std::min(span.end, end), QTextCursor::KeepAnchor);
  m_editor->setTextCursor(cursor);
  m_editor->ensureCursorVisible();
  if (focus) m_editor->setFocus(Qt::OtherFocusReason);
}

void FindingsPane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  // The rule-set column's muted colour and the icons follow a palette or style change.
  if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) fill();
}

}  // namespace copydesk::ui
