#include "ui/review/review_detail_view.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/checks/finding_underlines.h"
#include "ui/checks/findings_pane.h"
#include "ui/diff/diff_view.h"
#include "ui/review/review_queue_model.h"
#include "ui/translation/translation_source_view.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString localTime(const std::string& iso) {
  const QDateTime at = QDateTime::fromString(qs(iso), Qt::ISODateWithMs);
  return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : qs(iso);
}

QString statusName(const std::string& status) {
  auto parsed = draftStatusFromString(status);
  return parsed ? ReviewQueueModel::statusText(*parsed) : qs(status);
}

}  // namespace

ReviewDetailView::ReviewDetailView(QWidget* parent) : QWidget(parent) {
  m_headline = new QLabel(this);
  m_headline->setObjectName(QStringLiteral("reviewHeadline"));
  m_headline->setWordWrap(true);
  m_headline->setTextFormat(Qt::RichText);
  // An answer is judged against what was asked: the question stands above it (issue 14).
  m_question = new QuestionLabel(this);
  m_question->setObjectName(QStringLiteral("reviewQuestion"));

  m_againstLive = new DiffView(this);
  m_againstLive->setObjectName(QStringLiteral("diffAgainstLive"));
  m_againstApproved = new DiffView(this);
  m_againstApproved->setObjectName(QStringLiteral("diffAgainstApproved"));
  m_comparisons = new QTabWidget(this);
  m_comparisons->setDocumentMode(true);
  m_comparisons->addTab(m_againstLive, tr("Against the live copy"));
  m_comparisons->addTab(m_againstApproved, tr("Against the last approved"));
  m_draftText = new QPlainTextEdit(this);
  m_draftText->setObjectName(QStringLiteral("reviewDraftText"));
  m_draftText->setReadOnly(true);
  // Read-only, yet the span a finding selects must show and be copyable.
  m_draftText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  m_underlines = new FindingUnderlines(m_draftText);
  m_comparisons->addTab(m_draftText, tr("Draft text"));
  m_translation = new TranslationSourceView(this);
  m_comparisons->addTab(m_translation, tr("Source and translation"));
  m_comparisons->setTabVisible(SourceAndTranslation, false);

  m_history = new QTreeWidget(this);
  m_history->setObjectName(QStringLiteral("reviewHistory"));
  m_history->setRootIsDecorated(false);
  m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Status"), tr("Comment")});
  m_history->header()->setStretchLastSection(true);
  for (int column = 0; column < 4; ++column) m_history->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
  auto* historyBox = new QGroupBox(tr("Review history"), this);
  auto* historyLayout = new QVBoxLayout(historyBox);
  historyLayout->setContentsMargins(4, 4, 4, 4);
  historyLayout->addWidget(m_history);

  auto* checks = new QGroupBox(tr("Checks"), this);
  checks->setObjectName(QStringLiteral("reviewChecks"));
  m_findings = new FindingsPane(checks);
  m_findings->setEditor(m_draftText);
  auto* checksLayout = new QVBoxLayout(checks);
  checksLayout->setContentsMargins(4, 4, 4, 4);
  checksLayout->addWidget(m_findings);
  // A finding chosen with Return or a double-click is shown where it is, in the draft's text.
  connect(m_findings, &FindingsPane::findingActivated, this, [this] {
    m_comparisons->setCurrentWidget(m_draftText);
    m_draftText->setFocus(Qt::OtherFocusReason);
  });

  // The findings beside the history: both are short lists, and the diff needs the height.
  auto* below = new QSplitter(Qt::Horizontal, this);
  below->addWidget(checks);
  below->addWidget(historyBox);
  below->setStretchFactor(0, 3);
  below->setStretchFactor(1, 2);
  below->setChildrenCollapsible(false);

  // Stacked, not side by side: the page is often narrowed by the docks beside it.
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_comparisons);
  splitter->addWidget(below);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_headline);
  layout->addWidget(m_question);
  layout->addWidget(splitter, 1);
  clear(tr("Choose a draft in the queue."));
}

