#include <catch2/catch.hpp>

#include "core/batch/batch_api_runner.h"
#include "core/batch/batch_session.h"
#include "core/store/batch_store.h"
#include "core/store/draft_search_index.h"
#include "tests/batch/batch_fixture.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

namespace {

std::vector<Generation> generationsOf(Database& db, std::int64_t batchId) {
  GenerationQuery query;
  query.batchId = batchId;
  auto rows = GenerationStore(db).list(query);
  REQUIRE(rows.ok());
  return std::move(*rows);
}

double totalCost(const std::vector<Generation>& rows) {
  double sum = 0;
  for (const auto& g : rows) sum += g.cost.value_or(0);
  return sum;
}

}  // namespace

namespace {
std::int64_t rowCountOf(Database& db, const std::string& table) {
  auto stmt = db.prepare("SELECT count(*) FROM " + table);
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->integer(0);
}
}  // namespace

TEST_CASE("Batch run: every slot gets the reply to its own prompt, recorded with prompt, tokens and cost") {
  FakeServerProcess server({"--chunks", "5"});
  BatchFixture fixture(4);
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  auto options = fixture.options(server, 2, {"fake-small", "fake-large"});
  options.spec.variables = {{"tone", "calm"}};
  std::vector<BatchProgress> seen;
  auto report = session.generate(options, [&seen](const BatchProgress& p) { seen.push_back(p); });
  REQUIRE(report.ok());
  REQUIRE_FALSE(seen.empty());
  CHECK(seen.back().finished);
  CHECK(seen.back().succeeded == 16);
  CHECK(seen.back().total == 16);
  CHECK(seen.back().inFlight == 0);
  CHECK(seen.back().costUsd > 0);
  for (const auto& p : seen) CHECK(p.inFlight <= 16);
  CHECK(report->summary.succeeded == 16);
  CHECK(report->summary.failed == 0);
  CHECK(report->status == kBatchCompleted);
  CHECK(report->totalSlots == 16);

  const auto drafts = checkDraftsConsistent(fixture.db(), report->batchId);
  CHECK(drafts.size() == 16);
  for (const Draft& d : drafts) {
    CHECK(d.field == "description");
    CHECK(d.templateName == "desc");
    CHECK(d.status == DraftStatus::Draft);
  }
  // The writer put the batch's drafts in the search index when it finished (not per commit).
  CHECK(DraftSearchIndex(fixture.db()).pending().value() == 0);
  CHECK(rowCountOf(fixture.db(), "drafts_fts_docsize") >= 16);
  CHECK(fixture.db().exec("INSERT INTO drafts_fts(drafts_fts) VALUES ('integrity-check')"));
  const auto rows = generationsOf(fixture.db(), report->batchId);
  REQUIRE(rows.size() == 16);
  for (const auto& g : rows) {
    CHECK(g.provider == "Fake");
    CHECK(g.systemPrompt == "You write product copy for Acme.");
    CHECK(g.inputTokens.value_or(0) > 0);
    CHECK(g.outputTokens.value_or(0) > 0);
    CHECK(g.cost.value_or(0) == Approx((*g.inputTokens * 1.0 + *g.outputTokens * 2.0) / 1e6));
    CHECK(g.parameters["max_tokens"] == 200);
    CHECK(g.outcome == GenerationOutcome::Ok);
    CHECK(g.error.empty());
    CHECK(g.templateVersionId.has_value());
  }
  CHECK(report->summary.costUsd == Approx(totalCost(rows)));
  CHECK(server.requestCount("/v1/chat/completions") == 16);
}

TEST_CASE("Batch run: failures are kept with their reason and never become drafts") {
  FakeServerProcess server;
  // Product 2 always gets a 400; product 3 a 500 once (retried, then fine).
  BatchFixture fixture(3, {"plain", "bad [[fault-always:400]]", "flaky [[fault:500]]"});
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  auto report = session.generate(fixture.options(server, 1));
  REQUIRE(report.ok());
  CHECK(report->summary.succeeded == 2);
  CHECK(report->summary.failed == 1);
  CHECK(report->status == kBatchIncomplete);
  const auto drafts = checkDraftsConsistent(fixture.db(), report->batchId);
  REQUIRE(drafts.size() == 2);
  for (const Draft& d : drafts) CHECK(d.sku != BatchFixture::sku(2));
  const auto rows = generationsOf(fixture.db(), report->batchId);
  REQUIRE(rows.size() == 3);
  for (const auto& g : rows) {
    if (g.userPrompt.find(BatchFixture::sku(2)) != std::string::npos) {
      CHECK(g.outcome == GenerationOutcome::Failed);
      CHECK(g.error.find("400") != std::string::npos);
      CHECK(g.output.empty());
    } else if (g.userPrompt.find(BatchFixture::sku(3)) != std::string::npos) {
      CHECK(g.outcome == GenerationOutcome::Ok);
      CHECK(g.attempts >= 2);
    }
  }
}

