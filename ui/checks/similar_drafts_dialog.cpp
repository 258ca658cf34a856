#include "ui/checks/similar_drafts_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/checks/similar_pairs_model.h"
#include "ui/row_table.h"
#include "ui/store_thread.h"
#include "ui/editor/code_point_positions.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QPlainTextEdit* makeTextView(const QString& objectName, QWidget* parent) {
  auto* view = new QPlainTextEdit(parent);
  view->setObjectName(objectName);
  view->setReadOnly(true);
  view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  return view;
}

// Shows `text` with the passage [start, start + length) (code points) marked, scrolled into view.
void showWithPassage(QPlainTextEdit* view, const std::string& text, std::size_t start, std::size_t length) {
  const QString shown = qs(text);
  view->setPlainText(shown);
  const TextSpan span = CodePointPositions(shown).span(start, length);  // core counts code points
  const int from = span.start, to = span.end;
  QTextEdit::ExtraSelection passage;
  passage.cursor = QTextCursor(view->document());
  passage.cursor.setPosition(from);
  passage.cursor.setPosition(to, QTextCursor::KeepAnchor);
  passage.format.setBackground(SimilarDraftsDialog::passageBackground());
  passage.format.setForeground(SimilarDraftsDialog::passageText());
  view->setExtraSelections({passage});
  QTextCursor at(view->document());
  at.setPosition(from);
  view->setTextCursor(at);
  view->centerCursor();
}

}  // namespace

QColor SimilarDraftsDialog::passageBackground() { return QColor(0xff, 0xd5, 0x4f); }
QColor SimilarDraftsDialog::passageText() { return QColor(0x1a, 0x1a, 0x1a); }

SimilarDraftsDialog::SimilarDraftsDialog(StoreThread& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_model(new SimilarPairsModel(this)), m_progressTimer(new QTimer(this)) {
  setObjectName(QStringLiteral("similarDraftsDialog"));
  setWindowTitle(tr("Similar drafts"));

  m_threshold = new QDoubleSpinBox(this);
  m_threshold->setRange(0.30, 1.00);
  m_threshold->setSingleStep(0.05);
  m_threshold->setDecimals(2);
  m_threshold->setValue(0.70);
  m_threshold->setToolTip(tr("How alike two texts must be to be listed: 1.00 is the same text"));
  m_drafts = new QCheckBox(tr("&Drafts"), this);
  m_drafts->setChecked(true);
  m_descriptions = new QCheckBox(tr("&Catalog descriptions"), this);
  m_descriptions->setChecked(true);
  m_scanButton = new QPushButton(tr("&Scan"), this);
  m_scanButton->setObjectName(QStringLiteral("similarScan"));
  m_scanButton->setDefault(true);
  m_cancelButton = new QPushButton(tr("Cancel scan"), this);
  m_progress = new QProgressBar(this);
  m_progress->setTextVisible(true);
  auto* controls = new QHBoxLayout;
  auto* thresholdLabel = new QLabel(tr("&Threshold:"), this);
  thresholdLabel->setBuddy(m_threshold);
  controls->addWidget(thresholdLabel);
  controls->addWidget(m_threshold);
  controls->addSpacing(12);
  controls->addWidget(m_drafts);
  controls->addWidget(m_descriptions);
  controls->addStretch(1);
  controls->addWidget(m_progress);
  controls->addWidget(m_scanButton);
  controls->addWidget(m_cancelButton);

  m_status = new QLabel(tr("Scan the drafts and the catalog for copy that repeats another product's."), this);
  m_status->setObjectName(QStringLiteral("similarStatus"));
  m_status->setWordWrap(true);

  m_view = new QTableView(this);
  m_view->setObjectName(QStringLiteral("similarPairs"));
  m_view->setModel(m_model);
  setUpRowTable(m_view, SimilarPairsModel::PassageColumn);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_view);
  splitter->addWidget(makeSideBySide());
  splitter->setStretchFactor(1, 2);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(m_status);
  layout->addWidget(splitter, 1);
  layout->addWidget(buttons);

  connect(m_scanButton, &QPushButton::clicked, this, &SimilarDraftsDialog::scan);
  connect(m_cancelButton, &QPushButton::clicked, this, &SimilarDraftsDialog::cancelScan);
  connect(buttons, &QDialogButtonBox::rejected, this, &SimilarDraftsDialog::reject);
  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { showPair(current.row()); });
  m_progressTimer->setInterval(100);
  connect(m_progressTimer, &QTimer::timeout, this, &SimilarDraftsDialog::showProgress);
  setScanning(false);
  showPair(-1);
  resize(1100, 760);
}

SimilarDraftsDialog::~SimilarDraftsDialog() { cancelScan(); }

