// ExperimentStore and the use cases on it, on SQLite (experiment_store_tests) and on PostgreSQL
// (experiment_store_pg_tests): variants, refusals, results, removal, reports and rollups.
#include <catch2/catch.hpp>

#include "core/experiments/experiment_lifecycle.h"
#include "core/experiments/experiment_report.h"
#include "core/experiments/experiment_store.h"
#include "core/experiments/version_rollup.h"
#include "core/store/audit_store.h"
#include "core/store/persona_store.h"
#include "core/store/draft_store.h"
#include "tests/experiments/experiment_fixture.h"

using namespace copydesk;

namespace {

VariantResults counts(std::int64_t impressions, std::int64_t conversions, std::int64_t clicks = 0) {
  VariantResults r;
  r.impressions = impressions;
  r.conversions = conversions;
  r.clicks = clicks;
  r.source = "shop.csv";
  return r;
}

std::size_t experimentCount(Database& db) { return ExperimentStore(db).list()->size(); }

}  // namespace

TEST_CASE("drafts of one product's field become an experiment's labelled variants") {
  test::ExperimentFixture f;
  auto started = startExperiment(*f.db, {f.tea[1], f.tea[0]}, "ann");
  REQUIRE(started);
  const Experiment& e = *started;
  CHECK(e.sku == "TEA-1");
  CHECK(e.productTitle == "Longjing");
  CHECK(e.field == "description");
  REQUIRE(e.variants.size() == 2);
  // In the order given: A is the first draft named.
  CHECK(e.variants[0].draftId == f.tea[1]);
  CHECK(e.variants[0].label == "E" + std::to_string(e.id) + "-A");
  CHECK(e.variants[1].draftId == f.tea[0]);
  CHECK(e.variants[1].label == "E" + std::to_string(e.id) + "-B");
  CHECK(e.variants[0].templateName == "description-ab");
  CHECK(e.variants[0].templateVersion == 2);
  CHECK(e.variants[1].templateVersion == 1);
  CHECK(e.variants[0].templateVersionId == f.version2);
  CHECK_FALSE(e.variants[0].results);

  auto key = ExperimentStore(*f.db).variantByLabel(e.variants[1].label);
  REQUIRE(key);
  REQUIRE(*key);
  CHECK((*key)->draftId == f.tea[0]);
  CHECK((*key)->sku == "TEA-1");
  CHECK(ExperimentStore(*f.db).variantOfDraft(f.tea[1]).value()->label == e.variants[0].label);
  CHECK_FALSE(*ExperimentStore(*f.db).variantOfDraft(f.tea[2]));

  auto trail = AuditStore(*f.db).list({.entity = "experiment"});
  REQUIRE(trail);
  REQUIRE(trail->size() == 1);
  CHECK(trail->front().action == "start-experiment");
  CHECK(trail->front().entityId == e.id);
  CHECK(trail->front().detail["variants"].size() == 2);
}

TEST_CASE("an experiment is refused, and nothing written, unless its drafts can be compared") {
  test::ExperimentFixture f;
  const auto refused = [&](const std::vector<std::int64_t>& ids, const std::string& id) {
    auto started = startExperiment(*f.db, ids);
    REQUIRE_FALSE(started);
    CHECK(started.error().id == id);
    CHECK(started.error().code == ErrorCode::InvalidInput);
    return started.error().message;
  };
  CHECK(refused({f.tea[0]}, "experiment.too-few-variants") == "an experiment needs two or more drafts (got 1)");
  refused({f.tea[0], f.tea[0]}, "experiment.draft-twice");
  CHECK(refused({f.tea[0], 9999}, "experiment.draft-not-found") == "there is no draft 9999");
  CHECK(refused({f.tea[0], f.cup[0]}, "experiment.mixed-products") ==
        "draft " + std::to_string(f.tea[0]) + " is for TEA-1 and draft " + std::to_string(f.cup[0]) +
            " for CUP-2: an experiment's variants are of one product");
  refused({f.tea[0], f.teaTitle}, "experiment.mixed-fields");
  std::vector<std::int64_t> many(27);
  for (std::size_t i = 0; i < many.size(); ++i) many[i] = static_cast<std::int64_t>(1000 + i);
  refused(many, "experiment.too-many-variants");
  CHECK(experimentCount(*f.db) == 0);

  auto first = startExperiment(*f.db, {f.tea[0], f.tea[1]});
  REQUIRE(first);
  CHECK(refused({f.tea[1], f.tea[2]}, "experiment.draft-taken") ==
        "draft " + std::to_string(f.tea[1]) + " is already variant " + first->variants[1].label + " of an experiment");
  // The third draft alone with a new one of the same field: the field is taken.
  const std::int64_t fourth = f.draft(f.teaId, "description", f.version2, "Spring, in a cup.");
  CHECK(refused({f.tea[2], fourth}, "experiment.field-taken") ==
        "the description of TEA-1 already has experiment " + std::to_string(first->id) +
            ": remove it first to start another");
  CHECK(experimentCount(*f.db) == 1);
}

