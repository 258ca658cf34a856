#include <catch2/catch.hpp>

#include "core/batch/batch_api_job.h"
#include "core/batch/batch_resume.h"
#include "core/batch/batch_slot.h"
#include "core/batch/budget_guard.h"
#include "core/store/batch_store.h"
#include "core/store/generation_store.h"
#include "tests/batch/batch_fixture.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

TEST_CASE("Batch: custom ids round-trip and reject foreign text") {
  BatchSlot slot{3, 42, 2, 1};
  CHECK(slot.customId() == "p42-v2-t1");
  auto key = parseCustomId("p42-v2-t1");
  REQUIRE(key);
  CHECK(key->productId == 42);
  CHECK(key->variant == 2);
  CHECK(key->targetIndex == 1);
  CHECK_FALSE(parseCustomId("p42-v2"));
  CHECK_FALSE(parseCustomId("p42-v2-t1x"));
  CHECK_FALSE(parseCustomId("request-7"));
}

TEST_CASE("Batch: the budget guard refuses what could exceed the limit and frees reservations") {
  BudgetGuard guard(1.0);
  CHECK(guard.reserve(0.4));
  CHECK(guard.reserve(0.4));
  CHECK_FALSE(guard.reserve(0.4));  // 0.8 reserved + 0.4 > 1.0
  CHECK(guard.reached());
  guard.settle(0.4, 0.1);           // it cost less than its worst case
  CHECK(guard.spent() == Approx(0.1));
  CHECK(guard.reserve(0.4));        // 0.1 + 0.4 + 0.4 <= 1.0
  BudgetGuard unlimited(std::nullopt);
  for (int i = 0; i < 100; ++i) CHECK(unlimited.reserve(1e6));
}

TEST_CASE("Batch: generations keep prompt, tokens, cost and outcome") {
  BatchFixture fixture(1);
  GenerationStore store(fixture.db());
  Generation g;
  g.field = "description";
  g.variant = 2;
  g.provider = "Fake";
  g.model = "m";
  g.parameters = {{"temperature", 0.7}};
  g.systemPrompt = "sys";
  g.userPrompt = "user 用户";
  g.output = "out";
  g.inputTokens = 10;
  g.outputTokens = 20;
  g.cost = 0.5;
  g.attempts = 3;
  auto id = store.insert(g);
  REQUIRE(id.ok());
  Generation failed;
  failed.outcome = GenerationOutcome::Failed;
  failed.error = "Rate limited (429)";
  REQUIRE(store.insert(failed).ok());
  auto read = store.get(*id);
  REQUIRE(read.ok());
  REQUIRE(read->has_value());
  const Generation& r = **read;
  CHECK(r.userPrompt == "user 用户");
  CHECK(r.parameters["temperature"] == 0.7);
  CHECK(r.inputTokens == 10);
  CHECK(r.outputTokens == 20);
  CHECK(r.cost == Approx(0.5));
  CHECK(r.attempts == 3);
  CHECK(r.outcome == GenerationOutcome::Ok);
  CHECK_FALSE(r.finishedAt.empty());
  GenerationQuery query;
  query.outcome = GenerationOutcome::Failed;
  auto failures = store.list(query);
  REQUIRE(failures.ok());
  REQUIRE(failures->size() == 1);
  CHECK(failures->front().error == "Rate limited (429)");
}

TEST_CASE("Batch: batches are found by resume key and know their filled slots") {
  BatchFixture fixture(2);
  BatchStore store(fixture.db());
  auto first = store.create(std::nullopt, "description", Json{{"resume_key", "abc"}});
  REQUIRE(first.ok());
  CHECK(first->status == kBatchRunning);
  REQUIRE(store.create(std::nullopt, "description", Json{{"resume_key", "other"}}).ok());
  auto found = store.latestUnfinished("abc");
  REQUIRE(found.ok());
  REQUIRE(found->has_value());
  CHECK((*found)->id == first->id);
  REQUIRE(store.setStatus(first->id, kBatchCompleted).ok());
  auto none = store.latestUnfinished("abc");
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());
  auto any = store.latestWithKey("abc");
  REQUIRE(any.ok());
  REQUIRE(any->has_value());
  CHECK_FALSE((*any)->finishedAt.empty());

  NewDraft draft;
  draft.productId = 1;
  draft.field = "description";
  draft.batchId = first->id;
  draft.variant = 2;
  draft.model = "m";
  draft.text = "t";
  REQUIRE(DraftStore(fixture.db()).create(draft).ok());
  auto filled = store.filledSlots(first->id);
  REQUIRE(filled.ok());
  REQUIRE(filled->size() == 1);
  CHECK(filled->front().productId == 1);
  CHECK(filled->front().variant == 2);
  CHECK(filled->front().model == "m");
}

