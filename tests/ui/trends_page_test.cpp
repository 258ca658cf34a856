// The Trends page (issue 13), offscreen: the sample trends ranked, the bar chart and the chosen
// keyword's line with its forecast and band, the hover texts; and the path the keywords take from
// the page into the Variables pane, a generation against fake-llm-server, and the keyword check.
#include <QAreaSeries>
#include <QBarSet>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

#include "core/checks/checker.h"
#include "core/checks/draft_check.h"
#include "core/checks/rule_book.h"
#include "core/common/paths.h"
#include "core/store/batch_store.h"
#include "core/trends/trend_importer.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/store_thread.h"
#include "ui/template_editor.h"
#include "ui/trends/trend_bar_chart.h"
#include "ui/trends/trend_line_chart.h"
#include "ui/trends/trends_page.h"
#include "ui/variables/variables_pane.h"

using namespace copydesk;

namespace {

std::filesystem::path sampleTrends() { return test::sourceDir() / "resources/trends/sample_trends.csv"; }

bool waitLoaded(QSignalSpy& spy, int count) { return test::waitUntil([&] { return spy.count() >= count; }); }

}  // namespace

TEST_CASE("trends page: the sample ranked, a bar per keyword, the line with its forecast and band, hover texts") {
  test::TempDir dir;
  ui::StoreThread store(dir / "s.db");
  ui::TrendsPage page(store);
  page.resize(1200, 700);
  page.show();
  QSignalSpy loaded(&page, &ui::TrendsPage::loaded);
  REQUIRE(waitLoaded(loaded, 1));
  CHECK(page.rankedKeywords().isEmpty());
  CHECK(page.statusText().startsWith("No keyword trends yet"));

  QSignalSpy imported(&page, &ui::TrendsPage::imported);
  page.importFile(QString::fromStdString(sampleTrends().string()));
  REQUIRE(waitLoaded(loaded, 2));
  REQUIRE(imported.count() == 1);
  CHECK(imported[0][0].toString() == "Imported sample_trends.csv (2025-12-15 to 2026-03-30): keywords 16, points 256");
  const QStringList ranked = page.rankedKeywords();
  REQUIRE(ranked.size() == 15);
  CHECK(ranked.front() == "明前龙井");
  CHECK(ranked.back() == "羽绒服");
  CHECK(page.statusText() == "Ranked: 2026-03-03 to 2026-03-30 against the 28 days before; keywords: 15; under the minimum volume: 1.");

  // The bar chart: the five most rising and the five most falling, rising and falling sets with a
  // value per keyword.
  ui::TrendBarChart* bars = page.barChart();
  REQUIRE(bars->keywords().size() == ui::TrendBarChart::kBars);
  CHECK(bars->keywords().front() == "明前龙井");
  CHECK(bars->keywords()[4] == "白毫银针");
  CHECK(bars->keywords()[5] == "earl grey");
  CHECK(bars->keywords().back() == "羽绒服");
  REQUIRE(bars->risingSet());
  CHECK(bars->risingSet()->count() == ui::TrendBarChart::kBars);
  CHECK(bars->fallingSet()->count() == ui::TrendBarChart::kBars);
  const int top = ui::TrendBarChart::kBars - 1;  // drawn bottom up: the first keyword is the last bar
  CHECK(bars->risingSet()->at(top) > 0);
  CHECK(bars->fallingSet()->at(top) == 0);
  CHECK(bars->fallingSet()->at(0) < 0);  // 羽绒服, the bottom bar
  CHECK(bars->risingSet()->at(0) == 0);
  emit bars->risingSet()->hovered(true, top);
  CHECK(bars->hoverText() == "明前龙井: +81.8% (this window 5,422, the one before 2,983)");
  emit bars->fallingSet()->hovered(true, 0);
  CHECK(bars->hoverText() == "羽绒服: -45.2% (this window 478, the one before 872)");

  // The line chart shows the current keyword: 8 weeks of both windows, the forecast one week on.
  ui::TrendLineChart* line = page.lineChart();
  REQUIRE(test::waitUntil([&] { return line->keyword() == "明前龙井"; }));
  REQUIRE(line->historySeries());
  CHECK(line->historySeries()->count() == 8);
  REQUIRE(line->forecastSeries());
  REQUIRE(line->forecastSeries()->count() == 2);
  REQUIRE(line->bandSeries());
  CHECK(line->bandSeries()->upperSeries()->at(1).y() >= line->forecastSeries()->at(1).y());
  CHECK(line->bandSeries()->lowerSeries()->at(1).y() <= line->forecastSeries()->at(1).y());
  CHECK(ui::dayOfChartTime(line->forecastSeries()->at(1).x()) == *parseTrendDate("2026-04-06"));
  const QPointF last = line->historySeries()->at(7);
  emit line->historySeries()->hovered(last, true);
  CHECK(line->hoverText() == QString("明前龙井 on 2026-03-30: %1").arg(QLocale().toString(last.y(), 'f', 0)));
  CHECK(last.y() == 1704);  // the sample's last week of 明前龙井
  emit line->forecastSeries()->hovered(line->forecastSeries()->at(1), true);
  CHECK(line->hoverText().startsWith("明前龙井, forecast for 2026-04-06: "));
  CHECK(line->hoverText().contains("80% interval"));

  // Choosing another keyword (a bar's click does the same) shows its line.
  page.showKeyword("羽绒服");
  CHECK(line->keyword() == "羽绒服");
  emit bars->fallingSet()->clicked(top);
  CHECK(line->keyword() == "明前龙井");

  // Falling first, and a smaller window: the order turns round.
  TrendRankOptions falling;
  falling.falling = true;
  falling.windowDays = 14;
  page.setOptions(falling);
  REQUIRE(waitLoaded(loaded, 3));
  CHECK(page.rankedKeywords().front() == "羽绒服");
  CHECK(page.statusText().startsWith("Ranked: 2026-03-17 to 2026-03-30 against the 14 days before; keywords: 15"));

  // A bad file is said with its line, and changes nothing.
  test::writeFile(dir / "bad.csv", "date,keyword,value\n2026-04-01,tea,1\n2026-04-02,tea,lots\n");
  page.importFile(QString::fromStdString((dir / "bad.csv").string()));
  REQUIRE(waitLoaded(loaded, 4));
  CHECK(page.statusText() ==
        "Not imported: bad.csv:3: \"lots\" is not a number (a count of searches or sales, or an index)");
  CHECK(page.rankedKeywords().front() == "羽绒服");
  CHECK(ui::TrendsPage::methodText().contains("minimum volume"));
}

