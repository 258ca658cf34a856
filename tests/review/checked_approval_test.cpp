// Approval respects the checks: error findings need an override reason, which the audit keeps.
#include <catch2/catch.hpp>

#include "core/checks/check_summary_refresh.h"
#include "core/checks/check_summary_store.h"
#include "core/review/checked_approval.h"
#include "core/store/audit_store.h"
#include "core/store/review_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

namespace {

// The shipped rule sets only: a user's checks folder on this machine must not change the outcome.
std::shared_ptr<const RuleBook> shippedBook(const test::TempDir& emptyUserDir) {
  RuleBookLoad load = loadRuleBook(shippedRulesDir(), emptyUserDir.path());
  REQUIRE(load.problems.empty());
  return load.book;
}

std::int64_t submitted(ExportFixture& f, std::int64_t product, const std::string& text) {
  const std::int64_t id = f.draft(product, "description", text);
  REQUIRE(ReviewService(*f.db).submit(id, "wendy"));
  return id;
}

const std::string kClean = "明前龙井，豆香清雅，适合日常冲泡。";
const std::string kBanned = "全网第一的龙井，口感无与伦比。";

}  // namespace

TEST_CASE("a draft with error findings is not approved without an override reason") {
  ExportFixture f;
  test::TempDir userRules;
  auto book = shippedBook(userRules);
  const std::int64_t id = submitted(f, f.product("tea-1", "西湖龙井"), kBanned);

  auto refused = approveChecked(*f.db, *book, {.draftId = id, .reviewer = "rita"});
  REQUIRE(refused);
  CHECK_FALSE(refused->approved);
  REQUIRE_FALSE(refused->blocking.empty());
  for (const Finding& finding : refused->blocking) CHECK(finding.severity == Severity::Error);
  CHECK(refused->blocking.front().rule == "cn-ad-law.absolute");
  CHECK(f.status(id) == DraftStatus::Submitted);

  auto blank = approveChecked(*f.db, *book, {.draftId = id, .overrideReason = "  ", .reviewer = "rita"});
  REQUIRE(blank);
  CHECK_FALSE(blank->approved);
  CHECK(f.status(id) == DraftStatus::Submitted);
}

TEST_CASE("an override approves past the errors and the audit trail keeps the reason and the rules") {
  ExportFixture f;
  test::TempDir userRules;
  auto book = shippedBook(userRules);
  const std::int64_t id = submitted(f, f.product("tea-1", "西湖龙井"), kBanned);

  auto approved = approveChecked(
      *f.db, *book, {.draftId = id, .overrideReason = "registered slogan, cleared by legal", .reviewer = "rita"});
  REQUIRE(approved);
  REQUIRE(approved->approved);
  CHECK(approved->approved->status == DraftStatus::Approved);
  CHECK(f.status(id) == DraftStatus::Approved);

  auto entries = AuditStore(*f.db).list({.entity = "draft", .entityId = id});
  REQUIRE(entries);
  const AuditEntry& last = entries->back();
  CHECK(last.action == "approve");
  CHECK(last.actor == "rita");
  CHECK(last.detail.value("override", false));
  CHECK(last.detail.value("override_reason", "") == "registered slogan, cleared by legal");
  CHECK(last.detail["overridden_rules"].dump().find("cn-ad-law.absolute") != std::string::npos);
  auto reviews = ReviewStore(*f.db).forDraft(id);
  REQUIRE(reviews);
  CHECK(reviews->back().comment == "registered slogan, cleared by legal");
}

TEST_CASE("clean copy is approved at once and needs no override") {
  ExportFixture f;
  test::TempDir userRules;
  auto book = shippedBook(userRules);
  const std::int64_t id = submitted(f, f.product("tea-1", "西湖龙井"), kClean);
  auto approved = approveChecked(*f.db, *book, {.draftId = id, .reviewer = "rita"});
  REQUIRE(approved);
  REQUIRE(approved->approved);
  CHECK(approved->blocking.empty());
  auto entries = AuditStore(*f.db).list({.entity = "draft", .entityId = id});
  REQUIRE(entries);
  CHECK_FALSE(entries->back().detail.contains("override_reason"));
}

TEST_CASE("stored check summaries feed the queue's filter and go stale when the text changes") {
  ExportFixture f;
  test::TempDir userRules;
  auto book = shippedBook(userRules);
  const std::int64_t product = f.product("tea-1", "西湖龙井");
  const std::int64_t bad = f.draft(product, "description", kBanned);
  const std::int64_t good = f.draft(product, "description", kClean);
  const std::string fingerprint = fingerprintText(book->fingerprint);
  auto query = [&](WorstFinding worst) {
    auto ids = DraftStore(*f.db).ids({.worst = worst, .checksFingerprint = fingerprint});
    REQUIRE(ids);
    return *ids;
  };
  CHECK(query(WorstFinding::Unchecked) == std::vector<std::int64_t>{bad, good});

  auto checked = refreshCheckSummaries(*f.db, *book, 100);
  REQUIRE(checked);
  CHECK(*checked == 2);
  CHECK(*refreshCheckSummaries(*f.db, *book, 100) == 0);
  CHECK(query(WorstFinding::Error) == std::vector<std::int64_t>{bad});
  CHECK(query(WorstFinding::Unchecked).empty());
  auto summaries = CheckSummaryStore(*f.db, fingerprint).get({bad, good});
  REQUIRE(summaries);
  REQUIRE(summaries->size() == 2);
  CHECK((*summaries)[0].worst == Severity::Error);
  CHECK((*summaries)[0].errors >= 1);
  CHECK((*summaries)[0].firstError == "cn-ad-law.absolute");
  CHECK((*summaries)[1].errors == 0);

  REQUIRE(ReviewService(*f.db).edit(bad, kClean, "wendy"));
  CHECK(query(WorstFinding::Unchecked) == std::vector<std::int64_t>{bad});
  CHECK(query(WorstFinding::Error).empty());
  // Other rules (another fingerprint): every summary reads as not checked.
  auto other = DraftStore(*f.db).ids({.worst = WorstFinding::Unchecked, .checksFingerprint = "0123456789abcdef"});
  REQUIRE(other);
  CHECK(other->size() == 2);
}