TEST_CASE("Batch run: 500 generations under 429s, 500s, cut and malformed streams end correct or failed with a reason") {
  FakeServerProcess server({"--fault-rate", "429=0.1,500=0.05,cut=0.03,malformed=0.01", "--seed", "11", "--chunks", "6"});
  BatchFixture fixture(100);
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  auto options = fixture.options(server, 5);
  options.run.concurrency = 50;
  auto report = session.generate(options);
  REQUIRE(report.ok());
  const auto& s = report->summary;
  CHECK(s.succeeded + s.failed == 500);
  CHECK(s.notStarted == 0);
  CHECK(s.duplicates == 0);

  const auto drafts = checkDraftsConsistent(fixture.db(), report->batchId);  // none twice, none crossed
  CHECK(drafts.size() == s.succeeded);
  const auto rows = generationsOf(fixture.db(), report->batchId);
  CHECK(rows.size() == 500);  // exactly one record per slot
  std::set<std::tuple<std::int64_t, int>> slots;
  std::size_t failed = 0;
  for (const auto& g : rows) {
    CHECK(slots.emplace(*g.productId, g.variant).second);
    if (g.outcome != GenerationOutcome::Ok) {
      ++failed;
      CHECK_FALSE(g.error.empty());
      CHECK(g.output.empty());
    }
  }
  CHECK(failed == s.failed);
  // The faults really happened (and were retried through).
  const std::string stats = server.get("/__stats");
  CHECK(server.requestCount("/v1/chat/completions") > 500);
  INFO(stats);
  CHECK(stats.find("\"429\"") != std::string::npos);
}

TEST_CASE("Batch run: a budget is never exceeded, the rest stays pending and --resume finishes it") {
  FakeServerProcess server;
  BatchFixture fixture(20);
  llm::LlmClient client(BatchFixture::fastRetries());
  const double budget = 0.2;
  auto options = fixture.options(server, 1);
  for (auto& t : options.spec.targets) t.profile.inputPricePerMTok = t.profile.outputPricePerMTok = 100.0;
  options.run.budgetUsd = budget;
  options.run.concurrency = 4;
  BatchSession session(fixture.db(), client);
  auto report = session.generate(options);
  REQUIRE(report.ok());
  CHECK(report->summary.budgetReached);
  CHECK(report->summary.notStarted > 0);
  CHECK(report->summary.succeeded > 0);
  CHECK(report->status == kBatchIncomplete);
  CHECK(totalCost(generationsOf(fixture.db(), report->batchId)) <= budget);
  CHECK(report->estimate.costUsd > budget);  // the estimate said it would not all fit

  options.run.budgetUsd.reset();
  options.resume = true;
  const auto before = server.requestCount("/v1/chat/completions");
  auto resumed = session.generate(options);
  REQUIRE(resumed.ok());
  CHECK(resumed->resumed);
  CHECK(resumed->batchId == report->batchId);
  CHECK(resumed->alreadyDone == report->summary.succeeded);
  CHECK(resumed->summary.succeeded == report->summary.notStarted);
  CHECK(resumed->status == kBatchCompleted);
  CHECK(server.requestCount("/v1/chat/completions") - before == static_cast<long long>(report->summary.notStarted));
  CHECK(checkDraftsConsistent(fixture.db(), report->batchId).size() == 20);
}

TEST_CASE("Batch run: the Batch API round trip writes the same drafts as a live run") {
  FakeServerProcess server({"--batch-delay-ms", "100"});
  BatchFixture live(5);
  BatchFixture viaApi(5);
  llm::LlmClient client(BatchFixture::fastRetries());
  auto liveReport = BatchSession(live.db(), client).generate(live.options(server, 2, {"fake-small", "fake-large"}));
  REQUIRE(liveReport.ok());
  auto options = viaApi.options(server, 2, {"fake-small", "fake-large"});
  options.batchApi = true;
  auto apiReport = BatchSession(viaApi.db(), client).generate(options);
  REQUIRE(apiReport.ok());
  CHECK(apiReport->summary.succeeded == 20);
  CHECK(apiReport->status == kBatchCompleted);
  checkDraftsConsistent(viaApi.db(), apiReport->batchId);
  CHECK(draftSlots(viaApi.db(), apiReport->batchId) == draftSlots(live.db(), liveReport->batchId));
  CHECK(server.requestCount("/v1/files") == 2);    // one upload per model
  CHECK(server.requestCount("/v1/batches") == 2);
  for (const auto& g : generationsOf(viaApi.db(), apiReport->batchId)) {
    CHECK(g.parameters.contains("batch_api"));
    CHECK(g.cost.value_or(0) == Approx((*g.inputTokens * 1.0 + *g.outputTokens * 2.0) / 1e6 * 0.5));
  }
  // The remote job is remembered as imported: resuming sends nothing again.
  options.resume = true;
  auto again = BatchSession(viaApi.db(), client).generate(options);
  REQUIRE(again.ok());
  CHECK(again->slotsRun == 0);
  CHECK(server.requestCount("/v1/batches") == 2);
}
