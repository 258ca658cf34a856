// approveMany: the review page's "Approve selected…" and `copydesk-cli review ID… --approve`,
// one outcome per draft: approved, needs an override (with the findings), refused (with why).
#include <catch2/catch.hpp>

#include "core/review/bulk_approval.h"
#include "core/store/audit_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

namespace {

std::shared_ptr<const RuleBook> shippedBook(const test::TempDir& emptyUserDir) {
  RuleBookLoad load = loadRuleBook(shippedRulesDir(), emptyUserDir.path());
  REQUIRE(load.problems.empty());
  return load.book;
}

std::int64_t submitted(ExportFixture& f, std::int64_t product, const std::string& field, const std::string& text) {
  const std::int64_t id = f.draft(product, field, text);
  REQUIRE(ReviewService(*f.db).submit(id, "wendy"));
  return id;
}

const std::string kClean = "明前龙井，豆香清雅，适合日常冲泡。";
const std::string kBanned = "全网第一的龙井，口感无与伦比。";

}  // namespace

TEST_CASE("a bulk approval says per draft: approved, needs an override, or refused and why") {
  ExportFixture f;
  test::TempDir userRules;
  auto book = shippedBook(userRules);
  const std::int64_t tea = f.product("tea-1", "西湖龙井");
  const std::int64_t cup = f.product("cup-1", "保温杯");
  const std::int64_t clean = submitted(f, tea, "description", kClean);
  const std::int64_t banned = submitted(f, cup, "description", kBanned);
  const std::int64_t unsubmitted = f.draft(tea, "title", "龙井");
  const std::int64_t gone = unsubmitted + 1000;

  auto outcomes = approveMany(*f.db, *book, {.draftIds = {banned, clean, unsubmitted, gone}, .reviewer = "rita"});
  REQUIRE(outcomes);
  REQUIRE(outcomes->size() == 4);
  const DraftApproval& needs = (*outcomes)[0];
  CHECK(needs.draftId == banned);
  CHECK(needs.outcome == BulkOutcome::NeedsOverride);
  REQUIRE_FALSE(needs.findings.empty());
  CHECK(needs.findings.front().rule == "cn-ad-law.absolute");
  CHECK_FALSE(needs.draft);

  const DraftApproval& approved = (*outcomes)[1];
  CHECK(approved.outcome == BulkOutcome::Approved);
  REQUIRE(approved.draft);
  CHECK(approved.draft->id == clean);
  CHECK(approved.draft->status == DraftStatus::Approved);
  CHECK(approved.draft->sku == "tea-1");
  CHECK(approved.draft->text.empty());  // read back without texts: a whole queue may be approved
  CHECK(approved.findings.empty());

  CHECK((*outcomes)[2].outcome == BulkOutcome::Refused);
  REQUIRE((*outcomes)[2].error);
  CHECK((*outcomes)[2].error->message.find("submit") != std::string::npos);
  CHECK((*outcomes)[3].outcome == BulkOutcome::Refused);
  CHECK((*outcomes)[3].error);

  // Only the clean draft moved; the refusals undid nothing else.
  CHECK(f.status(clean) == DraftStatus::Approved);
  CHECK(f.status(banned) == DraftStatus::Submitted);
  CHECK(f.status(unsubmitted) == DraftStatus::Draft);
  auto entries = AuditStore(*f.db).list({.entity = "draft", .entityId = clean});
  REQUIRE(entries);
  CHECK(entries->back().action == "approve");
  CHECK(entries->back().actor == "rita");
}

TEST_CASE("a bulk approval with an override reason approves past the errors, each audited") {
  ExportFixture f;
  test::TempDir userRules;
  auto book = shippedBook(userRules);
  const std::int64_t a = submitted(f, f.product("tea-1", "西湖龙井"), "description", kBanned);
  const std::int64_t b = submitted(f, f.product("tea-2", "碧螺春"), "description", kBanned);

  auto outcomes = approveMany(*f.db, *book, {.draftIds = {a, b}, .overrideReason = "cleared by legal", .reviewer = "rita"});
  REQUIRE(outcomes);
  for (const DraftApproval& one : *outcomes) {
    CHECK(one.outcome == BulkOutcome::Approved);
    CHECK_FALSE(one.findings.empty());  // the findings overridden
    CHECK(f.status(one.draftId) == DraftStatus::Approved);
    auto entries = AuditStore(*f.db).list({.entity = "draft", .entityId = one.draftId});
    REQUIRE(entries);
    CHECK(entries->back().detail.value("override_reason", "") == "cleared by legal");
  }
}
