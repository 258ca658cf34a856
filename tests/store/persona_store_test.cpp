// Audience personas in the store (issue 13), on SQLite and on PostgreSQL (store_pg_tests).
#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/persona_store.h"
#include "core/store/persona_versions.h"
#include "core/store/product_store.h"
#include "core/store/review_filter_choices.h"
#include "core/store/review_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

struct Fixture {
  test::TestStore store{"personas.db"};
  std::unique_ptr<Database> db = store.openOrFail();
  PersonaStore personas{*db};

  Persona add(const std::string& name, const std::string& tone = {}) {
    Persona p;
    p.name = name;
    p.description = "about " + name;
    p.tone = tone;
    auto saved = personas.add(p);
    REQUIRE(saved);
    return *saved;
  }
  std::int64_t product(const std::string& sku) {
    Product p;
    p.sku = sku;
    p.title = sku;
    return ProductStore(*db).upsert(p)->id;
  }
};

std::vector<std::string> namesOf(const std::vector<Persona>& personas) {
  std::vector<std::string> names;
  for (const Persona& p : personas) names.push_back(p.name);
  return names;
}

}  // namespace

TEST_CASE("personas are added with every value, listed by name and found by name") {
  Fixture f;
  Persona students;
  students.name = "  学生党 ";
  students.description = "预算有限的学生";
  students.audience = "18-24";
  students.interests = "性价比, 宿舍";
  students.tone = "轻松";
  students.language = "zh";
  students.channel = "social";
  auto saved = f.personas.add(students);
  REQUIRE(saved);
  CHECK(saved->id > 0);
  CHECK(saved->name == "学生党");  // trimmed
  CHECK(saved->interests == "性价比, 宿舍");
  CHECK(saved->channel == "social");
  CHECK_FALSE(saved->createdAt.empty());
  f.add("gift-buyers");
  f.add("Parents");

  auto list = f.personas.list();
  REQUIRE(list);
  CHECK(namesOf(*list) == std::vector<std::string>{"Parents", "gift-buyers", "学生党"});  // byte order on both
  auto found = f.personas.find("学生党");
  REQUIRE(found);
  REQUIRE(found->has_value());
  CHECK((*found)->tone == "轻松");
  CHECK((*found)->language == "zh");
}

TEST_CASE("a persona's name is unique and not empty") {
  Fixture f;
  f.add("parents");
  Persona again;
  again.name = "parents";
  auto twice = f.personas.add(again);
  REQUIRE_FALSE(twice);
  CHECK(twice.error().id == "persona.exists");
  CHECK(twice.error().code == ErrorCode::InvalidInput);
  Persona blank;
  blank.name = "  ";
  auto empty = f.personas.add(blank);
  REQUIRE_FALSE(empty);
  CHECK(empty.error().id == "persona.without-name");

  Persona other = f.add("students");
  other.name = "parents";
  auto renamed = f.personas.update(other);
  REQUIRE_FALSE(renamed);
  CHECK(renamed.error().id == "persona.exists");
  other.name = "budget-students";
  other.tone = "upbeat";
  auto updated = f.personas.update(other);
  REQUIRE(updated);
  CHECK(updated->name == "budget-students");
  CHECK(updated->tone == "upbeat");
  CHECK(namesOf(*f.personas.list()) == std::vector<std::string>{"budget-students", "parents"});
}

TEST_CASE("removing an unused persona deletes it; one that drafts name is retired and can come back") {
  Fixture f;
  f.add("unused");
  Persona used = f.add("gift-buyers", "warm");
  const std::int64_t product = f.product("TEA-1");
  DraftStore drafts(*f.db);
  auto draft = drafts.create({.productId = product, .field = "description", .text = "A gift", .personaId = used.id});
  REQUIRE(draft);
  CHECK(draft->persona == "gift-buyers");

  CHECK(*f.personas.remove("unused"));
  CHECK_FALSE(*f.personas.remove("unused"));
  CHECK(*f.personas.remove("gift-buyers"));
  CHECK(f.personas.list()->empty());
  CHECK_FALSE(f.personas.find("gift-buyers")->has_value());
  // The draft still says whom it was written for.
  auto kept = drafts.get(draft->id);
  REQUIRE(kept);
  CHECK((*kept)->persona == "gift-buyers");
  CHECK(f.personas.find("gift-buyers", true)->has_value());

  Persona back;
  back.name = "gift-buyers";
  back.tone = "festive";
  auto revived = f.personas.add(back);
  REQUIRE(revived);
  CHECK(revived->id == used.id);
  CHECK(revived->tone == "festive");
  CHECK(namesOf(*f.personas.list()) == std::vector<std::string>{"gift-buyers"});
}

