#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/export/exporter.h"
#include "core/review/review_service.h"
#include "core/review/reviewer_name.h"
#include "core/store/audit_store.h"
#include "core/store/review_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

TEST_CASE("submit then approve records who, when, the comment and the exact text") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.draft(product, "description", "明前龙井，清香。");
  ReviewService service(*f.db);
  auto submitted = service.submit(id, "wendy");
  REQUIRE(submitted);
  CHECK(submitted->status == DraftStatus::Submitted);
  auto approved = service.approve(id, "good", "rita");
  REQUIRE(approved);
  CHECK(approved->status == DraftStatus::Approved);
  CHECK(f.status(id) == DraftStatus::Approved);

  auto reviews = ReviewStore(*f.db).forDraft(id);
  REQUIRE(reviews);
  REQUIRE(reviews->size() == 2);
  CHECK((*reviews)[0].action == "submit");
  CHECK((*reviews)[0].fromStatus == "draft");
  CHECK((*reviews)[0].toStatus == "submitted");
  CHECK((*reviews)[0].reviewer == "wendy");
  CHECK((*reviews)[1].action == "approve");
  CHECK((*reviews)[1].reviewer == "rita");
  CHECK((*reviews)[1].comment == "good");
  CHECK((*reviews)[1].text == "明前龙井，清香。");
  CHECK_FALSE((*reviews)[1].createdAt.empty());

  auto audit = AuditStore(*f.db).list({.entity = "draft", .entityId = id});
  REQUIRE(audit);
  REQUIRE(audit->size() == 2);
  CHECK((*audit)[0].action == "submit");
  CHECK((*audit)[1].action == "approve");
  CHECK((*audit)[1].actor == "rita");
  CHECK((*audit)[1].detail["from"] == "submitted");
  CHECK((*audit)[1].detail["to"] == "approved");
  CHECK((*audit)[1].detail["sku"] == "tea-1");
  CHECK((*audit)[1].detail["field"] == "description");
}

TEST_CASE("illegal transitions are refused with a readable error and change nothing") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.draft(product, "title", "West Lake Longjing");
  ReviewService service(*f.db);

  auto unseen = service.approve(id, "", "rita");
  REQUIRE_FALSE(unseen);
  CHECK(unseen.error().code == ErrorCode::InvalidInput);
  CHECK_THAT(unseen.error().describe(), Catch::Contains("draft " + std::to_string(id)) &&
                                            Catch::Contains("submit it for review first"));
  CHECK(f.status(id) == DraftStatus::Draft);

  auto notSubmitted = service.reject(id, "too short", "rita");
  REQUIRE_FALSE(notSubmitted);
  CHECK_THAT(notSubmitted.error().message, Catch::Contains("cannot reject"));

  REQUIRE(service.submit(id, "wendy"));
  auto twice = service.submit(id, "wendy");
  REQUIRE_FALSE(twice);
  CHECK_THAT(twice.error().message, Catch::Contains("cannot submit"));

  auto noComment = service.reject(id, "  ", "rita");
  REQUIRE_FALSE(noComment);
  CHECK_THAT(noComment.error().message, Catch::Contains("needs a comment"));
  CHECK(f.status(id) == DraftStatus::Submitted);

  REQUIRE(service.approve(id, "", "rita"));
  auto again = service.approve(id, "", "rita");
  REQUIRE_FALSE(again);
  CHECK_THAT(again.error().message, Catch::Contains("already"));

  auto missing = service.submit(999999, "wendy");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::NotFound);

  const auto blank = f.draft(product, "faq", "  \n ");
  CHECK_FALSE(service.submit(blank, "wendy"));
  // Only the successful decisions were recorded.
  CHECK(ReviewStore(*f.db).forDraft(id)->size() == 2);
}

TEST_CASE("a rejection goes back to the writer with its comment and can be resubmitted after an edit") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.draft(product, "title", "Best tea ever!!!");
  ReviewService service(*f.db);
  REQUIRE(service.submit(id, "wendy"));
  auto rejected = service.reject(id, "no superlatives", "rita");
  REQUIRE(rejected);
  CHECK(rejected->status == DraftStatus::Rejected);
  auto reviews = ReviewStore(*f.db).forDraft(id).value();
  CHECK(reviews.back().comment == "no superlatives");
  CHECK(reviews.back().text == "Best tea ever!!!");
  auto edited = service.edit(id, "West Lake Longjing green tea", "wendy");
  REQUIRE(edited);
  CHECK(edited->status == DraftStatus::Rejected);
  REQUIRE(service.submit(id, "wendy"));
  REQUIRE(service.approve(id, "", "rita"));
}

TEST_CASE("rejecting approved text is an override in the audit trail") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.approved(product, "title", "Longjing");
  ReviewService service(*f.db);
  REQUIRE(service.reject(id, "legal asked to pull it", "boss"));
  CHECK(f.status(id) == DraftStatus::Rejected);
  auto audit = AuditStore(*f.db).list({.entity = "draft", .entityId = id}).value();
  CHECK(audit.back().action == "reject");
  CHECK(audit.back().detail["override"] == true);
  CHECK(audit.back().detail["comment"] == "legal asked to pull it");
}

