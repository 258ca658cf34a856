#include "ui/history/history_page.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "core/experiments/experiment_report.h"
#include "core/store/generation_store.h"
#include "core/store/history_feed.h"
#include "ui/diff/diff_view.h"
#include "ui/history/history_table_model.h"
#include "ui/row_table.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QPlainTextEdit* readOnlyText(QWidget* parent) {
  auto* edit = new QPlainTextEdit(parent);
  edit->setReadOnly(true);
  edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
  return edit;
}

}  // namespace

HistoryPage::HistoryPage(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  m_model = new HistoryTableModel(this);
  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("historySearch"));
  m_search->setPlaceholderText(tr("Search generations and edits (any language)…"));
  m_search->setClearButtonEnabled(true);
  m_catalogWide = new QCheckBox(tr("&Whole catalog"), this);
  m_catalogWide->setToolTip(tr("Show the history of every product instead of the current one"));
  m_scope = new QLabel(this);

  m_view = new QTableView(this);
  m_view->setObjectName(QStringLiteral("historyTable"));
  m_view->setModel(m_model);
  setUpRowTable(m_view);

  m_heading = new QLabel(this);
  m_heading->setTextFormat(Qt::PlainText);
  m_heading->setWordWrap(true);
  m_failure = new QLabel(this);
  m_failure->setTextFormat(Qt::PlainText);
  m_failure->setWordWrap(true);
  m_failure->setStyleSheet(QStringLiteral("color: #d03a3a;"));
  m_failure->hide();
  m_compare = new QPushButton(tr("&Compare"), this);
  m_compare->setToolTip(tr("Select two entries to see what changed between them"));
  m_restore = new QPushButton(tr("&Restore this text"), this);
  m_restore->setToolTip(tr("Make this text the draft's working text in the editor"));
  m_compare->setEnabled(false);
  m_restore->setEnabled(false);
  m_experiment = new QPushButton(tr("Start A/B &test"), this);
  m_experiment->setToolTip(tr("Make the selected drafts (two or more of one product's field) an experiment's "
                              "variants A, B, …; export them and import the shop's results"));
  m_experiment->setEnabled(false);
  m_variantNote = new QLabel(this);
  m_variantNote->setObjectName(QStringLiteral("variantNote"));
  m_variantNote->setTextFormat(Qt::PlainText);
  m_variantNote->setWordWrap(true);
  m_variantNote->hide();

  m_tabs = new QTabWidget(this);
  m_text = readOnlyText(m_tabs);
  m_prompt = readOnlyText(m_tabs);
  m_diff = new DiffView(m_tabs);
  m_tabs->addTab(m_text, tr("Text"));
  m_tabs->addTab(m_prompt, tr("Prompt as sent"));
  m_tabs->addTab(m_diff, tr("Comparison"));

  auto* top = new QHBoxLayout;
  top->addWidget(m_search, 1);
  top->addWidget(m_catalogWide);
  top->addWidget(m_scope);
  auto* actions = new QHBoxLayout;
  actions->addWidget(m_heading, 1);
  actions->addWidget(m_compare);
  actions->addWidget(m_restore);
  actions->addWidget(m_experiment);
  auto* detail = new QWidget(this);
  auto* detailLayout = new QVBoxLayout(detail);
  detailLayout->setContentsMargins(0, 0, 0, 0);
  detailLayout->addLayout(actions);
  detailLayout->addWidget(m_failure);
  detailLayout->addWidget(m_variantNote);
  detailLayout->addWidget(m_tabs, 1);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_view);
  splitter->addWidget(detail);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(top);
  layout->addWidget(splitter, 1);

  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(kSearchDelayMs);
  connect(m_debounce, &QTimer::timeout, this, &HistoryPage::reload);
  connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
  connect(m_catalogWide, &QCheckBox::toggled, this, [this] {
    updateScope();
    reload();
  });
  connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPage::showSelection);
  connect(m_compare, &QPushButton::clicked, this, &HistoryPage::compareSelected);
  connect(m_restore, &QPushButton::clicked, this, &HistoryPage::restoreSelected);
  connect(m_experiment, &QPushButton::clicked, this, &HistoryPage::startExperimentFromSelection);
  updateScope();
  showSelection();
}

