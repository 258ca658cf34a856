// Importing shop results: rows naming variants by draft id or by SKU and label, sums within a file,
// replacement across files, and every bad row named FILE:LINE with nothing written.
#include <catch2/catch.hpp>

#include "core/experiments/experiment_lifecycle.h"
#include "core/experiments/experiment_store.h"
#include "core/experiments/results_import.h"
#include "core/store/audit_store.h"
#include "tests/experiments/experiment_fixture.h"

using namespace copydesk;

namespace {

struct Started {
  test::ExperimentFixture f;
  Experiment tea, cup;
  Started() {
    tea = startExperiment(*f.db, {f.tea[0], f.tea[1], f.tea[2]}).value();
    cup = startExperiment(*f.db, {f.cup[0], f.cup[1]}).value();
  }
  std::optional<VariantResults> resultsOf(std::int64_t draftId) {
    auto key = ExperimentStore(*f.db).variantOfDraft(draftId).value();
    REQUIRE(key);
    auto experiment = ExperimentStore(*f.db).get(key->experimentId);
    REQUIRE(experiment);
    REQUIRE(*experiment);
    for (const auto& v : (*experiment)->variants) {
      if (v.draftId == draftId) return v.results;
    }
    return std::nullopt;
  }
};

std::vector<std::string> described(const std::vector<Error>& errors) {
  std::vector<std::string> lines;
  for (const Error& e : errors) lines.push_back(e.describe());
  return lines;
}

}  // namespace

TEST_CASE("results name variants by draft id or by SKU and label; a file's rows for one variant add up") {
  Started s;
  const std::string A = s.tea.variants[0].label, B = s.tea.variants[1].label, C = s.tea.variants[2].label;
  const auto path = s.f.file("shop-week-1.csv",
                             "sku,variant,impressions,clicks,conversions,revenue,campaign\n"
                             "TEA-1," + A + ",600,60,20,399.50,spring\n"
                             "TEA-1," + A + ",400,40,10,,spring\n"
                             "TEA-1," + B + ",1000,90,45,900,spring\n"
                             "TEA-1," + C + ",0,0,0,,spring\n");
  auto imported = importExperimentResults(*s.f.db, path);
  REQUIRE(imported);
  REQUIRE(imported->ok());
  CHECK(imported->rows == 4);
  CHECK(imported->variants == 3);
  CHECK(imported->experiments == 1);
  CHECK(describeResultsImport(*imported, "shop-week-1.csv") ==
        "imported results for 3 variants of 1 experiment (4 rows) from shop-week-1.csv");
  auto a = s.resultsOf(s.f.tea[0]);
  REQUIRE(a);
  CHECK(a->impressions == 1000);
  CHECK(a->clicks == 100);
  CHECK(a->conversions == 30);
  CHECK(a->revenue == 399.5);  // the empty revenue cell adds nothing
  CHECK(a->source == "shop-week-1.csv");
  CHECK(s.resultsOf(s.f.tea[2])->impressions == 0);
  CHECK_FALSE(s.resultsOf(s.f.cup[0]));

  // By draft id (with a semicolon, in another column order and case): replaces what TEA-1's A had.
  const auto byId = s.f.file("by-id.csv",
                             "Conversions;Impressions;Clicks;Draft_ID\n"
                             "70;2000;210;" + std::to_string(s.f.tea[0]) + "\n"
                             "44;1000;80;" + std::to_string(s.f.cup[1]) + "\n");
  auto again = importExperimentResults(*s.f.db, byId);
  REQUIRE(again);
  REQUIRE(again->ok());
  CHECK(again->experiments == 2);
  a = s.resultsOf(s.f.tea[0]);
  CHECK(a->impressions == 2000);
  CHECK(a->conversions == 70);
  CHECK_FALSE(a->revenue);
  CHECK(s.resultsOf(s.f.tea[1])->impressions == 1000);  // not in this file: kept
  CHECK(s.resultsOf(s.f.cup[1])->conversions == 44);

  auto trail = AuditStore(*s.f.db).list({.entity = "experiment"});
  REQUIRE(trail);
  CHECK(trail->back().action == "import-results");
  CHECK(trail->back().detail["file"] == "by-id.csv");
  CHECK(trail->back().detail["variants"] == 2);
}

