// BatchSession::retrySlot: the studio's Retry on one column, through core.
#include <catch2/catch.hpp>

#include <optional>

#include "core/batch/batch_resume.h"
#include "core/batch/batch_session.h"
#include "core/store/batch_store.h"
#include "tests/batch/batch_fixture.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

TEST_CASE("Batch retry: a failed slot run again gets its draft and the batch is recorded complete") {
  FakeServerProcess server;
  // The second product's first request is refused with a 400 (not retried by the client); the
  // same request sent again succeeds.
  BatchFixture fixture(2, {"plain", "once [[fault:400]]"});
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  std::optional<BatchPlan> plan;
  session.onPlanned = [&plan](const BatchPlan& p, const GenerateReport&) { plan = p; };
  const auto options = fixture.options(server, 1);
  auto report = session.generate(options);
  REQUIRE(report);
  REQUIRE(plan);
  CHECK(report->summary.failed == 1);
  CHECK(report->status == kBatchIncomplete);

  BatchStore batches(fixture.db());
  const auto missing = missingSlots(*plan, batches.filledSlots(report->batchId).value());
  REQUIRE(missing.size() == 1);
  CHECK(missing.front().productId == plan->productIds[1]);

  auto retried = session.retrySlot(*plan, report->batchId, missing.front(), options.run);
  REQUIRE(retried);
  CHECK(retried->summary.succeeded == 1);
  CHECK(retried->summary.failed == 0);
  CHECK(retried->status == kBatchCompleted);
  CHECK(batches.get(report->batchId).value()->status == kBatchCompleted);
  CHECK(checkDraftsConsistent(fixture.db(), report->batchId).size() == 2);

  // Retrying a slot that has its draft keeps that draft: the batch stays complete, one draft per slot.
  auto again = session.retrySlot(*plan, report->batchId, missing.front(), options.run);
  REQUIRE(again);
  CHECK(again->status == kBatchCompleted);
  CHECK(checkDraftsConsistent(fixture.db(), report->batchId).size() == 2);
}
