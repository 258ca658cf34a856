#include "ui/diff/diff_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace copydesk::ui {
namespace {

struct DiffColours {
  QColor deleted;
  QColor inserted;
};

// Pale tints on a light base, deep ones on a dark base: the text colour stays the palette's.
DiffColours coloursFor(const QPalette& palette) {
  if (palette.color(QPalette::Base).lightness() < 128) return {QColor(0x6b, 0x25, 0x28), QColor(0x1e, 0x55, 0x30)};
  return {QColor(0xff, 0xd7, 0xd5), QColor(0xcc, 0xf5, 0xd3)};
}

QTextEdit* makeView(QWidget* parent) {
  auto* view = new QTextEdit(parent);
  view->setReadOnly(true);
  view->setAcceptRichText(false);
  view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  return view;
}

// Writes the segments of the given kinds into the view; changed text gets its colour (and
// deleted text a strike-through).
void fill(QTextEdit* view, const std::vector<DiffSegment>& segments, std::optional<DiffKind> skipped,
          const DiffColours& colours) {
  view->clear();
  QTextCursor cursor(view->document());
  QTextCharFormat plain;
  QTextCharFormat deleted;
  deleted.setBackground(colours.deleted);
  deleted.setFontStrikeOut(true);
  QTextCharFormat inserted;
  inserted.setBackground(colours.inserted);
  for (const auto& segment : segments) {
    if (segment.kind == skipped) continue;
    const auto& format = segment.kind == DiffKind::Delete ? deleted
                         : segment.kind == DiffKind::Insert ? inserted
                                                             : plain;
    cursor.insertText(QString::fromStdString(segment.text), format);
  }
}

}  // namespace

DiffView::DiffView(QWidget* parent) : QWidget(parent) {
  m_summary = new QLabel(this);
  m_summary->setObjectName(QStringLiteral("diffSummary"));
  m_sideBySide = new QToolButton(this);
  m_sideBySide->setObjectName(QStringLiteral("diffSideBySide"));
  m_sideBySide->setText(tr("Side by side"));
  m_sideBySide->setCheckable(true);
  m_sideBySide->setAutoRaise(true);
  m_sideBySide->setToolTip(tr("Show the two texts in two columns instead of one text with the changes marked"));

  m_inline = makeView(this);
  m_inline->setObjectName(QStringLiteral("diffInline"));

  m_columns = new QWidget(this);
  m_beforeHeading = new QLabel(m_columns);
  m_afterHeading = new QLabel(m_columns);
  m_before = makeView(m_columns);
  m_after = makeView(m_columns);
  auto* beforeColumn = new QWidget(m_columns);
  auto* beforeLayout = new QVBoxLayout(beforeColumn);
  beforeLayout->setContentsMargins(0, 0, 0, 0);
  beforeLayout->addWidget(m_beforeHeading);
  beforeLayout->addWidget(m_before, 1);
  auto* afterColumn = new QWidget(m_columns);
  auto* afterLayout = new QVBoxLayout(afterColumn);
  afterLayout->setContentsMargins(0, 0, 0, 0);
  afterLayout->addWidget(m_afterHeading);
  afterLayout->addWidget(m_after, 1);
  auto* splitter = new QSplitter(Qt::Horizontal, m_columns);
  splitter->addWidget(beforeColumn);
  splitter->addWidget(afterColumn);
  auto* columnsLayout = new QHBoxLayout(m_columns);
  columnsLayout->setContentsMargins(0, 0, 0, 0);
  columnsLayout->addWidget(splitter);
  m_columns->hide();

  m_header = new QHBoxLayout;
  m_header->addWidget(m_summary, 1);
  m_header->addWidget(m_sideBySide);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(m_header);
  layout->addWidget(m_inline, 1);
  layout->addWidget(m_columns, 1);

  connect(m_sideBySide, &QToolButton::toggled, this, &DiffView::setSideBySide);
  render();
}

void DiffView::setTexts(const QString& before, const QString& after, const QString& beforeLabel,
                        const QString& afterLabel) {
  m_segments = diffWords(before.toStdString(), after.toStdString());
  m_beforeLabel = beforeLabel;
  m_afterLabel = afterLabel;
  render();
}

void DiffView::setSideBySide(bool sideBySide) {
  if (m_sideBySide->isChecked() != sideBySide) m_sideBySide->setChecked(sideBySide);  // comes back here
  m_inline->setVisible(!sideBySide);
  m_columns->setVisible(sideBySide);
}

bool DiffView::isSideBySide() const { return m_sideBySide->isChecked(); }

void DiffView::addHeaderWidget(QWidget* widget) { m_header->insertWidget(0, widget); }

QString DiffView::summaryText() const { return m_summary->text(); }
QTextDocument* DiffView::inlineDocument() const { return m_inline->document(); }
QTextDocument* DiffView::beforeDocument() const { return m_before->document(); }
QTextDocument* DiffView::afterDocument() const { return m_after->document(); }

void DiffView::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) render();
}

void DiffView::render() {
  const auto colours = coloursFor(palette());
  fill(m_inline, m_segments, std::nullopt, colours);
  fill(m_before, m_segments, DiffKind::Insert, colours);
  fill(m_after, m_segments, DiffKind::Delete, colours);
  m_beforeHeading->setText(m_beforeLabel.isEmpty() ? tr("Before") : m_beforeLabel);
  m_afterHeading->setText(m_afterLabel.isEmpty() ? tr("After") : m_afterLabel);

  int deleted = 0;
  int inserted = 0;
  for (const auto& segment : m_segments) {
    deleted += segment.kind == DiffKind::Delete;
    inserted += segment.kind == DiffKind::Insert;
  }
  const QString direction = m_beforeLabel.isEmpty() && m_afterLabel.isEmpty()
                                ? QString()
                                : tr("%1 → %2: ").arg(m_beforeHeading->text(), m_afterHeading->text());
  if (m_segments.empty())
    m_summary->setText(direction + tr("both empty"));
  else if (deleted == 0 && inserted == 0)
    m_summary->setText(direction + tr("no changes"));
  else
    // Spelled out: English has no plural translation file to resolve "%n … (s)".
    m_summary->setText(direction + (deleted == 1 ? tr("1 removal") : tr("%1 removals").arg(deleted)) +
                       QStringLiteral(", ") + (inserted == 1 ? tr("1 insertion") : tr("%1 insertions").arg(inserted)));
}

}  // namespace copydesk::ui
