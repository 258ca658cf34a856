#include "ui/copy/copy_counters.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace copydesk::ui {
namespace {

// Singular and plural spelled out: English has no plural translation file to resolve "%n … (s)".
QString characters(std::size_t n) {
  return (n == 1 ? CopyCounters::tr("%1 character") : CopyCounters::tr("%1 characters")).arg(n);
}

QString bytes(std::size_t n) { return (n == 1 ? CopyCounters::tr("%1 byte") : CopyCounters::tr("%1 bytes")).arg(n); }

// "203 of 200 characters", "width 62 of 60", "252 of 249 bytes".
QString ofLimit(LengthUnit unit, std::size_t actual, std::size_t max) {
  switch (unit) {
    case LengthUnit::Chars: return CopyCounters::tr("%1 of %2 characters").arg(actual).arg(max);
    case LengthUnit::Width: return CopyCounters::tr("width %1 of %2").arg(actual).arg(max);
    case LengthUnit::Bytes: return CopyCounters::tr("%1 of %2 bytes").arg(actual).arg(max);
  }
  return {};
}

// "3 characters over", "2 too wide", "3 bytes over".
QString overBy(LengthUnit unit, std::size_t n) {
  switch (unit) {
    case LengthUnit::Chars: return CopyCounters::tr("%1 over").arg(characters(n));
    case LengthUnit::Width: return CopyCounters::tr("%1 too wide").arg(n);
    case LengthUnit::Bytes: return CopyCounters::tr("%1 over").arg(bytes(n));
  }
  return {};
}

// A red that reads on the palette's window colour, light or dark.
QColor warningColour(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

}  // namespace

CopyCounters::CopyCounters(QWidget* parent) : QWidget(parent) {
  m_counts = new QLabel(this);
  m_counts->setObjectName(QStringLiteral("copyCounts"));
  m_limitLabel = new QLabel(this);
  m_limitLabel->setObjectName(QStringLiteral("copyLimit"));
  // Two wrapping lines, so the counters never make the column wider than the others.
  m_counts->setWordWrap(true);
  m_limitLabel->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_counts);
  layout->addWidget(m_limitLabel);
  refresh();
}

void CopyCounters::setText(const QString& text) {
  m_text = text.toStdString();
  refresh();
}

void CopyCounters::setLimit(std::optional<ChannelLimit> limit, const QString& channelLabel, const QString& fieldLabel) {
  m_limit = std::move(limit);
  m_channelLabel = channelLabel;
  m_fieldLabel = fieldLabel;
  refresh();
}

QString CopyCounters::countsText() const { return m_counts->text(); }
QString CopyCounters::limitText() const { return m_limitLabel->text(); }

void CopyCounters::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) refresh();
}

void CopyCounters::refresh() {
  m_measure = measureText(m_text);
  m_check = m_limit ? std::optional(checkLimit(m_text, *m_limit)) : std::nullopt;
  m_counts->setText(characters(m_measure.characters) + QStringLiteral(" · ") +
                    tr("CJK width %1").arg(m_measure.width) + QStringLiteral(" · ") + bytes(m_measure.bytes));
  m_limitLabel->setText(describeLimit());
  QPalette palette = m_limitLabel->palette();
  palette.setColor(QPalette::WindowText, isOverLimit() ? warningColour(this->palette())
                                                       : this->palette().color(QPalette::WindowText));
  m_limitLabel->setPalette(palette);
  QFont font = m_limitLabel->font();
  font.setBold(isOverLimit());
  m_limitLabel->setFont(font);
}

QString CopyCounters::describeLimit() const {
  if (!m_limit) {
    return m_channelLabel.isEmpty() ? QString() : tr("%1 sets no limit for %2").arg(m_channelLabel, m_fieldLabel);
  }
  const auto& check = *m_check;
  QString text = m_limit->perBullet ? tr("%1 %2: longest bullet %3") : tr("%1 %2: %3");
  text = text.arg(m_channelLabel, m_fieldLabel, ofLimit(check.unit, check.actual, check.max));
  if (check.overLength()) text += QStringLiteral(" — ") + overBy(check.unit, check.overBy());
  if (check.overItems()) text += QStringLiteral(" — ") + tr("%1 bullets, %2 fit").arg(check.items).arg(check.maxItems);
  return text;
}

}  // namespace copydesk::ui
