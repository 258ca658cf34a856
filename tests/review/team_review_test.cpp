// Many people at once on one store (issue 11): reviewers deciding the same draft, writers saving the
// same draft, reviewers draining one queue. Run on SQLite by review_team_tests and on the run's
// PostgreSQL server by review_team_pg_tests, with real connections on real threads.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <latch>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "core/review/review_claims.h"
#include "core/review/review_service.h"
#include "core/review/reviewer_name.h"
#include "core/review/working_copy.h"
#include "core/store/draft_store.h"
#include "core/store/postgres/team_roles.h"
#include "core/store/product_store.h"
#include "core/store/review_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;
using namespace std::chrono_literals;

namespace {

// The people of one test's store. On PostgreSQL each is a login role of its own, because a team
// store names the connected role whatever a client sends; on SQLite a name sent with each decision.
class Team {
 public:
  Team() : m_owner(m_store.openOrFail()) {
    if (m_store.isPostgres()) REQUIRE(pg::initTeam(*m_owner).ok());
  }

  Database& owner() { return *m_owner; }

  // A new member; returns the name the store will record for them.
  std::string add(const std::string& base, pg::TeamRole role = pg::TeamRole::Reviewer) {
    static std::atomic<int> counter{0};
    if (!m_store.isPostgres()) return base;
    const std::string name = base + "_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    REQUIRE(pg::addTeamUser(*m_owner, name, role).ok());
    return name;
  }

  // A connection of that member's own (thread-safe: touches no shared state).
  std::unique_ptr<Database> connect(const std::string& member) const {
    const std::string source = m_store.isPostgres() ? m_store.source().string() + " user=" + member
                                                    : m_store.source().string();
    auto db = Database::open(source);
    if (!db) throw std::runtime_error(db.error().describe());
    return std::move(*db);
  }

  // `count` submitted drafts, one per product, written by the owner.
  std::vector<std::int64_t> submittedDrafts(int count, const std::string& text = "Fresh spring tea") {
    Transaction tx(*m_owner);
    REQUIRE(tx.begun().ok());
    std::vector<std::int64_t> ids;
    for (int i = 0; i < count; ++i) {
      Product p;
      p.sku = "TEA-" + std::to_string(i);
      p.title = "Tea " + std::to_string(i);
      const std::int64_t product = ProductStore(*m_owner).upsert(p).value().id;
      const std::int64_t id = DraftStore(*m_owner).insert({.productId = product, .field = "title", .text = text,
                                                           .author = "wendy"}).value();
      REQUIRE(DraftStore(*m_owner).setStatus(id, DraftStatus::Submitted).ok());
      ids.push_back(id);
    }
    REQUIRE(tx.commit().ok());
    return ids;
  }

  std::int64_t count(const std::string& sql) {
    auto stmt = m_owner->prepare(sql);
    REQUIRE(stmt.ok());
    REQUIRE(stmt->step());
    return stmt->integer(0);
  }

 private:
  test::TestStore m_store;
  std::unique_ptr<Database> m_owner;
};

Draft read(Database& db, std::int64_t id) { return DraftStore(db).get(id).value().value(); }

}  // namespace

TEST_CASE("two reviewers decide a draft they both opened: the second is told who decided it and how") {
  Team team;
  const std::string ann = team.add("ann");
  const std::string bob = team.add("bob");
  const std::int64_t id = team.submittedDrafts(1).front();
  auto annDb = team.connect(ann);
  auto bobDb = team.connect(bob);
  const std::int64_t seenByAnn = read(*annDb, id).rowVersion;
  const std::int64_t seenByBob = read(*bobDb, id).rowVersion;

  auto approved = ReviewService(*annDb).decide(id, ReviewAction::Approve, "good", ann, {}, seenByAnn);
  REQUIRE(approved.ok());
  auto rejected = ReviewService(*bobDb).decide(id, ReviewAction::Reject, "too short", bob, {}, seenByBob);
  REQUIRE_FALSE(rejected.ok());
  CHECK(rejected.error().code == ErrorCode::Conflict);
  CHECK(rejected.error().id == "review.decided-elsewhere");
  REQUIRE(rejected.error().args.size() >= 4);
  CHECK(rejected.error().args[1] == ann);
  CHECK(rejected.error().args[2] == "approved");

  CHECK(read(team.owner(), id).status == DraftStatus::Approved);
  auto reviews = ReviewStore(team.owner()).forDraft(id).value();
  REQUIRE(reviews.size() == 1);  // ann's approval: bob's rejection left nothing behind
  CHECK(reviews.back().action == "approve");
  CHECK(reviews.back().reviewer == ann);
}

