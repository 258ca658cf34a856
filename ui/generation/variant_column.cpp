#include "ui/generation/variant_column.h"

#include <QHBoxLayout>
#include <QColor>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

#include <string>

#include "ui/generation/failure_advice.h"

namespace copydesk::ui {
namespace {

SlotInfo slotOf(const Draft& draft) {
  SlotInfo slot;
  slot.id = "draft-" + std::to_string(draft.id);
  slot.productId = draft.productId;
  slot.sku = draft.sku;
  slot.variant = draft.variant;
  slot.model = draft.model;
  slot.persona = draft.persona;
  return slot;
}

QString statusName(DraftStatus status) {
  switch (status) {
    case DraftStatus::Draft: return VariantColumn::tr("draft");
    case DraftStatus::Submitted: return VariantColumn::tr("submitted");
    case DraftStatus::Approved: return VariantColumn::tr("approved");
    case DraftStatus::Rejected: return VariantColumn::tr("rejected");
    case DraftStatus::Exported: return VariantColumn::tr("exported");
  }
  return {};
}

}  // namespace

VariantColumn::VariantColumn(int index, SlotInfo slot, QWidget* parent)
    : QFrame(parent),
      m_slot(std::move(slot)),
      m_title(new QLabel(this)),
      m_text(new QPlainTextEdit(this)),
      m_status(new QLabel(this)),
      m_stop(new QPushButton(tr("Stop"), this)),
      m_retry(new QPushButton(tr("Retry"), this)),
      m_use(new QPushButton(this)) {
  setObjectName(QStringLiteral("variantColumn%1").arg(index + 1));
  setFrameShape(QFrame::StyledPanel);
  setMinimumWidth(240);
  m_title->setText(tr("%1 · variant %2 · %3 / %4")
                       .arg(QString::fromStdString(m_slot.sku))
                       .arg(m_slot.variant)
                       .arg(QString::fromStdString(m_slot.profile), QString::fromStdString(m_slot.model)));
  if (!m_slot.persona.empty()) {
    m_title->setText(tr("For %1 · %2").arg(QString::fromStdString(m_slot.persona), m_title->text()));
  }
  m_title->setObjectName(QStringLiteral("variantTitle"));
  m_title->setWordWrap(true);
  m_text->setObjectName(QStringLiteral("variantText"));
  m_text->setReadOnly(true);
  // The column fits the pane's height (the text scrolls) so status and buttons stay in view.
  m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
  m_text->setMinimumHeight(48);
  m_status->setObjectName(QStringLiteral("variantStatus"));
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_stop->setObjectName(QStringLiteral("stopVariant"));
  m_retry->setObjectName(QStringLiteral("retryVariant"));
  m_use->setObjectName(QStringLiteral("useVariant"));
  // Alt+1…Alt+9 are the pane's shortcuts; the button names the one for its column.
  m_use->setText(tr("Use this variant"));
  if (index < 9) m_use->setToolTip(tr("Makes this draft the working copy (Alt+%1)").arg(index + 1));

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_stop);
  buttons->addWidget(m_retry);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(m_title);
  layout->addWidget(m_text, 1);
  layout->addWidget(m_status);
  layout->addLayout(buttons);
  layout->addWidget(m_use);

  connect(m_stop, &QPushButton::clicked, this, &VariantColumn::stopRequested);
  connect(m_retry, &QPushButton::clicked, this, &VariantColumn::retryRequested);
  connect(m_use, &QPushButton::clicked, this, [this] {
    if (m_draftId > 0) emit useRequested(m_draftId);
  });
  setState(State::Queued, tr("Waiting for a free connection…"));
}

VariantColumn::VariantColumn(int index, const Draft& stored, QWidget* parent)
    : VariantColumn(index, slotOf(stored), parent) {
  m_title->setText(tr("Variant %1 · version %2 · %3 · %4")
                       .arg(stored.variant)
                       .arg(stored.templateVersion)
                       .arg(QString::fromStdString(stored.model), statusName(stored.status)));
  if (!stored.persona.empty()) {
    m_title->setText(tr("For %1 · %2").arg(QString::fromStdString(stored.persona), m_title->text()));
  }
  m_text->setPlainText(QString::fromStdString(stored.text));
  m_stop->hide();
  m_retry->hide();
  m_draftId = stored.id;
  // The store's UTC timestamp, to the minute: "2026-11-29T22:37:08.885Z" → "2026-11-29 22:37".
  const QString written = QString::fromStdString(stored.createdAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
  setState(State::Done, tr("Draft #%1, written %2 UTC.").arg(stored.id).arg(written));
}

QString VariantColumn::text() const { return m_text->toPlainText(); }

QString VariantColumn::statusText() const { return m_status->text(); }

void VariantColumn::setStarted() { setState(State::Writing, tr("Writing…")); }

void VariantColumn::appendText(const QString& text, bool restart) {
  if (restart) {
    m_text->clear();
    if (m_state == State::Writing) m_status->setText(tr("Writing… (retrying after a provider error)"));
  }
  if (text.isEmpty()) return;
  // Appending at the end without re-laying out the whole document keeps 50 live columns cheap.
  QScrollBar* bar = m_text->verticalScrollBar();
  const bool atEnd = bar->value() == bar->maximum();
  QTextCursor cursor(m_text->document());
  cursor.movePosition(QTextCursor::End);
  cursor.insertText(text);
  if (atEnd) bar->setValue(bar->maximum());
}

void VariantColumn::setFinished(const SlotEnd& end) {
  switch (end.outcome) {
    case GenerationOutcome::Ok:
      // The streamed pieces are the text; the final text is authoritative (e.g. a non-streaming retry).
      if (m_text->toPlainText() != QString::fromStdString(end.text)) m_text->setPlainText(QString::fromStdString(end.text));
      setState(State::Saving, tr("Saving the draft…"));
      break;
    case GenerationOutcome::Cancelled:
      setState(State::Stopped, failureAdvice(m_slot, end));
      break;
    case GenerationOutcome::Failed:
      setState(State::Failed,
               tr("Failed: %1\n%2").arg(QString::fromStdString(end.error), failureAdvice(m_slot, end)));
      break;
  }
}

void VariantColumn::setCommitted(std::int64_t draftId) {
  m_draftId = draftId;
  setState(State::Done, tr("Saved as draft #%1.").arg(draftId));
}

void VariantColumn::setRetrying() {
  m_text->clear();
  m_draftId = 0;
  setState(State::Queued, tr("Retrying…"));
}

void VariantColumn::setGenerationAllowed(bool allowed) {
  m_allowed = allowed;
  setState(m_state, m_status->text());
}

void VariantColumn::setState(State state, const QString& status) {
  m_state = state;
  m_status->setText(status);
  const bool running = state == State::Queued || state == State::Writing;
  m_stop->setEnabled(running);
  m_retry->setEnabled(m_allowed && (state == State::Failed || state == State::Stopped));
  m_use->setEnabled(state == State::Done);
  // Errors stand out in red, lighter on a dark palette so they stay readable.
  QPalette colours = palette();
  if (state == State::Failed) {
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
  }
  m_status->setPalette(colours);
}

}  // namespace copydesk::ui
