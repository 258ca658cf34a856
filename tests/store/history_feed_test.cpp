#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/history_feed.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

// Tea (a generation that made a draft, then an edit; a failed generation) and a cup (a draft
// written by hand, edited once).
struct HistoryFixture {
  test::TestStore store{"h.db"};
  std::unique_ptr<Database> db;
  std::int64_t tea = 0;
  std::int64_t cup = 0;
  std::int64_t okGeneration = 0;
  std::int64_t failedGeneration = 0;
  std::int64_t teaDraft = 0;
  std::int64_t templateVersionId = 0;

  HistoryFixture() {
    db = store.openOrFail();
    ProductStore products(*db);
    tea = products.upsert(Product{.sku = "TEA-1", .title = "西湖龙井"})->id;
    cup = products.upsert(Product{.sku = "CUP-1", .title = "Bamboo cup"})->id;
    PromptTemplate prompt;
    prompt.name = "description-zh";
    prompt.userPart = "v1";
    REQUIRE(TemplateStore(*db).save(prompt));
    prompt.userPart = "v2";
    templateVersionId = TemplateStore(*db).save(prompt)->id;

    GenerationStore generations(*db);
    Generation ok;
    ok.productId = tea;
    ok.templateVersionId = templateVersionId;
    ok.field = "description";
    ok.provider = "local";
    ok.model = "qwen2.5";
    ok.parameters = {{"temperature", 0.7}};
    ok.userPrompt = "写一段龙井的描述";
    ok.output = "龙井绿茶，清香怡人。";
    ok.inputTokens = 120;
    ok.outputTokens = 48;
    ok.cost = 0.0012;
    ok.latencyMs = 850;
    ok.startedAt = "2026-01-01T10:00:00.000Z";
    okGeneration = *generations.insert(ok);
    Generation failed = ok;
    failed.output.clear();
    failed.outcome = GenerationOutcome::Failed;
    failed.error = "HTTP 429: rate limited, retry later";
    failed.inputTokens.reset();
    failed.outputTokens.reset();
    failed.cost.reset();
    failed.startedAt = "2026-01-01T10:05:00.000Z";
    failedGeneration = *generations.insert(failed);

    DraftStore drafts(*db);
    teaDraft = drafts
                   .create({.productId = tea, .field = "description", .templateVersionId = templateVersionId,
                            .generationId = okGeneration, .model = "qwen2.5", .text = ok.output, .author = "ann"})
                   ->id;
    REQUIRE(drafts.editText(teaDraft, "龙井绿茶，清香怡人，回味甘甜。", "lin"));
    auto cupDraft = drafts.create({.productId = cup, .field = "title", .text = "Bamboo cup 350 ml", .author = "ann"});
    REQUIRE(drafts.editText(cupDraft->id, "Bamboo travel cup, 350 ml", "ann"));
  }
};

}  // namespace

TEST_CASE("a product's history lists its generations and every version of its drafts, newest first") {
  HistoryFixture f;
  auto history = listHistory(*f.db, {.productId = f.tea});
  REQUIRE(history);
  REQUIRE(history->size() == 4);
  const HistoryEntry& edited = (*history)[0];
  CHECK(edited.kind == HistoryKind::Edit);
  CHECK(edited.editNumber == 2);
  CHECK(edited.text == "龙井绿茶，清香怡人，回味甘甜。");
  CHECK(edited.author == "lin");
  CHECK(edited.draftId == f.teaDraft);
  CHECK(edited.generationId == f.okGeneration);
  // A draft always says which template version made it.
  CHECK(edited.templateName == "description-zh");
  CHECK(edited.templateVersion == 2);
  CHECK((*history)[1].kind == HistoryKind::Edit);
  CHECK((*history)[1].editNumber == 1);

  const HistoryEntry& failed = (*history)[2];
  CHECK(failed.kind == HistoryKind::Generation);
  CHECK(failed.id == f.failedGeneration);
  CHECK(failed.outcome == "failed");
  CHECK(failed.error == "HTTP 429: rate limited, retry later");
  CHECK_FALSE(failed.draftId);
  CHECK_FALSE(failed.cost);

  const HistoryEntry& ok = (*history)[3];
  CHECK(ok.id == f.okGeneration);
  CHECK(ok.outcome == "ok");
  CHECK(ok.draftId == f.teaDraft);  // the draft it made
  CHECK(ok.model == "qwen2.5");
  CHECK(ok.provider == "local");
  CHECK(ok.parameters.value("temperature", 0.0) == Approx(0.7));
  CHECK(ok.inputTokens == 120);
  CHECK(ok.outputTokens == 48);
  CHECK(ok.cost == Approx(0.0012));
  CHECK(ok.latencyMs == 850);
  CHECK(ok.templateVersionId == f.templateVersionId);
  CHECK(ok.templateVersion == 2);
  CHECK(ok.sku == "TEA-1");
  CHECK(ok.productTitle == "西湖龙井");
}

TEST_CASE("the catalog's history holds every product's entries") {
  HistoryFixture f;
  auto all = listHistory(*f.db);
  REQUIRE(all);
  CHECK(all->size() == 6);
  auto cup = listHistory(*f.db, {.productId = f.cup});
  REQUIRE(cup);
  REQUIRE(cup->size() == 2);
  CHECK((*cup)[0].text == "Bamboo travel cup, 350 ml");
  CHECK((*cup)[0].templateName.empty());
  auto limited = listHistory(*f.db, {.limit = 3});
  REQUIRE(limited);
  CHECK(limited->size() == 3);
  // A generation whose draft's versions are not listed still names its draft.
  Generation cleaned;
  cleaned.productId = f.cup;
  cleaned.field = "title";
  cleaned.output = "<think>…</think>Bamboo cup";
  auto generationId = GenerationStore(*f.db).insert(cleaned);
  REQUIRE(generationId);
  auto draft = DraftStore(*f.db).create({.productId = f.cup, .field = "title", .generationId = *generationId,
                                         .text = "Bamboo cup"});
  REQUIRE(draft);
  for (std::optional<std::int64_t> product : {std::optional<std::int64_t>(), std::optional<std::int64_t>(f.cup)}) {
    auto found = listHistory(*f.db, {.productId = product, .search = "</think>"});
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().kind == HistoryKind::Generation);
    CHECK(found->front().draftId == draft->id);
  }
}

TEST_CASE("history search finds text in any language, over every version and failure reasons") {
  HistoryFixture f;
  auto count = [&](const std::string& search, std::optional<std::int64_t> product = std::nullopt) {
    auto found = listHistory(*f.db, {.productId = product, .search = search});
    REQUIRE(found);
    return found->size();
  };
  CHECK(count("龙井") == 3);          // the generation's output and both versions of its draft
  CHECK(count("回味甘甜") == 1);      // only the edit
  CHECK(count("bamboo") == 2);        // ASCII ignores case
  CHECK(count("bamboo", f.tea) == 0);
  CHECK(count("rate limited") == 1);  // the failed generation's reason
  CHECK(count("%") == 0);             // LIKE wildcards are literal
  CHECK(count("350 ml", f.cup) == 2);
}