TEST_CASE("personas resolve from all or a list of names") {
  Fixture f;
  auto none = f.personas.resolve("all");
  REQUIRE_FALSE(none);
  CHECK(none.error().id == "persona.none");
  f.add("b");
  f.add("a");
  f.add("c");
  CHECK(namesOf(*f.personas.resolve("all")) == std::vector<std::string>{"a", "b", "c"});
  CHECK(namesOf(*f.personas.resolve("c, a,c")) == std::vector<std::string>{"c", "a"});
  auto unknown = f.personas.resolve("a,zz");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().id == "persona.unknown");
  CHECK(unknown.error().args == std::vector<std::string>{"zz"});
}

TEST_CASE("drafts are filtered by persona, and each persona's copy is approved on its own") {
  Fixture f;
  const Persona students = f.add("students");
  const Persona parents = f.add("parents");
  const std::int64_t product = f.product("TEA-1");
  DraftStore drafts(*f.db);
  auto plain = drafts.create({.productId = product, .field = "description", .text = "For all"});
  auto forStudents = drafts.create({.productId = product, .field = "description", .text = "Cheap", .personaId = students.id});
  auto forParents = drafts.create({.productId = product, .field = "description", .text = "Safe", .personaId = parents.id});
  REQUIRE(plain);
  REQUIRE(forStudents);
  REQUIRE(forParents);
  CHECK_FALSE(plain->personaId);

  DraftQuery query;
  query.persona = "students";
  auto studentsOnly = drafts.list(query);
  REQUIRE(studentsOnly);
  REQUIRE(studentsOnly->size() == 1);
  CHECK(studentsOnly->front().text == "Cheap");
  query.persona = "";
  auto withoutPersona = drafts.ids(query);
  REQUIRE(withoutPersona);
  CHECK(*withoutPersona == std::vector<std::int64_t>{plain->id});

  // The working copy is chosen per persona: choosing the parents' leaves the plain one working.
  REQUIRE(drafts.setWorking(plain->id));
  REQUIRE(drafts.setWorking(forParents->id));
  CHECK((*drafts.get(plain->id))->isWorking);
  CHECK((*drafts.get(forParents->id))->isWorking);

  auto choices = loadReviewFilterChoices(*f.db);
  REQUIRE(choices);
  CHECK(choices->personas == std::vector<std::string>{"parents", "students"});
}

TEST_CASE("a batch slot holds one draft per persona") {
  Fixture f;
  const Persona students = f.add("students");
  const std::int64_t product = f.product("TEA-1");
  DraftStore drafts(*f.db);
  // No batch row is needed for the index: drafts name a batch id only through the foreign key.
  auto batch = f.db->prepare("INSERT INTO batches (field) VALUES ('description')");
  REQUIRE(batch);
  REQUIRE(batch->run());
  const std::int64_t batchId = f.db->lastInsertId();
  NewDraft slot{.productId = product, .field = "description", .batchId = batchId, .variant = 1, .model = "m", .text = "a"};
  REQUIRE(drafts.insert(slot));
  slot.personaId = students.id;
  REQUIRE(drafts.insert(slot));  // the same cell for a persona is another slot
  auto again = drafts.insert(slot);
  REQUIRE_FALSE(again);
  CHECK(again.error().id == "draft.slot-taken");
  slot.personaId.reset();
  auto plainAgain = drafts.insert(slot);
  REQUIRE_FALSE(plainAgain);
  CHECK(plainAgain.error().id == "draft.slot-taken");
}

TEST_CASE("a product field's persona versions: one per persona, the working copy first choice") {
  Fixture f;
  const Persona students = f.add("students");
  const Persona parents = f.add("parents");
  const std::int64_t product = f.product("TEA-1");
  const std::int64_t other = f.product("TEA-2");
  DraftStore drafts(*f.db);
  auto draft = [&](const std::string& text, std::optional<std::int64_t> persona, std::int64_t on) {
    auto d = drafts.create({.productId = on, .field = "description", .text = text, .personaId = persona});
    REQUIRE(d);
    return d->id;
  };
  draft("plain", std::nullopt, product);
  const auto chosen = draft("students chosen", students.id, product);
  draft("students newer", students.id, product);
  draft("parents old", parents.id, product);
  draft("parents new", parents.id, product);
  draft("elsewhere", parents.id, other);
  REQUIRE(drafts.setWorking(chosen));
  REQUIRE(drafts.create({.productId = product, .field = "title", .text = "a title", .personaId = students.id}));

  auto versions = personaVersions(*f.db, product, "description");
  REQUIRE(versions);
  REQUIRE(versions->size() == 3);
  CHECK((*versions)[0].persona.empty());
  CHECK((*versions)[0].text == "plain");
  CHECK((*versions)[1].persona == "parents");
  CHECK((*versions)[1].text == "parents new");
  CHECK((*versions)[2].persona == "students");
  CHECK((*versions)[2].text == "students chosen");
}

TEST_CASE("a persona's name holds no comma: --personas separates names with them") {
  Fixture f;
  Persona p;
  p.name = "students, budget";
  auto refused = f.personas.add(p);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().id == "persona.name-has-comma");
  CHECK(f.personas.list()->empty());
}