TEST_CASE("every bad row is named FILE:LINE with its cause, and nothing is imported") {
  Started s;
  const std::string A = s.tea.variants[0].label, B = s.tea.variants[1].label;
  const std::string cupA = s.cup.variants[0].label;
  const auto path = s.f.file("bad.csv",
                             "draft_id,sku,variant,impressions,clicks,conversions,revenue\n"
                             ",TEA-1," + A + ",1000,100,30,\n"                                       // 2: good
                             ",TEA-1," + B + ",1000,100,1001,\n"                                     // 3
                             ",TEA-1," + B + ",100,101,3,\n"                                         // 4
                             ",TEA-1," + B + ",-5,0,0,\n"                                            // 5
                             ",TEA-1," + B + ",1.5,0,0,\n"                                           // 6
                             ",TEA-1," + B + ",100,10,3,¥20\n"                                       // 7
                             ",,,100,10,3,\n"                                                        // 8
                             "abc,,,100,10,3,\n"                                                     // 9
                             + std::to_string(s.f.teaTitle) + ",,,100,10,3,\n"                       // 10
                             ",TEA-1,E99-A,100,10,3,\n"                                              // 11
                             ",TEA-1," + cupA + ",100,10,3,\n"                                       // 12
                             + std::to_string(s.f.tea[0]) + ",TEA-1," + B + ",100,10,3,\n"           // 13
                             "\"" + std::to_string(s.f.tea[1]) + "\",\"TEA-1\",,\"1200\",\"90\",\"50\",\"12.5\"\n");  // 14: good
  const std::string id0 = std::to_string(s.f.tea[0]);
  auto imported = importExperimentResults(*s.f.db, path);
  REQUIRE(imported);
  CHECK_FALSE(imported->ok());
  const std::string file = path.string();
  CHECK(described(imported->rowErrors) == std::vector<std::string>{
      file + ":3: 1001 conversions out of 1000 impressions",
      file + ":4: 101 clicks out of 100 impressions",
      file + ":5: impressions is \"-5\", not a whole number of 0 or more",
      file + ":6: impressions is \"1.5\", not a whole number of 0 or more",
      file + ":7: revenue is \"¥20\", not a number",
      file + ":8: the row names no variant (draft_id, or sku and variant, are empty)",
      file + ":9: draft_id is \"abc\", not a draft id",
      file + ":10: draft " + std::to_string(s.f.teaTitle) + " is no experiment's variant",
      file + ":11: no experiment has a variant E99-A",
      file + ":12: variant " + cupA + " is of CUP-2, not TEA-1",
      file + ":13: draft " + id0 + " is variant " + A + ", not " + B,
  });
  for (const Error& e : imported->rowErrors) CHECK(e.code == ErrorCode::InvalidInput);
  CHECK(imported->variants == 0);
  CHECK_FALSE(s.resultsOf(s.f.tea[0]));  // the good rows were not imported either
  CHECK_FALSE(s.resultsOf(s.f.tea[1]));
  CHECK(AuditStore(*s.f.db).list({.entity = "experiment"})->size() == 2);  // the two starts only
}

TEST_CASE("a results file without the columns it needs is refused as a whole") {
  Started s;
  const auto refused = [&](const std::string& name, const std::string& content) {
    auto imported = importExperimentResults(*s.f.db, s.f.file(name, content), name);
    REQUIRE_FALSE(imported);
    CHECK(imported.error().code == ErrorCode::InvalidInput);
    return imported.error().describe();
  };
  CHECK(refused("empty.csv", "") == "empty.csv: the file is empty");
  CHECK(refused("header.csv", "draft_id,impressions,clicks,conversions\n") ==
        "header.csv: the file has a header but no results");
  CHECK(refused("nokey.csv", "sku,impressions,clicks,conversions\nTEA-1,1,0,0\n") ==
        "nokey.csv:1: no draft_id column, nor sku and variant columns: the rows cannot name their variant");
  CHECK(refused("noconv.csv", "draft_id,impressions,clicks\n1,1,0\n") ==
        "noconv.csv:1: no conversions column (expected impressions, clicks and conversions)");
  auto missing = importExperimentResults(*s.f.db, s.f.store.dir() / "absent.csv", "absent.csv");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code != ErrorCode::Database);
}
