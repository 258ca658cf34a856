// saveWorkingCopy: the copy editor's Save / Submit for review and `copydesk-cli edit`.
#include <catch2/catch.hpp>

#include "core/review/working_copy.h"
#include "core/store/review_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

TEST_CASE("text written by hand with no draft yet becomes the field's working copy") {
  ExportFixture f;
  const std::int64_t tea = f.product("tea-1", "西湖龙井");
  auto saved = saveWorkingCopy(*f.db, {.productId = tea, .field = "title", .text = "明前龙井", .author = "wendy"});
  REQUIRE(saved);
  CHECK(saved->productId == tea);
  CHECK(saved->field == "title");
  CHECK(saved->text == "明前龙井");
  CHECK(saved->author == "wendy");
  CHECK(saved->status == DraftStatus::Draft);
  auto stored = DraftStore(*f.db).get(saved->id);
  REQUIRE(stored);
  CHECK((*stored)->isWorking);
}

TEST_CASE("saving changed text makes a new version; the same text writes nothing") {
  ExportFixture f;
  const std::int64_t id = f.draft(f.product("tea-1", "西湖龙井"), "title", "龙井");
  auto same = saveWorkingCopy(*f.db, {.draftId = id, .text = "龙井"});
  REQUIRE(same);
  CHECK(DraftStore(*f.db).history(id).value().size() == 1);

  auto edited = saveWorkingCopy(*f.db, {.draftId = id, .text = "明前龙井", .author = "wendy"});
  REQUIRE(edited);
  CHECK(edited->text == "明前龙井");
  auto history = DraftStore(*f.db).history(id);
  REQUIRE(history);
  REQUIRE(history->size() == 2);
  CHECK(history->back().author == "wendy");
}

TEST_CASE("save then submit moves the draft to review; an edit of approved text needs approval again") {
  ExportFixture f;
  const std::int64_t tea = f.product("tea-1", "西湖龙井");
  const std::int64_t approved = f.approved(tea, "title", "龙井");
  auto resubmitted = saveWorkingCopy(*f.db, {.draftId = approved, .text = "明前龙井", .submit = true, .author = "wendy"});
  REQUIRE(resubmitted);
  CHECK(resubmitted->status == DraftStatus::Submitted);
  CHECK(resubmitted->text == "明前龙井");
  auto reviews = ReviewStore(*f.db).forDraft(approved);
  REQUIRE(reviews);
  CHECK(reviews->back().action == "submit");
  CHECK(reviews->back().text == "明前龙井");

  // Unchanged text is submitted as it is.
  const std::int64_t fresh = f.draft(tea, "description", "清香");
  auto submitted = saveWorkingCopy(*f.db, {.draftId = fresh, .text = "清香", .submit = true});
  REQUIRE(submitted);
  CHECK(submitted->status == DraftStatus::Submitted);
  CHECK(DraftStore(*f.db).history(fresh).value().size() == 1);
}

TEST_CASE("a refused submission saves nothing either") {
  ExportFixture f;
  const std::int64_t tea = f.product("tea-1", "西湖龙井");
  const std::int64_t id = f.draft(tea, "title", "龙井");
  REQUIRE(ReviewService(*f.db).submit(id, "wendy"));
  // Already in review: the new text is not kept, and the draft stays submitted with its old text.
  auto refused = saveWorkingCopy(*f.db, {.draftId = id, .text = "   ", .submit = true});
  CHECK_FALSE(refused);
  auto stored = DraftStore(*f.db).get(id);
  REQUIRE(stored);
  CHECK((*stored)->text == "龙井");
  CHECK((*stored)->status == DraftStatus::Submitted);
  CHECK(DraftStore(*f.db).history(id).value().size() == 1);

  auto gone = saveWorkingCopy(*f.db, {.draftId = id + 100, .text = "x"});
  REQUIRE_FALSE(gone);
  CHECK(gone.error().code == ErrorCode::NotFound);
}