QWidget* SimilarDraftsDialog::makeSideBySide() {
  auto* columns = new QSplitter(Qt::Horizontal, this);
  auto column = [this, columns](QLabel*& heading, QPlainTextEdit*& text, QPushButton*& open, const QString& name,
                                const QString& openLabel, bool first) {
    auto* box = new QWidget(columns);
    heading = new QLabel(box);
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    text = makeTextView(name, box);
    open = new QPushButton(openLabel, box);
    open->setObjectName(first ? QStringLiteral("openSimilarA") : QStringLiteral("openSimilarB"));
    connect(open, &QPushButton::clicked, this, [this, first] {
      const SimilarPair* p = m_model->pair(m_view->currentIndex().row());
      if (!p) return;
      const SimilarItem& item = first ? p->a : p->b;
      emit openRequested(item.draftId, item.productId);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(open);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(text, 1);
    columns->addWidget(box);
  };
  column(m_headingA, m_textA, m_openA, QStringLiteral("similarTextA"), tr("Open &A in the editor"), true);
  column(m_headingB, m_textB, m_openB, QStringLiteral("similarTextB"), tr("Open &B in the editor"), false);
  return columns;
}

void SimilarDraftsDialog::scan() {
  if (m_scan) return;
  if (!m_drafts->isChecked() && !m_descriptions->isChecked()) {
    setStatus(tr("Choose drafts, catalog descriptions or both."));
    return;
  }
  auto state = std::make_shared<ScanState>();
  m_scan = state;
  SimilarOptions options;
  options.threshold = m_threshold->value();
  options.drafts = m_drafts->isChecked();
  options.descriptions = m_descriptions->isChecked();
  // The store thread reports through the shared counters; the GUI reads them on a timer, so no
  // call from that thread ever reaches a widget (or a dialog already closed).
  options.progress = [state](std::size_t done, std::size_t total) {
    state->done = done;
    state->total = total;
    return !state->cancelled.load();
  };
  setScanning(true);
  setStatus(tr("Scanning…"));
  m_store.run(this, [options](Database& db) { return findSimilar(db, options); },
              [this](Result<std::vector<SimilarPair>> found) { finishScan(std::move(found)); });
}

void SimilarDraftsDialog::cancelScan() {
  if (m_scan) m_scan->cancelled = true;  // the scan stops at its next progress report
}

void SimilarDraftsDialog::reject() {
  cancelScan();
  QDialog::reject();
}

void SimilarDraftsDialog::showProgress() {
  if (!m_scan) return;
  const std::size_t total = m_scan->total, done = m_scan->done;
  if (total == 0) {
    m_progress->setRange(0, 0);  // busy until the scan knows how much there is
    return;
  }
  m_progress->setRange(0, 1000);
  m_progress->setValue(static_cast<int>(std::min<std::size_t>(done, total) * 1000 / total));
}

void SimilarDraftsDialog::finishScan(Result<std::vector<SimilarPair>> found) {
  const bool cancelled = m_scan && m_scan->cancelled;
  m_scan.reset();
  setScanning(false);
  if (cancelled || (!found && found.error().code == ErrorCode::Cancelled)) {
    setStatus(tr("Scan cancelled."));
    emit scanFinished(-1);
    return;
  }
  if (!found) {
    setStatus(tr("The scan failed: %1").arg(ErrorText::describe(found.error())));
    emit scanFinished(-1);
    return;
  }
  m_model->setPairs(std::move(*found));
  const int pairs = m_model->rowCount();
  const QString threshold = QLocale().toString(m_threshold->value() * 100, 'f', 0) + QLocale().percent();
  setStatus(pairs == 0 ? tr("No two texts of different products are %1 alike or more.").arg(threshold)
                       : tr("%n pair(s) of texts %1 alike or more, the most similar first.", nullptr, pairs)
                             .arg(threshold));
  m_view->resizeColumnsToContents();
  if (pairs > 0) selectPair(0);
  else showPair(-1);
  emit scanFinished(pairs);
}

void SimilarDraftsDialog::selectPair(int row) {
  m_view->setCurrentIndex(m_model->index(row, 0));
  m_view->selectRow(row);
}

void SimilarDraftsDialog::showPair(int row) {
  const SimilarPair* p = m_model->pair(row);
  // The buttons only where the studio can show a draft (the main window listens).
  const bool canOpen = isSignalConnected(QMetaMethod::fromSignal(&SimilarDraftsDialog::openRequested));
  m_openA->setVisible(canOpen);
  m_openB->setVisible(canOpen);
  m_openA->setEnabled(p != nullptr);
  m_openB->setEnabled(p != nullptr);
  if (!p) {
    m_headingA->setText(tr("A"));
    m_headingB->setText(tr("B"));
    m_textA->clear();
    m_textB->clear();
    m_textA->setPlaceholderText(tr("Choose a pair to compare the two texts."));
    return;
  }
  m_headingA->setText(tr("A: %1").arg(SimilarPairsModel::itemLabel(p->a)));
  m_headingB->setText(tr("B: %1").arg(SimilarPairsModel::itemLabel(p->b)));
  showWithPassage(m_textA, p->a.text, p->passageStartA, p->passageLength);
  showWithPassage(m_textB, p->b.text, p->passageStartB, p->passageLength);
}

void SimilarDraftsDialog::setScanning(bool scanning) {
  m_scanButton->setEnabled(!scanning);
  m_cancelButton->setEnabled(scanning);
  m_threshold->setEnabled(!scanning);
  m_drafts->setEnabled(!scanning);
  m_descriptions->setEnabled(!scanning);
  m_progress->setVisible(scanning);
  if (scanning) {
    m_progress->setRange(0, 0);
    m_progressTimer->start();
  } else {
    m_progressTimer->stop();
  }
}

QString SimilarDraftsDialog::statusText() const { return m_status->text(); }
void SimilarDraftsDialog::setStatus(const QString& text) { m_status->setText(text); }

}  // namespace copydesk::ui
