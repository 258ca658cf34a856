// A product × persona grid in one batch (issue 13): planned, estimated, run against the fake server,
// stopped by its budget and resumed without a second draft in any cell.
#include <catch2/catch.hpp>

#include <map>

#include "core/batch/batch_planner.h"
#include "core/batch/batch_session.h"
#include "core/store/batch_store.h"
#include "core/store/persona_store.h"
#include "core/store/template_store.h"
#include "tests/batch/batch_fixture.h"
#include "tests/batch/budget_resume.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

namespace {

void savePersonaTemplate(Database& db) {
  PromptTemplate prompt;
  prompt.name = "persona-desc";
  prompt.systemPart = "You write product copy for {{brand}}.";
  prompt.userPart = "Describe {{title}} (SKU {{sku}}) for {{persona.name}}: {{persona.description}}. Tone: {{persona.tone}}.";
  prompt.field = "description";
  REQUIRE(TemplateStore(db).save(prompt).ok());
}

void addPersona(Database& db, const std::string& name, const std::string& tone) {
  Persona p;
  p.name = name;
  p.description = name + " who shop here";
  p.tone = tone;
  REQUIRE(PersonaStore(db).add(p));
}

GenerateOptions gridOptions(const BatchFixture& fixture, const FakeServerProcess& server, const std::string& personas) {
  GenerateOptions options = fixture.options(server, 2);
  options.spec.templateRef = "persona-desc";
  options.spec.personas = personas;
  return options;
}

}  // namespace

TEST_CASE("Persona grid: the plan renders one prompt per product and persona, each slot keyed by its persona") {
  FakeServerProcess server;
  BatchFixture fixture(3);
  savePersonaTemplate(fixture.db());
  addPersona(fixture.db(), "students", "upbeat");
  addPersona(fixture.db(), "学生党", "轻松");
  auto plan = BatchPlanner(fixture.db()).plan(gridOptions(fixture, server, "all").spec);
  REQUIRE(plan);
  REQUIRE(plan->personas.size() == 2);
  REQUIRE(plan->prompts.size() == 6);
  const auto slots = plan->allSlots();
  REQUIRE(slots.size() == 12);  // 3 products x 2 personas x 2 variants
  std::set<std::tuple<std::int64_t, std::int64_t, int>> cells;
  for (const BatchSlot& slot : slots) {
    CHECK(cells.emplace(slot.productId, slot.personaId, slot.variant).second);
    const Persona& persona = plan->personas[slot.personaIndex];
    CHECK(slot.personaId == persona.id);
    const std::string& user = plan->request(slot).user;
    CHECK(user.find("(SKU " + plan->skus[slot.productIndex] + ") for " + persona.name + ":") != std::string::npos);
    CHECK(user.find("Tone: " + persona.tone + ".") != std::string::npos);
    auto parsed = parseCustomId(slot.customId());
    REQUIRE(parsed);
    CHECK(parsed->personaId == slot.personaId);
    CHECK(parsed->productId == slot.productId);
  }
  CHECK(plan->estimate(slots).requests == 12);
  CHECK(plan->toJson()["personas"] == Json{"students", "学生党"});

  // Another choice of personas is another batch to resume; none at all keeps the old key.
  auto one = BatchPlanner(fixture.db()).plan(gridOptions(fixture, server, "students").spec);
  REQUIRE(one);
  CHECK(one->allSlots().size() == 6);
  CHECK(one->resumeKey() != plan->resumeKey());
  auto unknown = BatchPlanner(fixture.db()).plan(gridOptions(fixture, server, "students,nobody").spec);
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().id == "persona.unknown");
}

TEST_CASE("Persona grid: a run writes one draft per product x persona x variant, from that persona's prompt") {
  FakeServerProcess server;
  BatchFixture fixture(3);
  savePersonaTemplate(fixture.db());
  addPersona(fixture.db(), "gift-buyers", "warm");
  addPersona(fixture.db(), "parents", "calm");
  llm::LlmClient client(BatchFixture::fastRetries());
  BatchSession session(fixture.db(), client);
  auto report = session.generate(gridOptions(fixture, server, "all"));
  REQUIRE(report);
  CHECK(report->totalSlots == 12);
  CHECK(report->summary.succeeded == 12);
  CHECK(report->status == kBatchCompleted);
  const auto drafts = checkDraftsConsistent(fixture.db(), report->batchId);
  REQUIRE(drafts.size() == 12);
  std::map<std::string, int> perPersona;
  for (const Draft& d : drafts) ++perPersona[d.persona];
  CHECK(perPersona == std::map<std::string, int>{{"gift-buyers", 6}, {"parents", 6}});
  CHECK(server.requestCount("/v1/chat/completions") == 12);
}

TEST_CASE("Persona grid: stopped by its budget and resumed, every cell ends with exactly one draft") {
  FakeServerProcess server;
  BatchFixture fixture(6);
  savePersonaTemplate(fixture.db());
  addPersona(fixture.db(), "students", "upbeat");
  addPersona(fixture.db(), "parents", "calm");
  addPersona(fixture.db(), "outdoor", "energetic");
  llm::LlmClient client(BatchFixture::fastRetries());
  auto options = gridOptions(fixture, server, "all");
  BatchSession session(fixture.db(), client);
  const auto [first, resumed] = stopByBudgetThenResume(session, server, options,
                                                       {.budgetUsd = 0.3, .concurrency = 3, .slots = 36});
  REQUIRE(first.summary.notStarted > 0);
  CHECK(first.status == kBatchIncomplete);
  CHECK(resumed.resumed);
  CHECK(resumed.alreadyDone == first.summary.succeeded);
  CHECK(checkDraftsConsistent(fixture.db(), first.batchId).size() == 36);

  // Resuming a finished grid sends nothing and writes nothing.
  const auto after = server.requestCount("/v1/chat/completions");
  auto again = session.generate(options);
  REQUIRE(again);
  CHECK(again->slotsRun == 0);
  CHECK(server.requestCount("/v1/chat/completions") == after);
  CHECK(checkDraftsConsistent(fixture.db(), first.batchId).size() == 36);
}