TEST_CASE("results replace what was stored; removing an experiment keeps its drafts") {
  test::ExperimentFixture f;
  auto e = startExperiment(*f.db, {f.tea[0], f.tea[1], f.tea[2]});
  REQUIRE(e);
  ExperimentStore store(*f.db);
  REQUIRE(store.putResults(f.tea[0], counts(1000, 30, 120)));
  REQUIRE(store.putResults(f.tea[0], counts(2000, 61, 240)));  // a newer cumulative report
  auto read = store.get(e->id);
  REQUIRE(read);
  REQUIRE(*read);
  const auto& results = (*read)->variants[0].results;
  REQUIRE(results);
  CHECK(results->impressions == 2000);
  CHECK(results->conversions == 61);
  CHECK(results->clicks == 240);
  CHECK(results->source == "shop.csv");
  CHECK_FALSE(results->revenue);
  CHECK_FALSE((*read)->variants[1].results);

  // The schema refuses impossible counts whatever a caller does.
  CHECK_FALSE(store.putResults(f.tea[1], counts(10, 11)));
  CHECK_FALSE(store.putResults(f.teaTitle, counts(10, 1)));  // not a variant

  REQUIRE(removeExperiment(*f.db, e->id, "ann"));
  CHECK(experimentCount(*f.db) == 0);
  CHECK(DraftStore(*f.db).get(f.tea[0]).value());  // the draft is still there
  auto gone = removeExperiment(*f.db, e->id);
  REQUIRE_FALSE(gone);
  CHECK(gone.error().code == ErrorCode::NotFound);
  // The field is free again, and the drafts can be variants again.
  REQUIRE(startExperiment(*f.db, {f.tea[1], f.tea[0]}));
  auto trail = AuditStore(*f.db).list({.entity = "experiment"});
  REQUIRE(trail->size() == 3);
  CHECK((*trail)[1].action == "remove-experiment");
}

TEST_CASE("experiments are listed by product, template or draft, in SKU and field order") {
  test::ExperimentFixture f;
  auto tea = startExperiment(*f.db, {f.tea[0], f.tea[1]});
  auto cup = startExperiment(*f.db, {f.cup[0], f.cup[1]});
  REQUIRE(tea);
  REQUIRE(cup);
  ExperimentStore store(*f.db);
  auto all = store.list();
  REQUIRE(all->size() == 2);
  CHECK((*all)[0].sku == "CUP-2");  // byte order of the SKU
  CHECK((*all)[1].sku == "TEA-1");
  CHECK(store.list({.productId = f.teaId})->front().id == tea->id);
  CHECK(store.list({.templateId = f.templateId})->size() == 2);
  CHECK(store.list({.templateId = f.templateId + 100})->empty());
  auto byDraft = store.list({.draftIds = {f.cup[1], f.tea[2]}});
  REQUIRE(byDraft->size() == 1);
  CHECK(byDraft->front().id == cup->id);
  REQUIRE(byDraft->front().variants.size() == 2);  // every variant of it, not only the one asked for
}

