#include "ui/experiments/experiments_page.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/experiments/experiment_report.h"
#include "core/experiments/results_import.h"
#include "ui/common/error_text.h"
#include "ui/experiments/experiment_list_model.h"
#include "ui/experiments/rate_chart.h"
#include "ui/experiments/variant_table_model.h"
#include "ui/experiments/verdict_text.h"
#include "ui/row_table.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Import errors shown on the page: the first ones, and how many more.
constexpr int kShownErrors = 8;

QList<RateChart::Bar> barsOf(const ExperimentReport& report) {
  QList<RateChart::Bar> bars;
  for (std::size_t i = 0; i < report.experiment.variants.size(); ++i) {
    const VariantOutcome& o = report.variants[i];
    RateChart::Bar bar;
    bar.label = qs(report.experiment.variants[i].label);
    bar.rate = o.conversions.rate();
    bar.interval = o.interval;
    bar.highlighted = report.verdict.winner == i;
    bar.details = VerdictText::variantLine(report, i);
    bars << bar;
  }
  return bars;
}

}  // namespace

ExperimentsPage::ExperimentsPage(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  m_list = new ExperimentListModel(this);
  m_variants = new VariantTableModel(this);
  m_import = new QPushButton(tr("&Import results…"), this);
  m_import->setToolTip(tr("A CSV from the shop: draft_id (or sku and variant), impressions, clicks, conversions, "
                          "optionally revenue"));
  auto* refresh = new QPushButton(tr("Refresh"), this);
  auto* method = new QLabel(tr("Rates with 95% Wilson intervals. A winner is named only where it is significantly "
                               "better at the 5% level: two variants by a two-proportion z-test; more by a chi-square "
                               "test, then the best against each other with Holm's correction."),
                            this);
  method->setWordWrap(true);
  m_importState = new QLabel(this);
  m_importState->setObjectName(QStringLiteral("importState"));
  m_importState->setTextFormat(Qt::PlainText);
  m_importState->setWordWrap(true);
  m_importState->setTextInteractionFlags(Qt::TextSelectableByMouse);

  m_listView = new QTableView(this);
  m_listView->setObjectName(QStringLiteral("experimentList"));
  m_listView->setModel(m_list);
  setUpRowTable(m_listView, ExperimentListModel::VerdictColumn);
  m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
  m_variantView = new QTableView(this);
  m_variantView->setObjectName(QStringLiteral("variantTable"));
  m_variantView->setModel(m_variants);
  setUpRowTable(m_variantView);
  m_heading = new QLabel(this);
  m_heading->setTextFormat(Qt::PlainText);
  QFont headingFont = m_heading->font();
  headingFont.setBold(true);
  m_heading->setFont(headingFont);
  m_verdict = new QLabel(this);
  m_verdict->setObjectName(QStringLiteral("verdict"));
  m_verdict->setTextFormat(Qt::PlainText);
  m_verdict->setWordWrap(true);
  m_chart = new RateChart(this);
  m_chart->setObjectName(QStringLiteral("experimentChart"));

  auto* top = new QHBoxLayout;
  top->addWidget(method, 1);
  top->addWidget(refresh);
  top->addWidget(m_import);
  auto* detail = new QWidget(this);
  auto* detailLayout = new QVBoxLayout(detail);
  detailLayout->setContentsMargins(0, 0, 0, 0);
  detailLayout->addWidget(m_heading);
  detailLayout->addWidget(m_verdict);
  // The few variants' numbers above, the chart below at full width: people look before they read.
  auto* stacked = new QSplitter(Qt::Vertical, detail);
  stacked->addWidget(m_variantView);
  stacked->addWidget(m_chart);
  stacked->setStretchFactor(0, 1);
  stacked->setStretchFactor(1, 3);
  stacked->setSizes({120, 420});
  detailLayout->addWidget(stacked, 1);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(m_listView);
  splitter->addWidget(detail);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({150, 600});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(top);
  layout->addWidget(m_importState);
  layout->addWidget(splitter, 1);
  m_importState->hide();

  connect(refresh, &QPushButton::clicked, this, &ExperimentsPage::reload);
  connect(m_import, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import A/B results"), QString(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) importResults(path);
  });
  connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExperimentsPage::showSelection);
  showSelection();
}

void ExperimentsPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  reload();  // experiments may have been started or results imported elsewhere
}

void ExperimentsPage::reload() {
  const int query = ++m_queries;
  const QModelIndex current = m_listView->currentIndex();
  if (const ExperimentReport* shown = m_list->reportAt(current.row()); shown && m_wanted == 0) {
    m_wanted = shown->experiment.id;
  }
  m_loading = true;
  m_store.run(this, [](Database& db) { return experimentReports(db); },
              [this, query](Result<std::vector<ExperimentReport>> reports) {
                if (query != m_queries) return;
                m_loading = false;
                if (!reports) {
                  m_list->setReports({});
                  m_heading->setText(tr("Could not read the experiments: %1").arg(ErrorText::describe(reports.error())));
                  emit loaded();
                  return;
                }
                m_list->setReports(std::move(*reports));
                m_listView->resizeColumnsToContents();
                const int row = m_wanted != 0 ? std::max(0, m_list->rowOf(m_wanted)) : 0;
                m_wanted = 0;
                if (m_list->rowCount() > 0) m_listView->selectRow(row);
                showSelection();
                emit loaded();
              });
}

void ExperimentsPage::selectExperiment(std::int64_t experimentId) {
  const int row = m_list->rowOf(experimentId);
  if (row >= 0) {
    m_listView->selectRow(row);
    return;
  }
  m_wanted = experimentId;
  reload();
}

void ExperimentsPage::showSelection() {
  const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
  const ExperimentReport* report = rows.isEmpty() ? nullptr : m_list->reportAt(rows.front().row());
  if (!report) {
    m_variants->setReport(std::nullopt);
    m_chart->setBars(QString(), {});
    m_heading->setText(m_list->rowCount() == 0 ? tr("No experiments yet. Select two or more drafts of one product's "
                                                    "field in History and choose Start A/B test.")
                                               : tr("Select an experiment."));
    m_verdict->clear();
    return;
  }
  const Experiment& e = report->experiment;
  m_heading->setText(tr("Experiment %1 · %2 %3 · %4").arg(e.id).arg(qs(e.sku), qs(e.productTitle), qs(e.field)));
  m_verdict->setText(VerdictText::summary(*report) + QStringLiteral("\n") +
                     tr("Test: %1").arg(VerdictText::method(report->verdict.method)));
  m_variants->setReport(*report);
  m_variantView->resizeColumnsToContents();
  m_chart->setBars(tr("Conversion rate with 95% confidence interval"), barsOf(*report));
}

void ExperimentsPage::importResults(const QString& path) {
  const std::string file = path.toStdString();
  m_import->setEnabled(false);
  m_store.run(this, [file](Database& db) { return importExperimentResults(db, file); },
              [this, path](Result<ResultsImport> imported) {
                m_import->setEnabled(true);
                if (!imported) {
                  showImportErrors({ErrorText::describe(imported.error())});
                  emit importRefused();
                  return;
                }
                if (!imported->ok()) {
                  QStringList lines;
                  for (const Error& e : imported->rowErrors) lines << ErrorText::describe(e);
                  showImportErrors(lines);
                  emit importRefused();
                  return;
                }
                const QString summary = tr("Imported results from %1 (rows: %2, variants: %3, experiments: %4).")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(imported->rows)
                                            .arg(imported->variants)
                                            .arg(imported->experiments);
                m_importState->setStyleSheet(QString());
                m_importState->setText(summary);
                m_importState->show();
                reload();
                emit resultsImported(summary);
              });
}

void ExperimentsPage::showImportErrors(const QStringList& lines) {
  QStringList shown = lines.mid(0, kShownErrors);
  if (lines.size() > kShownErrors) shown << tr("… and %1 more.").arg(lines.size() - kShownErrors);
  m_importState->setStyleSheet(QStringLiteral("color: #d03a3a;"));
  m_importState->setText(tr("Nothing was imported:") + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
  m_importState->show();
}

}  // namespace copydesk::ui
