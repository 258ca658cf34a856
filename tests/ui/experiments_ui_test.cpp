// A/B experiments in the studio (issue 13), offscreen: the A/B tests page (verdicts, the variants'
// table and chart with their intervals, results imported and refused), History beside the drafts
// (the A/B column, the selected variant's line, Start A/B test from a selection), and the Prompt
// page's results by version with the open version against the one before.
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include "core/experiments/experiment_lifecycle.h"
#include "core/experiments/experiment_store.h"
#include "core/store/template_store.h"
#include "tests/experiments/experiment_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/experiments/experiment_list_model.h"
#include "ui/experiments/experiments_page.h"
#include "ui/experiments/rate_chart.h"
#include "ui/experiments/variant_table_model.h"
#include "ui/experiments/version_results_panel.h"
#include "ui/history/history_page.h"
#include "ui/history/history_table_model.h"
#include "ui/main_window.h"
#include "ui/store_thread.h"
#include "ui/template_editor.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

VariantResults counts(std::int64_t impressions, std::int64_t conversions) {
  VariantResults r;
  r.impressions = impressions;
  r.conversions = conversions;
  r.clicks = conversions;
  r.source = "shop.csv";
  return r;
}

// TEA-1's descriptions by v1 and v2 in experiment 1 (v2 wins, 25 % against 20 %); CUP-2's in
// experiment 2 (4.5 % against 3 %, p = 0.077: no winner yet). With `cup` false CUP-2 has none.
struct Experiments {
  test::ExperimentFixture f;
  Experiment tea, cup;
  explicit Experiments(bool withCup = true) {
    tea = startExperiment(*f.db, {f.tea[0], f.tea[1]}).value();
    ExperimentStore store(*f.db);
    REQUIRE(store.putResults(f.tea[0], counts(1000, 200)));
    REQUIRE(store.putResults(f.tea[1], counts(1000, 250)));
    if (!withCup) return;
    cup = startExperiment(*f.db, {f.cup[0], f.cup[1]}).value();
    REQUIRE(store.putResults(f.cup[0], counts(1000, 30)));
    REQUIRE(store.putResults(f.cup[1], counts(1000, 45)));
  }
};

QString cell(const QAbstractItemModel& model, int row, int column) { return model.index(row, column).data().toString(); }

int rowOfDraft(const ui::HistoryTableModel& model, std::int64_t draftId) {
  for (int row = 0; row < model.rowCount(); ++row) {
    const HistoryEntry* e = model.entryAt(row);
    if (e && e->draftId == draftId) return row;
  }
  return -1;
}

}  // namespace