TEST_CASE("approving a second draft supersedes the first; the export takes the latest approval") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto first = f.approved(product, "title", "First title");
  const auto second = f.approved(product, "title", "Second title");
  CHECK(f.status(first) == DraftStatus::Draft);
  CHECK(f.status(second) == DraftStatus::Approved);
  auto firstReviews = ReviewStore(*f.db).forDraft(first).value();
  REQUIRE(firstReviews.size() == 3);  // submit, approve and the supersede: its history is kept
  CHECK(firstReviews[1].action == "approve");
  CHECK(firstReviews[2].action == "supersede");
  CHECK(firstReviews[2].comment == "superseded by draft " + std::to_string(second));

  ExportOptions options;
  options.format = ExportFormat::Generic;
  auto preview = Exporter(*f.db).preview(options);
  REQUIRE(preview);
  REQUIRE(preview->firstRows.size() == 1);
  CHECK(preview->firstRows[0] == std::vector<std::string>{"tea-1", "Second title"});
}

TEST_CASE("editing approved text makes a new version that needs approval again") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.approved(product, "description", "Approved text");
  ReviewService service(*f.db);
  auto edited = service.edit(id, "Changed after approval", "wendy");
  REQUIRE(edited);
  CHECK(edited->status == DraftStatus::Draft);
  CHECK_FALSE(service.approve(id, "", "rita"));  // must be submitted again first
  auto reviews = ReviewStore(*f.db).forDraft(id).value();
  CHECK(reviews.back().action == "edit");
  CHECK(reviews.back().fromStatus == "approved");
  CHECK(reviews.back().toStatus == "draft");
  CHECK(reviews.back().text == "Changed after approval");
  auto audit = AuditStore(*f.db).list({.entity = "draft", .entityId = id}).value();
  CHECK(audit.back().action == "edit");

  // Nothing approved any more: the export leaves the field out and says why.
  ExportOptions options;
  auto preview = Exporter(*f.db).preview(options);
  REQUIRE(preview);
  CHECK(preview->rows == 0);
  bool warned = false;
  for (const auto& w : preview->warnings) warned = warned || (w.kind == ExportWarning::Kind::Unapproved && w.sku == "tea-1");
  CHECK(warned);
}

TEST_CASE("exported copy edited and approved again reads approved until the next export") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.approved(product, "title", "First title");
  ExportOptions options;
  options.out = f.dir / "one.csv";
  REQUIRE(Exporter(*f.db).run(options));
  CHECK(f.status(id) == DraftStatus::Exported);
  ReviewService service(*f.db);
  auto edited = service.edit(id, "Second title", "wendy");
  REQUIRE(edited);
  CHECK(edited->status == DraftStatus::Draft);
  CHECK(ReviewStore(*f.db).forDraft(id).value().back().fromStatus == "exported");
  REQUIRE(service.submit(id, "wendy"));
  REQUIRE(service.approve(id, "", "rita"));
  CHECK(f.status(id) == DraftStatus::Approved);  // the earlier export held the earlier text
  options.out = f.dir / "two.csv";
  REQUIRE(Exporter(*f.db).run(options));
  CHECK(f.status(id) == DraftStatus::Exported);

  // A newer approval supersedes the exported draft: it goes back to draft, audited as exported.
  const auto newer = f.approved(product, "title", "Third title");
  CHECK(f.status(id) == DraftStatus::Draft);
  CHECK(f.status(newer) == DraftStatus::Approved);
  auto reviews = ReviewStore(*f.db).forDraft(id).value();
  CHECK(reviews.back().action == "supersede");
  CHECK(reviews.back().fromStatus == "exported");
  // And rejecting exported copy is still an override.
  options.out = f.dir / "three.csv";
  REQUIRE(Exporter(*f.db).run(options));
  REQUIRE(f.status(newer) == DraftStatus::Exported);
  auto rejected = service.reject(newer, "wrong tea", "rita");
  REQUIRE(rejected);
  CHECK(f.status(newer) == DraftStatus::Rejected);
  CHECK(ReviewStore(*f.db).forDraft(newer).value().back().fromStatus == "exported");
}

TEST_CASE("the reviewer name comes from the argument, else the setting, else the user") {
  ExportFixture f;
  CHECK(reviewerName(*f.db, "explicit") == "explicit");
  ::setenv("COPYDESK_USER", "env-user", 1);
  CHECK(reviewerName(*f.db) == "env-user");
  REQUIRE(f.db->exec("INSERT INTO settings (key, value) VALUES ('reviewer_name', 'Setting Name')"));
  CHECK(reviewerName(*f.db) == "Setting Name");
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.draft(product, "title", "x");
  REQUIRE(ReviewService(*f.db).submit(id));
  CHECK(ReviewStore(*f.db).forDraft(id)->back().reviewer == "Setting Name");
  ::unsetenv("COPYDESK_USER");
}