TEST_CASE("Batch: missing slots are those without a draft, by product, variant and model") {
  BatchPlan plan;
  plan.productIds = {10, 20};
  plan.skus = {"A", "B"};
  plan.prompts.resize(2);
  plan.variants = 2;
  plan.targets = {{llm::ProviderProfile{}, "m1"}, {llm::ProviderProfile{}, "m2"}};
  CHECK(plan.allSlots().size() == 8);
  auto missing = missingSlots(plan, {{10, 1, "m1"}, {20, 2, "m2"}, {20, 2, "elsewhere"}});
  CHECK(missing.size() == 6);
  for (const auto& slot : missing) {
    CHECK_FALSE((slot.productId == 10 && slot.variant == 1 && slot.targetIndex == 0));
    CHECK_FALSE((slot.productId == 20 && slot.variant == 2 && slot.targetIndex == 1));
  }
}

TEST_CASE("Batch: Batch API output lines decode to texts, usage and reasons by custom_id") {
  const std::string output =
      R"({"id":"r1","custom_id":"p1-v1-t0","response":{"status_code":200,"body":{"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello 你好"},"finish_reason":"stop"}],"usage":{"prompt_tokens":7,"completion_tokens":3}}},"error":null})"
      "\n\n"
      R"({"id":"r2","custom_id":"p2-v1-t0","response":{"status_code":400,"body":{"error":{"message":"bad request body"}}},"error":null})"
      "\r\n"
      R"({"id":"r3","custom_id":"p3-v1-t0","response":null,"error":{"code":"batch_expired","message":"not done in time"}})"
      "\nnot json\n";
  const auto results = BatchApiJob::parseResults(output);
  REQUIRE(results.size() == 3);
  CHECK(results[0].customId == "p1-v1-t0");
  CHECK(results[0].ok);
  CHECK(results[0].text == "Hello 你好");
  CHECK(results[0].inputTokens == 7);
  CHECK(results[0].outputTokens == 3);
  CHECK_FALSE(results[1].ok);
  CHECK(results[1].error.find("400") != std::string::npos);
  CHECK(results[1].error.find("bad request body") != std::string::npos);
  CHECK_FALSE(results[2].ok);
  CHECK(results[2].error.find("batch_expired") != std::string::npos);
}

TEST_CASE("Batch: the Batch API input has one chat request per slot, keyed by custom_id") {
  BatchPlan plan;
  plan.productIds = {7};
  plan.skus = {"A"};
  plan.prompts = {RenderedPrompt{"sys", "user A", {}}};
  plan.variants = 2;
  plan.maxTokens = 99;
  plan.targets = {{llm::ProviderProfile{}, "m1"}};
  const std::string jsonl = BatchApiJob::jsonl(plan, plan.allSlots());
  std::vector<Json> lines;
  for (std::size_t start = 0; start < jsonl.size();) {
    const auto end = jsonl.find('\n', start);
    lines.push_back(Json::parse(jsonl.substr(start, end - start)));
    start = end + 1;
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["custom_id"] == "p7-v1-t0");
  CHECK(lines[1]["custom_id"] == "p7-v2-t0");
  CHECK(lines[0]["method"] == "POST");
  CHECK(lines[0]["url"] == "/v1/chat/completions");
  CHECK(lines[0]["body"]["model"] == "m1");
  CHECK(lines[0]["body"]["max_tokens"] == 99);
  CHECK(lines[0]["body"].value("stream", false) == false);
  CHECK(lines[0]["body"]["messages"][1]["content"] == "user A");
}
