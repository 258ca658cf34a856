// A/B variants on their way to the shop (issue 13): approved side by side without superseding each
// other, and exported by the generic layout with a row per variant named by its variant id; the
// shop layouts keep one text per field. On SQLite and PostgreSQL.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/experiments/experiment_lifecycle.h"
#include "core/export/exporter.h"
#include "core/review/review_service.h"
#include "core/store/draft_store.h"
#include "tests/experiments/experiment_fixture.h"

using namespace copydesk;

namespace {

void approve(Database& db, std::int64_t draftId) {
  ReviewService review(db);
  REQUIRE(review.submit(draftId, "ann"));
  REQUIRE(review.approve(draftId, "", "bob"));
}

std::string exported(Database& db, const std::filesystem::path& out, const std::string& columns = {}) {
  ExportOptions options;
  options.format = ExportFormat::Generic;
  options.out = out;
  options.columns = columns;
  options.author = "bob";
  auto run = Exporter(db).run(options);
  REQUIRE(run);
  std::ifstream in(out, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

DraftStatus statusOf(Database& db, std::int64_t id) { return DraftStore(db).get(id).value()->status; }

}  // namespace

TEST_CASE("an experiment's variants are approved side by side and exported with their variant ids") {
  test::ExperimentFixture f;
  auto e = startExperiment(*f.db, {f.tea[1], f.tea[2]});
  REQUIRE(e);
  approve(*f.db, f.tea[0]);  // not a variant: superseded by the variants' approvals below, as before
  approve(*f.db, f.tea[1]);
  approve(*f.db, f.tea[2]);
  approve(*f.db, f.cup[0]);
  CHECK(statusOf(*f.db, f.tea[0]) == DraftStatus::Draft);
  CHECK(statusOf(*f.db, f.tea[1]) == DraftStatus::Approved);  // its sibling's approval left it alone
  CHECK(statusOf(*f.db, f.tea[2]) == DraftStatus::Approved);

  const std::string csv = exported(*f.db, f.store.dir() / "generic.csv");
  // In product order: the product's own row (the latest approval, as every layout carries it), then a
  // row per variant.
  CHECK(csv ==
        "sku,variant,title,description\r\n"
        "TEA-1,,Longjing,Give the first tea of spring.\r\n"
        "TEA-1,E" + std::to_string(e->id) + "-A,Longjing,A gift of spring: Longjing.\r\n"
        "TEA-1,E" + std::to_string(e->id) + "-B,Longjing,Give the first tea of spring.\r\n"
        "CUP-2,,保温杯,Keeps drinks hot for 12 hours.\r\n");
  // Both variants were exported (export_items): they read as exported now.
  CHECK(statusOf(*f.db, f.tea[1]) == DraftStatus::Exported);
  CHECK(statusOf(*f.db, f.tea[2]) == DraftStatus::Exported);

  // A chosen column set can ask for the variant id too.
  CHECK(exported(*f.db, f.store.dir() / "chosen.csv", "sku,variant:Variant ID,description") ==
        "sku,Variant ID,description\r\n"
        "TEA-1,,Give the first tea of spring.\r\n"
        "TEA-1,E" + std::to_string(e->id) + "-A,A gift of spring: Longjing.\r\n"
        "TEA-1,E" + std::to_string(e->id) + "-B,Give the first tea of spring.\r\n"
        "CUP-2,,Keeps drinks hot for 12 hours.\r\n");
}

TEST_CASE("without approved variants the generic export has no variant column") {
  test::ExperimentFixture f;
  REQUIRE(startExperiment(*f.db, {f.tea[1], f.tea[2]}));
  approve(*f.db, f.cup[0]);
  CHECK(exported(*f.db, f.store.dir() / "plain.csv") ==
        "sku,title,description\r\nCUP-2,保温杯,Keeps drinks hot for 12 hours.\r\n");
}