TEST_CASE("a reviewer deciding a draft its writer changed since is told, and decides nothing") {
  Team team;
  const std::string ann = team.add("ann");
  const std::string wendy = team.add("wendy", pg::TeamRole::Writer);
  const std::int64_t id = team.submittedDrafts(1).front();
  auto annDb = team.connect(ann);
  const std::int64_t seen = read(*annDb, id).rowVersion;

  auto writerDb = team.connect(wendy);
  REQUIRE(saveWorkingCopy(*writerDb, {.draftId = id, .text = "Fresh spring tea, hand-picked", .submit = true,
                                      .author = wendy}).ok());
  auto approved = ReviewService(*annDb).decide(id, ReviewAction::Approve, "", ann, {}, seen);
  REQUIRE_FALSE(approved.ok());
  CHECK(approved.error().code == ErrorCode::Conflict);
  CHECK(approved.error().id == "review.changed-elsewhere");
  CHECK(approved.error().args.at(1) == wendy);
  CHECK(read(team.owner(), id).status == DraftStatus::Submitted);

  // Read again, the reviewer decides what is there now.
  const Draft fresh = read(*annDb, id);
  CHECK(fresh.text == "Fresh spring tea, hand-picked");
  CHECK(ReviewService(*annDb).decide(id, ReviewAction::Approve, "", ann, {}, fresh.rowVersion).ok());
}

TEST_CASE("twenty reviewers approve one draft at the same moment: exactly one wins, the others are told") {
  Team team;
  constexpr int kReviewers = 20;
  std::vector<std::string> names;
  for (int i = 0; i < kReviewers; ++i) names.push_back(team.add("rev" + std::to_string(i)));
  const std::int64_t id = team.submittedDrafts(1).front();

  std::vector<Result<Draft>> outcomes(kReviewers, Result<Draft>(makeError(ErrorCode::Internal, "not run")));
  std::latch allOpened(kReviewers);
  std::vector<std::thread> reviewers;
  for (int i = 0; i < kReviewers; ++i) {
    reviewers.emplace_back([&, i] {
      auto db = team.connect(names[i]);
      const std::int64_t seen = read(*db, id).rowVersion;
      allOpened.arrive_and_wait();  // every reviewer has the draft open before anyone decides
      outcomes[i] = ReviewService(*db).decide(id, ReviewAction::Approve, "ok", names[i], {}, seen);
    });
  }
  for (auto& t : reviewers) t.join();

  int wins = 0;
  std::string winner;
  for (int i = 0; i < kReviewers; ++i) {
    if (outcomes[i].ok()) {
      ++wins;
      winner = names[i];
    }
  }
  REQUIRE(wins == 1);
  for (int i = 0; i < kReviewers; ++i) {
    if (outcomes[i].ok()) continue;
    INFO(outcomes[i].error().describe());
    CHECK(outcomes[i].error().id == "review.decided-elsewhere");
    CHECK(outcomes[i].error().args.at(1) == winner);
  }
  CHECK(team.count("SELECT count(*) FROM reviews WHERE action = 'approve'") == 1);
  CHECK(team.count("SELECT count(*) FROM audit WHERE action = 'approve'") == 1);
  CHECK(read(team.owner(), id).status == DraftStatus::Approved);
}

TEST_CASE("a writer saving over text someone else saved since is told, and overwrites nothing") {
  Team team;
  const std::string wendy = team.add("wendy", pg::TeamRole::Writer);
  const std::string walt = team.add("walt", pg::TeamRole::Writer);
  Product p;
  p.sku = "TEA-1";
  p.title = "Tea";
  const std::int64_t product = ProductStore(team.owner()).upsert(p).value().id;
  const std::int64_t id = DraftStore(team.owner()).create({.productId = product, .field = "title", .text = "Tea"})
                              .value()
                              .id;
  auto wendyDb = team.connect(wendy);
  auto waltDb = team.connect(walt);
  const std::int64_t seen = read(*wendyDb, id).rowVersion;
  REQUIRE(read(*waltDb, id).rowVersion == seen);

  REQUIRE(saveWorkingCopy(*wendyDb, {.draftId = id, .text = "Dragon Well tea", .author = wendy, .seenVersion = seen})
              .ok());
  auto second = saveWorkingCopy(*waltDb, {.draftId = id, .text = "Longjing green tea", .author = walt,
                                          .seenVersion = seen});
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().code == ErrorCode::Conflict);
  CHECK(second.error().id == "draft.edit-conflict");
  CHECK(second.error().args.at(1) == wendy);
  const Draft stored = read(team.owner(), id);
  CHECK(stored.text == "Dragon Well tea");
  CHECK(DraftStore(team.owner()).history(id).value().size() == 2);

  // Walt has seen Wendy's text (the studio shows both in the diff) and keeps his own over it.
  auto kept = saveWorkingCopy(*waltDb, {.draftId = id, .text = "Longjing green tea", .author = walt,
                                        .seenVersion = stored.rowVersion});
  REQUIRE(kept.ok());
  CHECK(read(team.owner(), id).text == "Longjing green tea");
  CHECK(DraftStore(team.owner()).history(id).value().size() == 3);
}

