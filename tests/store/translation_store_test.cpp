// Translations in the store (issue 14), on SQLite and on PostgreSQL (store_pg_tests): language, source
// draft and the source's text version, outdated once the source changes, a batch slot per source and
// language, and working copies and approvals kept per language.
#include <catch2/catch.hpp>

#include "core/store/batch_store.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/review_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

struct Fixture {
  test::TestStore store{"translations.db"};
  std::unique_ptr<Database> db = store.openOrFail();
  DraftStore drafts{*db};
  std::int64_t productId = 0;

  Fixture() {
    Product p;
    p.sku = "TEA-1";
    p.title = "Longjing";
    productId = ProductStore(*db).upsert(p)->id;
  }
  Draft source(const std::string& text) {
    auto d = drafts.create({.productId = productId, .field = "description", .text = text, .author = "ann"});
    REQUIRE(d);
    return *d;
  }
  std::int64_t lastEdit(std::int64_t id) { return drafts.history(id)->back().id; }
  Result<Draft> translation(const Draft& from, const std::string& language, std::optional<std::int64_t> batch = {}) {
    return drafts.create({.productId = productId, .field = from.field, .batchId = batch, .model = "m",
                          .text = from.text + " [" + language + "]", .author = "ann", .language = language,
                          .sourceDraftId = from.id, .sourceEditId = lastEdit(from.id)});
  }
};

}  // namespace

TEST_CASE("a translation remembers its language and source, and is outdated once the source is edited") {
  Fixture f;
  const Draft a = f.source("Pan-fired by hand.");
  const Draft b = f.source("Picked before Qingming.");
  auto de = f.translation(a, "de");
  REQUIRE(de);
  CHECK(de->language == "de");
  CHECK(de->sourceDraftId == a.id);
  CHECK(de->sourceEditId == f.lastEdit(a.id));
  CHECK_FALSE(de->outdated);
  auto ja = f.translation(b, "ja");
  REQUIRE(ja);
  CHECK(a.language.empty());
  CHECK_FALSE(a.sourceDraftId);

  REQUIRE(f.drafts.editText(a.id, "Pan-fired by hand in Hangzhou.", "ann"));
  CHECK(f.drafts.get(de->id).value()->outdated);
  CHECK_FALSE(f.drafts.get(ja->id).value()->outdated);
  // A status change is no new text: the translation stays current.
  REQUIRE(f.drafts.setStatus(b.id, DraftStatus::Approved));
  CHECK_FALSE(f.drafts.get(ja->id).value()->outdated);

  DraftQuery german;
  german.language = "de";
  auto found = f.drafts.list(german);
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  CHECK(found->front().id == de->id);
  DraftQuery own;
  own.language = "";
  CHECK(f.drafts.ids(own).value() == std::vector<std::int64_t>{a.id, b.id});
}

TEST_CASE("a batch holds one translation per source draft and language") {
  Fixture f;
  const Draft a = f.source("Pan-fired by hand.");
  const Draft b = f.source("Picked before Qingming.");
  auto batch = BatchStore(*f.db).create(std::nullopt, "description", Json::object());
  REQUIRE(batch);
  REQUIRE(f.translation(a, "de", batch->id));
  REQUIRE(f.translation(a, "ja", batch->id));
  REQUIRE(f.translation(b, "de", batch->id));  // same product, field and language, another source
  auto twice = f.translation(a, "de", batch->id);
  REQUIRE_FALSE(twice);
  CHECK(twice.error().id == "draft.slot-taken");
  auto filled = BatchStore(*f.db).filledSlots(batch->id);
  REQUIRE(filled);
  REQUIRE(filled->size() == 3);
  CHECK(filled->at(0).sourceDraftId == a.id);
  CHECK(filled->at(0).language == "de");
  CHECK(filled->at(1).language == "ja");
  CHECK(filled->at(2).sourceDraftId == b.id);
}

TEST_CASE("working copies and the last approval are kept per language") {
  Fixture f;
  const Draft a = f.source("Pan-fired by hand.");
  auto de = f.translation(a, "de");
  REQUIRE(de);
  REQUIRE(f.drafts.setWorking(a.id));
  REQUIRE(f.drafts.setWorking(de->id));
  CHECK(f.drafts.get(a.id).value()->isWorking);
  CHECK(f.drafts.get(de->id).value()->isWorking);

  ReviewStore reviews(*f.db);
  Review approval;
  approval.draftId = de->id;
  approval.action = "approve";
  approval.fromStatus = "submitted";
  approval.toStatus = "approved";
  approval.reviewer = "rita";
  approval.text = de->text;
  REQUIRE(reviews.add(approval));
  CHECK_FALSE(reviews.lastApproval(f.productId, "description").value());
  auto german = reviews.lastApproval(f.productId, "description", std::nullopt, "de");
  REQUIRE(german);
  REQUIRE(*german);
  CHECK((*german)->draftId == de->id);
}