TEST_CASE("trends to copy: checked keywords go to the Variables pane, generation uses them, the keyword check measures them") {
  test::FakeServerProcess server;
  test::GenerationFixture s(server, 2, {{"Fake", "COPYDESK_TEST_TRENDS_KEY", "sk-trends"}});
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    REQUIRE(importTrends(**db, sampleTrends()));
  }
  ui::MainWindow window(test::quietWindow(s.path));
  window.show();
  ui::TrendsPage* page = window.trendsPage();
  REQUIRE(page);
  REQUIRE(window.showPage("trends"));
  REQUIRE(test::waitUntil([&] { return page->rankedKeywords().size() == 15; }));

  // A keyword the writer had already stays; the checked ones are added once.
  QLineEdit* keywords = window.variablesPane()->field("keywords");
  REQUIRE(keywords);
  keywords->setText("organic, 露营帐篷");
  page->setChecked("明前龙井", true);
  page->setChecked("露营帐篷", true);
  page->sendButton()->click();
  CHECK(keywords->text() == "organic, 露营帐篷, 明前龙井");
  CHECK(window.currentVariables()["keywords"] == "organic, 露营帐篷, 明前龙井");
  page->sendButton()->click();  // again: nothing doubled
  CHECK(keywords->text() == "organic, 露营帐篷, 明前龙井");

  // Generate one draft for the first product with these variables, against the fake server.
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 2; }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  window.productsPane()->view()->selectRow(0);
  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  pane->setCheckedProfiles({"Fake"});
  pane->setModels("fake-small");
  pane->setVariants(1);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  QSignalSpy finished(pane, &ui::GenerationPane::generationFinished);
  pane->generateAction()->trigger();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  const std::vector<Draft> drafts = s.drafts();
  REQUIRE(drafts.size() == 1);
  REQUIRE(drafts[0].batchId);

  // The keyword check holds the draft to the keywords it was written for: the fake's reply
  // ("Copy … for: Describe …") uses none of them, so each is reported missing.
  auto db = Database::open(s.path);
  REQUIRE(db);
  test::TempDir noUserRules;
  const RuleBookLoad rules = loadRuleBook(resourcesDir() / "checks", noUserRules.path());
  auto subject = loadDraftCheckSubject(**db, *rules.book, drafts[0].id);
  REQUIRE(subject);
  CHECK(subject->keywords == std::vector<std::string>{"organic", "露营帐篷", "明前龙井"});
  auto missing = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Finding& f : runChecks(*rules.book, subject->input(text)))
      if (f.rule == "readability.keyword-missing") out.push_back(f.args.at(0));
    return out;
  };
  auto stored = checkDraft(**db, *rules.book, drafts[0].id);
  REQUIRE(stored);
  std::vector<std::string> storedMissing;
  for (const Finding& f : *stored)
    if (f.rule == "readability.keyword-missing") storedMissing.push_back(f.args.at(0));
  CHECK(storedMissing == std::vector<std::string>{"organic", "露营帐篷", "明前龙井"});
  // Copy that uses two of them leaves one missing; copy that uses all three, none.
  CHECK(missing("organic 明前龙井, picked in spring.") == std::vector<std::string>{"露营帐篷"});
  CHECK(missing("organic 明前龙井 for the 露营帐篷 evenings.").empty());
}