TEST_CASE("A/B tests page: verdicts, the variants with their intervals as a table and a chart, imports") {
  Experiments x;
  ui::StoreThread store(x.f.store.source());
  ui::ExperimentsPage page(store);
  QSignalSpy loaded(&page, &ui::ExperimentsPage::loaded);
  page.resize(1200, 800);
  page.show();
  REQUIRE(test::waitUntil([&] { return loaded.count() >= 1 && !page.isLoading(); }));
  ui::ExperimentListModel& list = *page.listModel();
  REQUIRE(list.rowCount() == 2);
  CHECK(cell(list, 0, ui::ExperimentListModel::ProductColumn) == "CUP-2");
  CHECK_THAT(cell(list, 0, ui::ExperimentListModel::VerdictColumn).toStdString(),
             Contains("No winner yet (p = 0.0775); about 2,518 impressions per variant are needed") &&
                 Contains("1,518 more"));
  CHECK(cell(list, 1, ui::ExperimentListModel::VerdictColumn) == "Winner: E1-B (p = 0.0074)");

  page.selectExperiment(x.tea.id);
  ui::VariantTableModel& variants = *page.variantModel();
  REQUIRE(variants.rowCount() == 2);
  CHECK(cell(variants, 1, ui::VariantTableModel::LabelColumn) == "E1-B");
  CHECK(cell(variants, 1, ui::VariantTableModel::TemplateColumn) == "description-ab v2");
  CHECK(cell(variants, 1, ui::VariantTableModel::ImpressionsColumn) == "1,000");
  CHECK(cell(variants, 1, ui::VariantTableModel::RateColumn) == "25.00%");
  CHECK(cell(variants, 1, ui::VariantTableModel::IntervalColumn) == "22.42–27.78%");
  CHECK(variants.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
  CHECK_FALSE(variants.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
  CHECK_THAT(page.verdictLabel()->text().toStdString(),
             Contains("Winner: E1-B (p = 0.0074)") && Contains("Test: two-proportion z-test"));

  // The chart: a bar per variant in per cent, the winner's selected (its own colour), and one
  // whisker per bar from the interval's low to its high.
  ui::RateChart& chart = *page.chart();
  REQUIRE(chart.barSet());
  REQUIRE(chart.barSet()->count() == 2);
  CHECK(chart.barSet()->at(0) == Approx(20.0));
  CHECK(chart.barSet()->at(1) == Approx(25.0));
  CHECK(chart.barSet()->isBarSelected(1));
  CHECK_FALSE(chart.barSet()->isBarSelected(0));
  QList<QLineSeries*> whiskers;
  for (QAbstractSeries* s : chart.chart()->series()) {
    if (auto* line = qobject_cast<QLineSeries*>(s)) whiskers << line;
  }
  REQUIRE(whiskers.size() == 2);
  double low = 100, high = 0;
  for (const QPointF& p : whiskers[1]->points()) {
    CHECK(std::abs(p.x() - 1.0) <= 0.1);  // over the second bar
    low = std::min(low, p.y());
    high = std::max(high, p.y());
  }
  CHECK(low == Approx(22.4153).margin(0.0001));
  CHECK(high == Approx(27.7760).margin(0.0001));
  CHECK_THAT(chart.bars()[1].details.toStdString(), Contains("E1-B · 250 of 1,000 converted · 25.00% (95% CI 22.42–27.78%) · winner"));

  // A bad file: every bad row named, nothing imported.
  const auto bad = x.f.file("bad.csv", "sku,variant,impressions,clicks,conversions\nCUP-2,E2-A,100,10,5\nCUP-2,E2-B,10,1,11\n");
  QSignalSpy refused(&page, &ui::ExperimentsPage::importRefused);
  page.importResults(QString::fromStdString(bad.string()));
  REQUIRE(test::waitUntil([&] { return refused.count() == 1; }));
  CHECK_THAT(page.importState()->text().toStdString(),
             Contains("Nothing was imported:") && Contains(bad.string() + ":3: 11 conversions out of 10 impressions"));
  // A good one: the list reads again and CUP-2 has a winner now (3 % against 6 % of 2,000).
  const auto good = x.f.file("good.csv", "sku,variant,impressions,clicks,conversions\nCUP-2,E2-A,2000,100,60\n"
                                         "CUP-2,E2-B,2000,120,120\n");
  QSignalSpy imported(&page, &ui::ExperimentsPage::resultsImported);
  const int before = loaded.count();
  page.importResults(QString::fromStdString(good.string()));
  REQUIRE(test::waitUntil([&] { return imported.count() == 1 && loaded.count() > before && !page.isLoading(); }));
  CHECK(imported.front().front().toString() == "Imported results from good.csv (rows: 2, variants: 2, experiments: 1).");
  CHECK_THAT(cell(list, 0, ui::ExperimentListModel::VerdictColumn).toStdString(), Contains("Winner: E2-B"));
}

TEST_CASE("History shows each variant's A/B result beside its drafts and starts an experiment from a selection") {
  Experiments x(false);
  ui::MainWindow window(test::quietWindow(x.f.store.source()));
  window.show();
  ui::HistoryPage& history = *window.historyPage();
  QSignalSpy notes(&history, &ui::HistoryPage::variantNotesLoaded);
  REQUIRE(window.showPage("history"));
  history.setCatalogWide(true);
  REQUIRE(test::waitUntil([&] { return !history.isLoading() && !notes.isEmpty(); }));
  ui::HistoryTableModel& model = *history.model();
  const int winner = rowOfDraft(model, x.f.tea[1]);
  const int loser = rowOfDraft(model, x.f.tea[0]);
  const int plain = rowOfDraft(model, x.f.teaTitle);
  REQUIRE(winner >= 0);
  CHECK(cell(model, winner, ui::HistoryTableModel::ExperimentColumn) == "E1-B · 25.00% · winner");
  CHECK(cell(model, loser, ui::HistoryTableModel::ExperimentColumn) == "E1-A · 20.00%");
  CHECK(cell(model, plain, ui::HistoryTableModel::ExperimentColumn).isEmpty());
  CHECK(model.headerData(ui::HistoryTableModel::ExperimentColumn, Qt::Horizontal).toString() == "A/B test");

  history.selectRows({winner});
  CHECK(history.variantNote()->isVisibleTo(&history));
  CHECK_THAT(history.variantNote()->text().toStdString(),
             Contains("A/B test: E1-B · 250 of 1,000 converted · 25.00% (95% CI 22.42–27.78%) · winner") &&
                 Contains("Winner: E1-B (p = 0.0074)"));
  CHECK_FALSE(history.experimentButton()->isEnabled());  // one draft is no experiment
  history.selectRows({plain});
  CHECK_FALSE(history.variantNote()->isVisibleTo(&history));

  // CUP-2's two descriptions: Start A/B test makes them experiment 2, and the column says so.
  history.selectRows({rowOfDraft(model, x.f.cup[0]), rowOfDraft(model, x.f.cup[1])});
  REQUIRE(history.experimentButton()->isEnabled());
  QSignalSpy started(&window, &ui::MainWindow::experimentStarted);
  const int loadedBefore = notes.count();
  history.experimentButton()->click();
  REQUIRE(test::waitUntil([&] { return started.count() == 1 && notes.count() > loadedBefore; }));
  CHECK(started.front().front().value<std::int64_t>() == x.tea.id + 1);
  CHECK(cell(model, rowOfDraft(model, x.f.cup[0]), ui::HistoryTableModel::ExperimentColumn) == "E2-A");
  CHECK(cell(model, rowOfDraft(model, x.f.cup[1]), ui::HistoryTableModel::ExperimentColumn) == "E2-B");
  auto stored = ExperimentStore(*x.f.db).list({.productId = x.f.cupId});
  REQUIRE(stored->size() == 1);

  // A description and a title are no experiment: refused in words, nothing started.
  history.selectRows({rowOfDraft(model, x.f.tea[2]), plain});
  QSignalSpy refused(&window, &ui::MainWindow::experimentRefused);
  history.experimentButton()->click();
  REQUIRE(test::waitUntil([&] { return refused.count() == 1; }));
  CHECK_THAT(refused.front().front().toString().toStdString(), Contains("an experiment's variants are of one field"));
  CHECK(ExperimentStore(*x.f.db).list()->size() == 2);
}

TEST_CASE("the Prompt page shows how each version of the open template did, and v2 against v1") {
  Experiments x;
  ui::MainWindow window(test::quietWindow(x.f.store.source()));
  window.show();
  REQUIRE(window.showPage("prompt"));
  ui::VersionResultsPanel& panel = *window.versionResults();
  QSignalSpy loaded(&panel, &ui::VersionResultsPanel::loaded);
  auto version2 = TemplateStore(*x.f.db).byVersionId(x.f.version2);
  REQUIRE(version2);
  REQUIRE(*version2);
  window.templateEditor()->setVersion(**version2);
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  CHECK(panel.isExpanded());
  CHECK(panel.isVisibleTo(window.templateEditor()));
  QTableWidget& table = *panel.table();
  REQUIRE(table.rowCount() == 2);
  CHECK(table.item(0, 0)->text() == "v1");
  CHECK(table.item(0, 3)->text() == "0 of 1");   // won 0 of the 1 decided experiment
  CHECK(table.item(0, 6)->text() == "11.50%");  // 230 of 2,000
  CHECK(table.item(1, 0)->text() == "v2");
  CHECK(table.item(1, 3)->text() == "1 of 1");
  CHECK(table.item(1, 4)->text() == "2,000");
  CHECK(table.item(1, 6)->text() == "14.75%");  // 295 of 2,000
  CHECK(panel.comparison()->text() ==
        "v2 against v1 where both ran (experiments: 2): 14.75% against 11.50%, v2 converts better (p = 0.0023, two-proportion "
        "z-test on the pooled counts).");
  REQUIRE(panel.chart()->barSet());
  CHECK(panel.chart()->barSet()->count() == 2);
  CHECK(panel.chart()->barSet()->isBarSelected(1));  // the open version
  CHECK_THAT(panel.summary()->text().toStdString(), Contains("Experiments that used this template: 2."));

  // Version 1 open: compared with nothing earlier.
  auto version1 = TemplateStore(*x.f.db).byVersionId(x.f.version1);
  const int before = loaded.count();
  window.templateEditor()->setVersion(**version1);
  REQUIRE(test::waitUntil([&] { return loaded.count() > before; }));
  CHECK(panel.comparison()->text() == "No earlier version of this template has A/B results to compare with.");
  CHECK(panel.chart()->barSet()->isBarSelected(0));
}
