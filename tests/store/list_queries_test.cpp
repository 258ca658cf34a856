// The queries the studio's lists page in through (products table, review filters): core functions
// returning plain rows, so the studio's models hold no SQL.
#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/export_store.h"
#include "core/store/product_list_row.h"
#include "core/store/product_store.h"
#include "core/store/product_titles.h"
#include "core/store/question_store.h"
#include "core/store/review_filter_choices.h"
#include "core/store/template_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

struct Store {
  test::TestStore store{"l.db"};
  std::unique_ptr<Database> db = store.openOrFail();

  std::int64_t product(const std::string& sku, const std::string& title, int variants = 0) {
    Product p;
    p.sku = sku;
    p.title = title;
    p.category = "Tea";
    for (int i = 0; i < variants; ++i) p.variants.push_back(Variant{.sku = sku + "-" + std::to_string(i)});
    return ProductStore(*db).upsert(p).value().id;
  }
  std::int64_t draft(std::int64_t product, DraftStatus status, const std::string& author = "ann") {
    auto made = DraftStore(*db).create({.productId = product, .field = "title", .text = "t", .author = author});
    REQUIRE(made);
    if (status != DraftStatus::Draft) REQUIRE(DraftStore(*db).setStatus(made->id, status));
    return made->id;
  }
};

}  // namespace

TEST_CASE("product list rows come one per id in the order asked for, a missing id as a bare row") {
  Store s;
  const auto a = s.product("A", "Longjing", 2);
  const auto b = s.product("B", "Oolong");
  const std::int64_t gone = b + 100;
  const std::vector<std::int64_t> ids{b, gone, a};
  auto rows = loadProductListRows(*s.db, ids);
  REQUIRE(rows);
  REQUIRE(rows->size() == 3);
  CHECK((*rows)[0].id == b);
  CHECK((*rows)[0].sku == "B");
  CHECK((*rows)[0].variants == 0);
  CHECK((*rows)[1].id == gone);
  CHECK((*rows)[1].sku.empty());
  CHECK((*rows)[2].title == "Longjing");
  CHECK((*rows)[2].category == "Tea");
  CHECK((*rows)[2].variants == 2);
  CHECK(loadProductListRows(*s.db, std::vector<std::int64_t>{}).value().empty());
}

TEST_CASE("a product's copy status is its most advanced draft's; rejected counts as a draft") {
  Store s;
  const auto none = s.product("N", "none");
  const auto rejected = s.product("R", "rejected");
  s.draft(rejected, DraftStatus::Rejected);
  const auto review = s.product("S", "in review");
  s.draft(review, DraftStatus::Draft);
  s.draft(review, DraftStatus::Submitted);
  const auto approved = s.product("P", "approved");
  s.draft(approved, DraftStatus::Submitted);
  const auto approvedDraft = s.draft(approved, DraftStatus::Approved);
  const auto exported = s.product("E", "exported");
  const auto exportedDraft = s.draft(exported, DraftStatus::Approved);
  // Exported is derived from an export that carried the approved draft.
  REQUIRE(ExportStore(*s.db).record({.layout = "shopify", .path = "out.csv", .mode = "upload"}, {exportedDraft}));
  (void)approvedDraft;

  const std::vector<std::int64_t> ids{none, rejected, review, approved, exported};
  auto rows = loadProductListRows(*s.db, ids);
  REQUIRE(rows);
  CHECK((*rows)[0].status == CopyStatus::None);
  CHECK((*rows)[1].status == CopyStatus::Draft);
  CHECK((*rows)[2].status == CopyStatus::InReview);
  CHECK((*rows)[3].status == CopyStatus::Approved);
  CHECK((*rows)[4].status == CopyStatus::Exported);
}

TEST_CASE("answers to customer questions do not decide a product's copy status (issue 14)") {
  Store s;
  auto answer = [&](std::int64_t product, const std::string& question, DraftStatus status) {
    auto questionId = QuestionStore(*s.db).add({.productId = product, .text = question, .key = question});
    REQUIRE(questionId);
    NewDraft d{.productId = product, .field = "answer", .text = "a", .author = "ann"};
    d.questionId = *questionId;
    auto made = DraftStore(*s.db).create(d);
    REQUIRE(made);
    REQUIRE(DraftStore(*s.db).setStatus(made->id, status));
  };
  const auto onlyAnswer = s.product("TEA-LJ-001", "only an approved answer");
  answer(onlyAnswer, "is it organic", DraftStatus::Approved);
  const auto draftCopy = s.product("TEA-LJ-002", "copy in draft, an answer approved");
  s.draft(draftCopy, DraftStatus::Draft);
  answer(draftCopy, "how much caffeine", DraftStatus::Approved);

  auto rows = loadProductListRows(*s.db, std::vector<std::int64_t>{onlyAnswer, draftCopy});
  REQUIRE(rows);
  CHECK((*rows)[0].status == CopyStatus::None);
  CHECK((*rows)[1].status == CopyStatus::Draft);
}

TEST_CASE("product titles are read by id in one go, unknown ids left out") {
  Store s;
  const auto a = s.product("A", "Longjing");
  const auto b = s.product("B", "碧螺春");
  const std::vector<std::int64_t> ids{a, b, a, b + 7};
  auto titles = productTitles(*s.db, ids);
  REQUIRE(titles);
  CHECK(titles->size() == 2);
  CHECK(titles->at(a) == "Longjing");
  CHECK(titles->at(b) == "碧螺春");
}

TEST_CASE("review filter choices list templates, channels and writers, each sorted and once") {
  Store s;
  TemplateStore templates(*s.db);
  PromptTemplate amazon{.name = "zeta", .userPart = "x", .channel = "amazon"};
  REQUIRE(templates.save(amazon));
  PromptTemplate shop{.name = "alpha", .userPart = "x", .channel = "shopify"};
  REQUIRE(templates.save(shop));
  shop.channel = "";
  REQUIRE(templates.save(shop));  // a version without a channel adds none
  const auto p = s.product("A", "Longjing");
  s.draft(p, DraftStatus::Draft, "wendy");
  s.draft(p, DraftStatus::Draft, "bob");
  s.draft(p, DraftStatus::Draft, "wendy");

  auto choices = loadReviewFilterChoices(*s.db);
  REQUIRE(choices);
  CHECK(choices->templates == std::vector<std::string>{"alpha", "zeta"});
  CHECK(choices->channels == std::vector<std::string>{"amazon", "shopify"});
  CHECK(choices->writers == std::vector<std::string>{"bob", "wendy"});
}