void HistoryPage::setProduct(std::int64_t productId) {
  if (productId == m_productId) return;
  m_productId = productId;
  updateScope();
  if (!m_catalogWide->isChecked()) reload();
}

void HistoryPage::setCatalogWide(bool catalogWide) { m_catalogWide->setChecked(catalogWide); }

void HistoryPage::updateScope() {
  if (m_catalogWide->isChecked()) {
    m_scope->setText(tr("all products"));
  } else if (m_productId == 0) {
    m_scope->setText(tr("all products until one is chosen"));
  } else {
    m_scope->setText(tr("the current product"));
  }
}

void HistoryPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  reload();  // generations and edits may have been added while the page was hidden
}

void HistoryPage::reload() {
  m_debounce->stop();
  const int query = ++m_queries;
  HistoryQuery q;
  // With no product chosen the page shows the whole catalog rather than nothing.
  if (!m_catalogWide->isChecked() && m_productId != 0) q.productId = m_productId;
  q.search = m_search->text().trimmed().toStdString();
  m_loading = true;
  m_store.run(this, [q](Database& db) { return listHistory(db, q); },
              [this, query](Result<std::vector<HistoryEntry>> entries) {
                if (query != m_queries) return;
                m_loading = false;
                if (!entries) {
                  m_model->setEntries({});
                  m_heading->setText(tr("Could not read the history: %1").arg(ErrorText::describe(entries.error())));
                  emit loaded();
                  return;
                }
                m_model->setEntries(std::move(*entries));
                reloadVariantNotes();
                m_view->resizeColumnsToContents();
                for (int column = 0; column < m_model->columnCount(); ++column) {
                  m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
                }
                // The newest entry is shown at once; the reader picks others from there.
                if (m_model->rowCount() > 0) {
                  selectRows({0});
                } else {
                  showSelection();
                }
                emit loaded();
              });
}

QList<int> HistoryPage::selectedRows() const {
  QList<int> rows;
  for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) rows << index.row();
  std::sort(rows.begin(), rows.end());
  return rows;
}

void HistoryPage::selectRows(const QList<int>& rows) {
  QItemSelection selection;
  for (int row : rows) {
    selection.select(m_model->index(row, 0), m_model->index(row, HistoryTableModel::ColumnCount - 1));
  }
  m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
  if (!rows.isEmpty()) {
    m_view->selectionModel()->setCurrentIndex(m_model->index(rows.last(), 0), QItemSelectionModel::NoUpdate);
  }
}

void HistoryPage::showSelection() {
  const QList<int> rows = selectedRows();
  m_compare->setEnabled(rows.size() == 2);
  const HistoryEntry* single = rows.size() == 1 ? m_model->entryAt(rows.front()) : nullptr;
  m_restore->setEnabled(single && single->draftId && !single->text.empty());
  showVariantNote();
  if (single) {
    showEntry(*single);
    return;
  }
  m_failure->hide();
  m_text->clear();
  m_prompt->clear();
  if (rows.size() == 2) {
    m_heading->setText(tr("Two entries selected: Compare shows what changed between them."));
  } else if (m_model->rowCount() == 0) {
    m_heading->setText(m_search->text().isEmpty() ? tr("Nothing generated or edited here yet.")
                                                   : tr("No entry contains “%1”.").arg(m_search->text()));
  } else {
    m_heading->setText(tr("Entries: %1. Select one to read it, two to compare them.").arg(m_model->rowCount()));
  }
}

void HistoryPage::showEntry(const HistoryEntry& entry) {
  QString heading = HistoryTableModel::entryName(entry) + QStringLiteral(" · ") + qs(entry.sku);
  if (!entry.productTitle.empty()) heading += QLatin1Char(' ') + qs(entry.productTitle);
  heading += QStringLiteral(" · ") + qs(entry.field) + QStringLiteral(" · ") +
             tr("template %1").arg(HistoryTableModel::templateLabel(entry));
  m_heading->setText(heading);
  const bool failed = entry.kind == HistoryKind::Generation && entry.outcome != "ok";
  m_failure->setVisible(failed);
  if (failed) {
    m_failure->setText(entry.outcome == "cancelled" ? tr("Cancelled before the model finished.")
                                                    : tr("Failed: %1").arg(qs(entry.error)));
  }
  m_text->setPlainText(qs(entry.text));
  if (m_tabs->currentWidget() == m_diff) m_tabs->setCurrentWidget(m_text);
  m_prompt->clear();
  if (entry.generationId) {
    loadPrompt(*entry.generationId);
  } else {
    m_prompt->setPlainText(tr("This text was written by hand: no prompt was sent."));
  }
}