void ReviewDetailView::setContext(const ReviewContext& context) {
  const Draft& d = context.draft;
  m_draftId = d.id;
  m_shownVersion = d.rowVersion;
  const QString product = context.productTitle.empty()
                              ? qs(d.sku).toHtmlEscaped()
                              : tr("%1 — %2").arg(qs(d.sku).toHtmlEscaped(), qs(context.productTitle).toHtmlEscaped());
  QString details = tr("%1 · draft %2 · %3 · by %4")
                        .arg(qs(d.field).toHtmlEscaped())
                        .arg(d.id)
                        .arg(ReviewQueueModel::statusText(d.status), qs(d.author).toHtmlEscaped());
  if (!d.templateName.empty()) {
    details += tr(" · template %1 v%2").arg(qs(d.templateName).toHtmlEscaped()).arg(d.templateVersion);
  }
  m_headline->setText(QStringLiteral("<b>%1</b><br>%2").arg(product, details));
  m_question->showFor(&d);

  const QString text = qs(d.text);
  m_againstLive->setTexts(qs(context.liveText), text, tr("Live copy"), tr("This draft"));
  m_comparisons->setTabText(AgainstLive, context.liveText.empty() ? tr("Against the live copy (empty)")
                                                                  : tr("Against the live copy"));
  if (context.lastApproval) {
    const Review& approval = *context.lastApproval;
    m_againstApproved->setTexts(qs(approval.text), text,
                                tr("Approved by %1, %2").arg(qs(approval.reviewer), localTime(approval.createdAt)),
                                tr("This draft"));
    m_comparisons->setTabText(AgainstApproved, tr("Against the last approved"));
  } else {
    m_againstApproved->setTexts(QString(), text, tr("Never approved"), tr("This draft"));
    m_comparisons->setTabText(AgainstApproved, tr("Against the last approved (none yet)"));
  }
  // The findings that come with it count their spans in exactly this text.
  m_underlines->clear();
  m_draftText->setPlainText(text);
  m_findings->setNotice(tr("Checking…"));
  // A translation is judged against its source first (issue 14).
  const bool translation = d.sourceDraftId.has_value();
  m_translation->setContext(context);
  m_comparisons->setTabVisible(SourceAndTranslation, translation);
  m_comparisons->setTabText(SourceAndTranslation, d.outdated ? tr("Source and translation (outdated)")
                                                             : tr("Source and translation"));
  if (translation) m_comparisons->setCurrentWidget(m_translation);
  else if (m_comparisons->currentWidget() == m_translation) m_comparisons->setCurrentIndex(AgainstLive);
  showHistory(context.history);
  setEnabled(true);
}

void ReviewDetailView::setRuleBook(std::shared_ptr<const RuleBook> book) { m_findings->setRuleBook(std::move(book)); }

void ReviewDetailView::setFindings(std::vector<Finding> findings) {
  const QString text = m_draftText->toPlainText();
  m_underlines->setFindings(findings, text);
  m_findings->setFindings(std::move(findings), text);
}

void ReviewDetailView::setChecksNotice(const QString& notice) {
  m_underlines->clear();
  m_findings->setNotice(notice);
}

void ReviewDetailView::clear(const QString& message) {
  m_draftId = 0;
  m_headline->setText(message.toHtmlEscaped());
  m_question->showFor(nullptr);
  m_againstLive->setTexts(QString(), QString());
  m_againstApproved->setTexts(QString(), QString());
  m_underlines->clear();
  m_draftText->clear();
  m_findings->setNotice(tr("Choose a draft to see its checks."));
  m_history->clear();
}

QString ReviewDetailView::headline() const { return m_headline->text(); }

DiffView* ReviewDetailView::diffView(Comparison comparison) const {
  return comparison == AgainstLive ? m_againstLive : comparison == AgainstApproved ? m_againstApproved : nullptr;
}

void ReviewDetailView::showHistory(const std::vector<Review>& reviews) {
  m_history->clear();
  for (const Review& review : reviews) {
    auto* item = new QTreeWidgetItem(m_history);
    item->setText(0, localTime(review.createdAt));
    item->setText(1, qs(review.reviewer));
    item->setText(2, qs(review.action));
    item->setText(3, tr("%1 → %2").arg(statusName(review.fromStatus), statusName(review.toStatus)));
    item->setText(4, qs(review.comment));
    item->setToolTip(4, qs(review.comment));
  }
  if (reviews.empty()) {
    auto* none = new QTreeWidgetItem(m_history);
    none->setText(0, tr("No decisions yet"));
    none->setFlags(Qt::NoItemFlags);
  }
}

}  // namespace copydesk::ui