TEST_CASE("reports judge each experiment; rollups compare template versions") {
  test::ExperimentFixture f;
  auto tea = startExperiment(*f.db, {f.tea[0], f.tea[1]});
  auto cup = startExperiment(*f.db, {f.cup[0], f.cup[1]});
  ExperimentStore store(*f.db);
  // TEA-1: version 2 wins (20 % vs 25 %, p = 0.0074); CUP-2: 3 % vs 4.5 %, p = 0.077, no winner yet.
  REQUIRE(store.putResults(f.tea[0], counts(1000, 200)));
  REQUIRE(store.putResults(f.tea[1], counts(1000, 250)));
  REQUIRE(store.putResults(f.cup[0], counts(1000, 30)));
  REQUIRE(store.putResults(f.cup[1], counts(1000, 45)));
  auto reports = experimentReports(*f.db);
  REQUIRE(reports);
  REQUIRE(reports->size() == 2);
  const ExperimentReport& cupReport = (*reports)[0];
  const ExperimentReport& teaReport = (*reports)[1];
  CHECK(teaReport.winnerDraftId() == f.tea[1]);
  CHECK_THAT(*teaReport.verdict.pValue, Catch::Matchers::WithinRel(0.007419649261025672, 1e-9));
  CHECK(teaReport.variants[1].conversions.rate() == 0.25);
  CHECK(teaReport.variants[1].interval.low < 0.25);
  CHECK(teaReport.variants[1].interval.high > 0.25);
  CHECK_FALSE(cupReport.winnerDraftId());
  CHECK(cupReport.verdict.stillNeeded == 1518);

  const auto rollups = rollUpByTemplateVersion(*reports);
  REQUIRE(rollups.size() == 2);
  CHECK(rollups[0].templateVersion == 1);
  CHECK(rollups[0].experiments == 2);
  CHECK(rollups[0].decided == 1);
  CHECK(rollups[0].wins == 0);
  CHECK(rollups[0].pooled.successes == 230);
  CHECK(rollups[0].pooled.trials == 2000);
  CHECK(rollups[1].templateVersion == 2);
  CHECK(rollups[1].wins == 1);
  CHECK(rollups[1].pooled.successes == 295);
  const HeadToHead duel = headToHead(*reports, f.version2, f.version1);
  CHECK(duel.experiments == 2);
  CHECK(duel.a.successes == 295);
  CHECK(duel.b.successes == 230);
  REQUIRE(duel.test);
  CHECK(duel.test->z > 0);
  CHECK(duel.test->pValue < 0.01);
  CHECK(tea->id != cup->id);
}

TEST_CASE("rollups split by persona where the variants were written for personas") {
  test::ExperimentFixture f;
  auto gift = PersonaStore(*f.db).add({.name = "Gift buyers"});
  REQUIRE(gift);
  const auto forGifts = [&](std::int64_t version, const std::string& text) {
    auto created = DraftStore(*f.db).create({.productId = f.cupId, .field = "bullets", .templateVersionId = version,
                                             .model = "m", .text = text, .author = "ann", .personaId = gift->id});
    REQUIRE(created);
    return created->id;
  };
  const std::int64_t a = forGifts(f.version1, "- Keeps tea hot");
  const std::int64_t b = forGifts(f.version2, "- A gift that keeps tea hot");
  auto e = startExperiment(*f.db, {a, b, f.draft(f.cupId, "bullets", f.version2, "- Hot for 12 hours")});
  REQUIRE(e);
  CHECK(e->variants[0].persona == "Gift buyers");
  CHECK(e->variants[2].persona.empty());
  ExperimentStore store(*f.db);
  REQUIRE(store.putResults(a, counts(500, 20)));
  REQUIRE(store.putResults(b, counts(500, 35)));
  REQUIRE(store.putResults(e->variants[2].draftId, counts(500, 25)));
  auto reports = experimentReports(*f.db);
  REQUIRE(reports);
  const auto byVersion = rollUpByTemplateVersion(*reports);
  REQUIRE(byVersion.size() == 2);
  CHECK(byVersion[1].pooled.successes == 60);  // v2: both personas together
  const auto byPersona = rollUpByTemplateVersion(*reports, true);
  REQUIRE(byPersona.size() == 3);
  CHECK(byPersona[0].templateVersion == 1);
  CHECK(byPersona[0].persona == "Gift buyers");
  CHECK(byPersona[1].templateVersion == 2);
  CHECK(byPersona[1].persona.empty());
  CHECK(byPersona[1].pooled.successes == 25);
  CHECK(byPersona[2].persona == "Gift buyers");
  CHECK(byPersona[2].pooled.successes == 35);
}
