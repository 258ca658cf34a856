#include <catch2/catch.hpp>

#include "core/review/live_copy.h"
#include "core/review/review_context.h"
#include "core/review/review_service.h"
#include "core/store/review_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

TEST_CASE("the live copy of a field is the catalog's column of that name") {
  Product p;
  p.title = "Longjing";
  p.description = "<p>Spring tea</p>";
  p.attributes = {{"SEO Title", "Longjing | Tea shop"}, {"short-description", "Green tea"},
                  {"bullets", Json::array({"Hand picked", "West Lake"})}, {"weight", 250}};
  CHECK(liveCopy(p, "title") == "Longjing");
  CHECK(liveCopy(p, "description") == "<p>Spring tea</p>");
  CHECK(liveCopy(p, "seo_title") == "Longjing | Tea shop");
  CHECK(liveCopy(p, "short_description") == "Green tea");
  CHECK(liveCopy(p, "bullets") == "Hand picked\nWest Lake");
  CHECK(liveCopy(p, "weight") == "250");
  CHECK(liveCopy(p, "faq").empty());
}

TEST_CASE("a review context holds the live copy, the last approval of the field and the draft's history") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing", "Old description");
  const auto other = f.product("tea-2", "Biluochun", "Other description");
  ReviewService service(*f.db);

  auto fresh = loadReviewContext(*f.db, f.draft(product, "description", "First text"));
  REQUIRE(fresh);
  CHECK(fresh->productTitle == "Longjing");
  CHECK(fresh->liveText == "Old description");
  CHECK_FALSE(fresh->lastApproval);
  CHECK(fresh->history.empty());

  const auto first = f.approved(product, "description", "Approved text");
  f.approved(other, "description", "Another product's approval");
  const auto second = f.draft(product, "description", "New text");
  REQUIRE(service.submit(second, "wendy"));
  REQUIRE(service.reject(second, "too long", "rita"));
  REQUIRE(service.edit(second, "New, shorter text", "wendy"));
  REQUIRE(service.submit(second, "wendy"));

  auto context = loadReviewContext(*f.db, second);
  REQUIRE(context);
  CHECK(context->draft.text == "New, shorter text");
  CHECK(context->draft.status == DraftStatus::Submitted);
  REQUIRE(context->lastApproval);
  CHECK(context->lastApproval->draftId == first);
  CHECK(context->lastApproval->text == "Approved text");
  CHECK(context->lastApproval->reviewer == "rita");
  REQUIRE(context->history.size() == 3);  // submit, reject, submit: the edit of rejected text keeps its status
  CHECK(context->history[1].action == "reject");
  CHECK(context->history[1].comment == "too long");

  // Approved text edited afterwards: the last approval still shows the text as it was approved.
  REQUIRE(service.approve(second, "", "rita"));
  REQUIRE(service.edit(second, "Edited after approval", "wendy"));
  auto edited = loadReviewContext(*f.db, second);
  REQUIRE(edited);
  REQUIRE(edited->lastApproval);
  CHECK(edited->lastApproval->draftId == second);
  CHECK(edited->lastApproval->text == "New, shorter text");

  auto missing = loadReviewContext(*f.db, 9999);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::NotFound);
}
