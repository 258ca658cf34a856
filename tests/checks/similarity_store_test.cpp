// findSimilar over a real SQLite store: which drafts and descriptions take part, and how they are named.
#include <catch2/catch.hpp>

#include <set>

#include "core/checks/similarity/similar_texts.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

const std::string kCopy =
    "Brewed in Yixing clay, this teapot holds 350 ml and pours without a drip, season after season, "
    "and the lid sits snug on its rim.";
const std::string kOther =
    "A bamboo cutting board, oiled by hand, with a juice groove all round and rubber feet that keep it "
    "still on a wet counter.";

struct Store {
  test::TempDir dir;
  std::unique_ptr<Database> db = std::move(Database::open(dir / "s.db")).value();

  std::int64_t product(const std::string& sku, const std::string& description) {
    Product p;
    p.sku = sku;
    p.title = sku;
    p.description = description;
    return ProductStore(*db).upsert(p)->id;
  }
  std::int64_t draft(std::int64_t productId, const std::string& text, int variant = 0) {
    return DraftStore(*db).create({.productId = productId, .field = "description", .variant = variant, .text = text})->id;
  }
};

}  // namespace

TEST_CASE("findSimilar compares every draft but rejected ones with every catalog description") {
  Store s;
  const std::int64_t pot = s.product("POT-1", kCopy);                 // the catalog's copy
  const std::int64_t kettle = s.product("KETTLE-2", kOther);
  const std::int64_t board = s.product("BOARD-3", "");                 // no description
  const std::int64_t kettleDraft = s.draft(kettle, kCopy + " For the kettle too.");
  const std::int64_t ownDraft = s.draft(pot, kCopy + " Ours.");        // the pot's own: never a pair with POT-1
  const std::int64_t rejected = s.draft(board, kCopy + " Rejected.");
  REQUIRE(DraftStore(*s.db).setStatus(rejected, DraftStatus::Rejected));
  const std::int64_t edited = s.draft(board, kOther);
  REQUIRE(DraftStore(*s.db).editText(edited, kCopy + " Edited for the board.", "ann"));  // its current text counts
  REQUIRE(DraftStore(*s.db).setStatus(edited, DraftStatus::Approved));

  auto found = findSimilar(*s.db);
  REQUIRE(found);
  std::set<std::pair<std::string, std::string>> names;
  auto name = [](const SimilarItem& item) {
    return item.draftId > 0 ? "draft " + std::to_string(item.draftId) : "catalog " + item.sku;
  };
  for (const SimilarPair& pair : *found) {
    names.insert({name(pair.a), name(pair.b)});
    CHECK(pair.similarity >= 0.7);
    CHECK_FALSE(pair.passage.empty());
    for (const SimilarItem* item : {&pair.a, &pair.b}) {
      CHECK(item->draftId != rejected);
      CHECK(item->field == "description");
      CHECK(item->sku == (item->productId == pot ? "POT-1" : item->productId == kettle ? "KETTLE-2" : "BOARD-3"));
    }
  }
  const std::string k = "draft " + std::to_string(kettleDraft);
  const std::string o = "draft " + std::to_string(ownDraft);
  const std::string e = "draft " + std::to_string(edited);
  // Drafts come before descriptions, in id order, so they are `a`.
  const std::set<std::pair<std::string, std::string>> expected = {
      {k, o}, {k, e}, {o, e}, {k, "catalog POT-1"}, {e, "catalog POT-1"}};
  CHECK(names == expected);
}

TEST_CASE("findSimilar reads only what it is asked to, and only long enough texts") {
  Store s;
  const std::int64_t a = s.product("A", kCopy);
  s.product("B", kCopy + " B.");
  s.draft(a, kOther);
  const std::int64_t c = s.product("C", "");
  s.draft(c, kOther + " C.");

  SimilarOptions descriptions;
  descriptions.drafts = false;
  auto catalog = findSimilar(*s.db, descriptions);
  REQUIRE(catalog);
  REQUIRE(catalog->size() == 1);
  CHECK(catalog->front().a.sku == "A");
  CHECK(catalog->front().b.sku == "B");

  SimilarOptions drafts;
  drafts.descriptions = false;
  auto written = findSimilar(*s.db, drafts);
  REQUIRE(written);
  REQUIRE(written->size() == 1);
  CHECK(written->front().a.draftId > 0);
  CHECK(written->front().b.draftId > 0);

  SimilarOptions longOnly;
  longOnly.minLength = 200;
  auto none = findSimilar(*s.db, longOnly);
  REQUIRE(none);
  CHECK(none->empty());

  SimilarOptions bad;
  bad.threshold = 2;
  auto refused = findSimilar(*s.db, bad);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::InvalidInput);
}
