// Answers to customer questions in one batch (issue 14): one slot per imported question of the
// selected products, each prompt holding its question; run against the fake server, stopped by
// its budget and resumed without a second answer to any question.
#include <catch2/catch.hpp>

#include <map>

#include "core/batch/batch_planner.h"
#include "core/batch/batch_session.h"
#include "core/store/batch_store.h"
#include "core/store/persona_store.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"
#include "core/store/template_store.h"
#include "tests/batch/batch_fixture.h"
#include "tests/batch/budget_resume.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

namespace {

void saveAnswerTemplate(Database& db) {
  PromptTemplate prompt;
  prompt.name = "answer-test";
  prompt.systemPart = "You answer shoppers' questions about {{brand}} products from the facts only.";
  prompt.userPart = "Question about {{title}} (SKU {{sku}}): {{question}}\nFacts: {{description}}";
  prompt.field = "answer";
  REQUIRE(TemplateStore(db).save(prompt).ok());
}

std::int64_t addQuestion(Database& db, const std::string& sku, const std::string& text) {
  auto product = ProductStore(db).findBySku(sku);
  REQUIRE(product);
  REQUIRE(*product);
  Question q;
  q.productId = (*product)->id;
  q.text = text;
  q.key = text;  // the store keeps any key; the import is what normalises
  auto id = QuestionStore(db).add(q);
  REQUIRE(id);
  return *id;
}

GenerateOptions answerOptions(const BatchFixture& fixture, const FakeServerProcess& server) {
  GenerateOptions options = fixture.options(server, 1);
  options.spec.templateRef = "answer-test";
  options.spec.questions = true;
  return options;
}

}  // namespace

TEST_CASE("Answer batch: the plan has one slot per question of the products, each prompt holding its question") {
  FakeServerProcess server;
  BatchFixture fixture(3);
  saveAnswerTemplate(fixture.db());
  const std::int64_t size = addQuestion(fixture.db(), BatchFixture::sku(1), "What size is it?");
  const std::int64_t wash = addQuestion(fixture.db(), BatchFixture::sku(1), "Can I machine-wash it?");
  const std::int64_t linen = addQuestion(fixture.db(), BatchFixture::sku(3), "是纯亚麻的吗？");
  auto plan = BatchPlanner(fixture.db()).plan(answerOptions(fixture, server).spec);
  REQUIRE(plan);
  REQUIRE(plan->questions.size() == 3);  // product 2 has none: no slot
  REQUIRE(plan->prompts.size() == 3);
  const auto slots = plan->allSlots();
  REQUIRE(slots.size() == 3);
  std::map<std::int64_t, std::string> expected = {{size, "SKU-001): What size is it?"},
                                                  {wash, "SKU-001): Can I machine-wash it?"},
                                                  {linen, "SKU-003): 是纯亚麻的吗？"}};
  for (const BatchSlot& slot : slots) {
    REQUIRE(expected.count(slot.questionId) == 1);
    CHECK(plan->request(slot).user.find(expected[slot.questionId]) != std::string::npos);
    CHECK(plan->generation(slot, 1, true).parameters["question_id"] == slot.questionId);
    auto parsed = parseCustomId(slot.customId());
    REQUIRE(parsed);
    CHECK(parsed->questionId == slot.questionId);
    CHECK(parsed->productId == slot.productId);
    expected.erase(slot.questionId);
  }
  CHECK(expected.empty());
  CHECK(plan->estimate(slots).requests == 3);
  CHECK(plan->toJson()["questions"] == 3);

  // Two variants: two slots per question. The resume key does not depend on the questions held.
  auto options = answerOptions(fixture, server);
  options.spec.variants = 2;
  auto two = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE(two);
  CHECK(two->allSlots().size() == 6);
  addQuestion(fixture.db(), BatchFixture::sku(2), "Does it shrink?");
  auto more = BatchPlanner(fixture.db()).plan(answerOptions(fixture, server).spec);
  REQUIRE(more);
  CHECK(more->allSlots().size() == 4);
  CHECK(more->resumeKey() == plan->resumeKey());
  auto without = answerOptions(fixture, server);
  without.spec.questions = false;
  auto plain = BatchPlanner(fixture.db()).plan(without.spec);
  REQUIRE(plain);
  CHECK(plain->resumeKey() != plan->resumeKey());
}