void HistoryPage::loadPrompt(std::int64_t generationId) {
  const int request = ++m_prompts;
  m_store.run(this, [generationId](Database& db) { return GenerationStore(db).get(generationId); },
              [this, request, generationId](Result<std::optional<Generation>> generation) {
                if (request != m_prompts) return;
                if (!generation || !*generation) {
                  m_prompt->setPlainText(tr("The prompt of generation #%1 could not be read.").arg(generationId));
                  return;
                }
                const Generation& g = **generation;
                m_prompt->setPlainText(tr("Generation #%1 · %2 · %3\n\n— System —\n%4\n\n— User —\n%5")
                                           .arg(generationId)
                                           .arg(qs(g.model), qs(g.provider), qs(g.systemPrompt), qs(g.userPrompt)));
              });
}

void HistoryPage::compareSelected() {
  const QList<int> rows = selectedRows();
  if (rows.size() != 2) return;
  // Rows are newest first: the lower row is the later text.
  const HistoryEntry* after = m_model->entryAt(rows[0]);
  const HistoryEntry* before = m_model->entryAt(rows[1]);
  if (!after || !before) return;
  m_diff->setTexts(qs(before->text), qs(after->text), HistoryTableModel::entryName(*before),
                   HistoryTableModel::entryName(*after));
  m_heading->setText(tr("%1 compared with %2")
                         .arg(HistoryTableModel::entryName(*before), HistoryTableModel::entryName(*after)));
  m_tabs->setCurrentWidget(m_diff);
}

QList<qint64> HistoryPage::selectedDraftIds() const {
  QList<qint64> ids;
  for (int row : selectedRows()) {
    const HistoryEntry* entry = m_model->entryAt(row);
    if (entry && entry->draftId && !ids.contains(*entry->draftId)) ids << *entry->draftId;
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

void HistoryPage::showVariantNote() {
  const QList<int> rows = selectedRows();
  m_experiment->setEnabled(selectedDraftIds().size() >= 2);
  const HistoryEntry* single = rows.size() == 1 ? m_model->entryAt(rows.front()) : nullptr;
  const VariantNote* note = single ? m_model->noteFor(*single) : nullptr;
  m_variantNote->setVisible(note != nullptr);
  if (note) m_variantNote->setText(note->details);
}

void HistoryPage::startExperimentFromSelection() {
  const QList<qint64> ids = selectedDraftIds();
  if (ids.size() >= 2) emit experimentRequested(ids);
}

// The A/B results of the listed drafts that are experiment variants, read after the list itself.
void HistoryPage::reloadVariantNotes() {
  std::vector<std::int64_t> draftIds;
  for (const HistoryEntry& entry : m_model->entries()) {
    if (entry.draftId) draftIds.push_back(*entry.draftId);
  }
  const int query = ++m_noteQueries;
  if (draftIds.empty()) {
    m_model->setVariantNotes({});
    emit variantNotesLoaded();
    return;
  }
  m_store.run(this, [draftIds](Database& db) { return experimentReports(db, {.draftIds = draftIds}); },
              [this, query](Result<std::vector<ExperimentReport>> reports) {
                if (query != m_noteQueries) return;
                m_model->setVariantNotes(reports ? variantNotes(*reports) : QHash<qint64, VariantNote>{});
                showVariantNote();
                emit variantNotesLoaded();
              });
}

void HistoryPage::restoreSelected() {
  const QList<int> rows = selectedRows();
  const HistoryEntry* entry = rows.size() == 1 ? m_model->entryAt(rows.front()) : nullptr;
  if (!entry || !entry->draftId || entry->text.empty()) return;
  emit restoreRequested(*entry->draftId, qs(entry->text));
}

}  // namespace copydesk::ui