TEST_CASE("the review queue hands each reviewer a draft no one else holds, until it is decided or given back") {
  Team team;
  const std::string ann = team.add("ann");
  const std::string bob = team.add("bob");
  const std::string cid = team.add("cid");
  const auto ids = team.submittedDrafts(3);
  auto annDb = team.connect(ann);
  auto bobDb = team.connect(bob);
  auto cidDb = team.connect(cid);

  auto first = claimNextDraft(*annDb, {.reviewer = ann});
  REQUIRE(first.ok());
  REQUIRE(first->has_value());
  CHECK((*first)->id == ids[0]);
  CHECK((*first)->claimedBy == ann);
  auto again = claimNextDraft(*annDb, {.reviewer = ann});
  CHECK(again.value().value().id == ids[0]);  // still hers: asking again is not a second draft
  auto bobs = claimNextDraft(*bobDb, {.reviewer = bob});
  CHECK(bobs.value().value().id == ids[1]);

  // Deciding ends the claim; the next ask gives the next free draft.
  REQUIRE(ReviewService(*annDb).approve(ids[0], "", ann).ok());
  CHECK(read(team.owner(), ids[0]).claimedBy.empty());
  CHECK(claimNextDraft(*annDb, {.reviewer = ann}).value().value().id == ids[2]);
  CHECK_FALSE(claimNextDraft(*cidDb, {.reviewer = cid}).value().has_value());  // all held

  // Bob gives his back; only the holder's own release counts.
  REQUIRE(releaseClaim(*cidDb, ids[1], cid).ok());
  CHECK(read(team.owner(), ids[1]).claimedBy == bob);
  REQUIRE(releaseClaim(*bobDb, ids[1], bob).ok());
  CHECK(claimNextDraft(*cidDb, {.reviewer = cid}).value().value().id == ids[1]);
}

TEST_CASE("a claim that has expired goes back to the queue") {
  Team team;
  const std::string ann = team.add("ann");
  const std::string bob = team.add("bob");
  const std::int64_t id = team.submittedDrafts(1).front();
  auto annDb = team.connect(ann);
  auto bobDb = team.connect(bob);
  // A hold that ended a minute ago, by the store's clock: no waiting for time to pass.
  auto lapsed = claimNextDraft(*annDb, {.reviewer = ann, .hold = -60s});
  REQUIRE(lapsed.value().value().id == id);
  auto taken = claimNextDraft(*bobDb, {.reviewer = bob, .hold = 15min});
  REQUIRE(taken.value().has_value());
  CHECK((*taken)->id == id);
  CHECK((*taken)->claimedBy == bob);
  CHECK_FALSE(claimNextDraft(*annDb, {.reviewer = ann}).value().has_value());
}

TEST_CASE("five reviewers drain a queue of 1,000 drafts: every draft decided exactly once") {
  Team team;
  constexpr int kReviewers = 5;
  constexpr int kDrafts = 1000;
  std::vector<std::string> names;
  for (int i = 0; i < kReviewers; ++i) names.push_back(team.add("drain" + std::to_string(i)));
  const auto ids = team.submittedDrafts(kDrafts);

  std::mutex lock;
  std::vector<std::int64_t> decided;
  std::vector<std::string> problems;
  std::latch ready(kReviewers);
  std::vector<std::thread> reviewers;
  for (int r = 0; r < kReviewers; ++r) {
    reviewers.emplace_back([&, r] {
      auto db = team.connect(names[r]);
      ready.arrive_and_wait();
      for (;;) {
        auto next = claimNextDraft(*db, {.reviewer = names[r]});
        if (!next || !*next) {
          if (!next) {
            std::lock_guard guard(lock);
            problems.push_back(next.error().describe());
          }
          return;
        }
        // Every third draft goes back to its writer: rejections drain the queue too.
        const bool reject = (*next)->id % 3 == 0;
        auto outcome = ReviewService(*db).decide((*next)->id, reject ? ReviewAction::Reject : ReviewAction::Approve,
                                                 reject ? "more detail" : "", names[r], {}, (*next)->rowVersion);
        std::lock_guard guard(lock);
        if (!outcome) {
          problems.push_back(outcome.error().describe());
          return;
        }
        decided.push_back((*next)->id);
      }
    });
  }
  for (auto& t : reviewers) t.join();

  for (const auto& problem : problems) INFO(problem);
  CHECK(problems.empty());
  CHECK(decided.size() == static_cast<std::size_t>(kDrafts));
  CHECK(std::set<std::int64_t>(decided.begin(), decided.end()) == std::set<std::int64_t>(ids.begin(), ids.end()));
  CHECK(team.count("SELECT count(*) FROM reviews WHERE action IN ('approve', 'reject')") == kDrafts);
  CHECK(team.count("SELECT count(*) FROM drafts WHERE status = 'submitted'") == 0);
  CHECK(team.count("SELECT count(*) FROM drafts WHERE claimed_by IS NOT NULL") == 0);
}
