// The review queue's rows (core/review/review_queue_row.h): drafts without text, their products'
// titles and their stored check summaries, one row per id in order.
#include <catch2/catch.hpp>

#include "core/checks/check_summary_store.h"
#include "core/review/review_queue_row.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

TEST_CASE("queue rows pair drafts with titles and summaries; a missing draft keeps only its id") {
  ExportFixture f;
  const std::int64_t tea = f.product("tea-1", "西湖龙井");
  const std::int64_t cup = f.product("cup-1", "保温杯");
  const std::int64_t a = f.draft(tea, "title", "龙井");
  const std::int64_t b = f.draft(cup, "title", "杯子");
  const std::string fingerprint = "00000000000000aa";
  CheckSummary summary;
  summary.draftId = b;
  summary.worst = Severity::Error;
  summary.errors = 1;
  summary.firstError = "cn-ad-law.absolute";
  REQUIRE(CheckSummaryStore(*f.db, fingerprint).put(summary));

  auto rows = loadReviewQueueRows(*f.db, {a, b, b + 50}, fingerprint);
  REQUIRE(rows);
  REQUIRE(rows->size() == 3);
  CHECK((*rows)[0].draft.id == a);
  CHECK((*rows)[0].productTitle == "西湖龙井");
  CHECK((*rows)[0].draft.text.empty());
  CHECK_FALSE((*rows)[0].checks);
  CHECK((*rows)[1].productTitle == "保温杯");
  REQUIRE((*rows)[1].checks);
  CHECK((*rows)[1].checks->firstError == "cn-ad-law.absolute");
  CHECK((*rows)[2].draft.id == b + 50);
  CHECK((*rows)[2].productTitle.empty());

  // Without a fingerprint no summaries are read.
  auto unchecked = loadReviewQueueRows(*f.db, {b});
  REQUIRE(unchecked);
  CHECK_FALSE(unchecked->front().checks);
}

TEST_CASE("a queue start brings every matching id and the rows of the first page only") {
  ExportFixture f;
  const std::int64_t tea = f.product("tea-1", "西湖龙井");
  std::vector<std::int64_t> made;
  for (int i = 0; i < 5; ++i) made.push_back(f.draft(tea, "title", "龙井 " + std::to_string(i)));
  auto start = loadReviewQueueStart(*f.db, DraftQuery{}, 2);
  REQUIRE(start);
  CHECK(start->ids == made);
  REQUIRE(start->firstRows.size() == 2);
  CHECK(start->firstRows[1].draft.id == made[1]);
  CHECK(loadReviewQueueStart(*f.db, DraftQuery{}, 50).value().firstRows.size() == 5);
}