TEST_CASE("Answer batch: refused with personas, and for products without questions") {
  FakeServerProcess server;
  BatchFixture fixture(2);
  saveAnswerTemplate(fixture.db());
  auto options = answerOptions(fixture, server);
  auto none = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE_FALSE(none);
  CHECK(none.error().id == "questions.none-for-products");
  CHECK(none.error().code == ErrorCode::InvalidInput);

  addQuestion(fixture.db(), BatchFixture::sku(1), "Is it lined?");
  Persona persona;
  persona.name = "students";
  REQUIRE(PersonaStore(fixture.db()).add(persona));
  options.spec.personas = "all";
  auto withPersonas = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE_FALSE(withPersonas);
  CHECK(withPersonas.error().id == "questions.with-personas");
}

TEST_CASE("Answer batch: stopped by its budget and resumed, every question ends with exactly one answer") {
  FakeServerProcess server;
  BatchFixture fixture(5);
  saveAnswerTemplate(fixture.db());
  for (int i = 1; i <= 5; ++i) {
    addQuestion(fixture.db(), BatchFixture::sku(i), "Is product " + std::to_string(i) + " lined?");
    addQuestion(fixture.db(), BatchFixture::sku(i), "产品" + std::to_string(i) + "会缩水吗？");
  }
  llm::LlmClient client(BatchFixture::fastRetries());
  auto options = answerOptions(fixture, server);
  BatchSession session(fixture.db(), client);
  const auto [first, resumed] = stopByBudgetThenResume(session, server, options,
                                                       {.budgetUsd = 0.1, .concurrency = 2, .slots = 10});
  REQUIRE(first.summary.notStarted > 0);
  CHECK(first.status == kBatchIncomplete);
  CHECK(resumed.resumed);
  auto drafts = checkDraftsConsistent(fixture.db(), first.batchId);
  REQUIRE(drafts.size() == 10);
  std::set<std::int64_t> answered;
  for (const Draft& d : drafts) {
    REQUIRE(d.questionId);
    CHECK(answered.insert(*d.questionId).second);
    CHECK(d.field == "answer");
    CHECK_FALSE(d.question.empty());
  }

  // A question imported since is answered by the next resume, and only it.
  const std::int64_t later = addQuestion(fixture.db(), BatchFixture::sku(2), "Does it come in XL?");
  const auto after = server.requestCount("/v1/chat/completions");
  auto again = session.generate(options);
  REQUIRE(again);
  CHECK(again->batchId == first.batchId);
  CHECK(again->slotsRun == 1);
  CHECK(server.requestCount("/v1/chat/completions") == after + 1);
  drafts = checkDraftsConsistent(fixture.db(), first.batchId);
  REQUIRE(drafts.size() == 11);
  CHECK(drafts.back().questionId == later);
  CHECK(drafts.back().question == "Does it come in XL?");
}

TEST_CASE("Answer batch: a store made before the answer templates were shipped stores answer-en on first use") {
  FakeServerProcess server;
  BatchFixture fixture(1);  // its store holds only the template "desc"
  addQuestion(fixture.db(), BatchFixture::sku(1), "Is it lined?");
  auto options = answerOptions(fixture, server);
  options.spec.templateRef = "answer-en";
  auto plan = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE(plan);
  CHECK(plan->templateVersion.prompt.name == "answer-en");
  CHECK(plan->field == "answer");
  CHECK(plan->request(plan->allSlots().front()).user.find("Question from a shopper: Is it lined?") != std::string::npos);
  auto stored = TemplateStore(fixture.db()).latest("answer-en");
  REQUIRE(stored);
  REQUIRE(*stored);
  CHECK((*stored)->id == plan->templateVersion.id);
  // Planned again, the stored version is used, not a second one.
  auto again = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE(again);
  CHECK(again->templateVersion.id == plan->templateVersion.id);
  options.spec.templateRef = "answer-xx";
  auto unknown = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message == "no template or template file called 'answer-xx'");
}
