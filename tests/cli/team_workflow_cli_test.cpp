// A team on one PostgreSQL store, end to end through copydesk-cli (issue 11): the owner sets up the
// roles, a writer imports the sample catalog, generates against the local fake LLM server and
// submits; the database refuses the writer's own approval; a reviewer and an admin share the queue,
// approve and reject; every decision is recorded under the connected role whatever name was typed;
// the export holds the approved copy and nothing else, byte for byte what the same workflow gives
// on a desk's SQLite store.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "core/common/json.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

constexpr const char* kKeyEnv = "COPYDESK_TEAM_WORKFLOW_KEY";
// Four products of the sample catalog: two approved in one go, one approved by the admin, one rejected.
const std::vector<std::string> kSkus = {"TEA-LJ-001", "TEA-PE-002", "TEA-BH-003", "TEA-EG-004"};

std::string q(const std::string& text) { return test::shellQuote(text); }

test::CommandResult cli(const std::string& db, const std::string& args) {
  return test::runCommand(q((test::binDir() / "copydesk-cli").string()) + " --db " + q(db) + " " + args);
}

// Runs and requires exit 0, showing stderr otherwise.
std::string ok(const std::string& db, const std::string& args) {
  const auto run = cli(db, args);
  INFO("copydesk-cli " << args << "\n" << run.err);
  REQUIRE(run.exitCode == 0);
  return run.out;
}

std::string sampleCatalog() { return (test::sourceDir() / "resources" / "catalog" / "sample_products.json").string(); }

std::string joinedSkus() {
  std::string joined;
  for (const auto& sku : kSkus) joined += (joined.empty() ? "" : ",") + sku;
  return joined;
}

// The deterministic reply of the fake server starts "Copy <12 hex digits> for:": unique per prompt.
std::string replyMark(const std::string& text) { return text.substr(0, text.find(" for:")); }

// Whoever is at the desk: on a team store a login role each, on a desk store the same file for all
// and names typed with --reviewer.
struct Desk {
  std::string writer, reviewer, admin;
  std::string reviewerName, adminName;  // what is typed for --reviewer
};

struct Outcome {
  std::map<std::string, std::int64_t> draftOf;  // SKU → its draft
  std::map<std::string, std::string> textOf;    // SKU → its generated text
  std::vector<std::string> queue;               // the SKUs in the review queue's order (draft ids)
  std::string exported;                         // the Shopify file's bytes
};

// The products' descriptions (what the writer generated), by SKU.
std::map<std::string, Json> draftsBySku(const std::string& db) {
  std::map<std::string, Json> drafts;
  for (const Json& d : Json::parse(ok(db, "drafts --json")))
    if (d["field"] == "description") drafts[d["sku"].get<std::string>()] = d;
  return drafts;
}

// import → generate → submit: the writer's part.
void writeAndSubmit(const Desk& desk, const test::FakeServerProcess& server, Outcome& outcome) {
  CHECK_THAT(ok(desk.writer, "import " + q(sampleCatalog())), Contains("30"));
  const std::string generate = "generate --template description-en --products " + joinedSkus() +
                               " --provider openai --base-url " + q(server.openAiBaseUrl()) +
                               " --model fake-small --api-key-env " + kKeyEnv + " --concurrency 1";
  CHECK(ok(desk.writer, generate) == "4 succeeded, 0 failed\n");
  const auto drafts = draftsBySku(desk.writer);
  REQUIRE(drafts.size() == kSkus.size());
  for (const auto& sku : kSkus) {
    const Json& d = drafts.at(sku);
    CHECK(d["status"] == "draft");
    CHECK(d["model"] == "fake-small");
    outcome.draftOf[sku] = d["id"].get<std::int64_t>();
    outcome.textOf[sku] = d["text"].get<std::string>();
    REQUIRE_THAT(outcome.textOf[sku], Contains(" for: "));
    CHECK_THAT(ok(desk.writer, "review " + std::to_string(outcome.draftOf[sku]) + " --submit"),
               Contains("is now submitted"));
  }
  outcome.queue = kSkus;
  std::sort(outcome.queue.begin(), outcome.queue.end(),
            [&](const std::string& a, const std::string& b) { return outcome.draftOf[a] < outcome.draftOf[b]; });
}

// The reviewers' part, in the shared queue's order: the reviewer and the admin each take the next
// draft nobody holds; the reviewer approves theirs and the third in one go and rejects the last
// with a comment; the admin approves theirs (on a team store together with one of their own, which
// the database refuses without losing the other).
void review(const Desk& desk, Outcome& outcome, std::int64_t adminsOwn = 0) {
  const auto sku = [&](std::size_t i) { return outcome.queue.at(i); };
  const auto id = [&](std::size_t i) { return std::to_string(outcome.draftOf.at(sku(i))); };
  CHECK_THAT(ok(desk.reviewer, "review-next --reviewer " + desk.reviewerName),
             Contains("draft " + id(0) + " (" + sku(0) + ", description) is yours until"));
  CHECK_THAT(ok(desk.admin, "review-next --reviewer " + desk.adminName),
             Contains("draft " + id(1) + " (" + sku(1) + ", description) is yours until"));

  const std::string approved =
      ok(desk.reviewer, "review " + id(0) + " " + id(2) + " --approve --reviewer " + desk.reviewerName);
  CHECK_THAT(approved, Contains("draft " + id(0) + " (" + sku(0) + ", description) is now approved"));
  CHECK_THAT(approved, Contains("draft " + id(2) + " (" + sku(2) + ", description) is now approved"));
  CHECK_THAT(ok(desk.reviewer, "review " + id(3) + " --reject --comment 'name the harvest date' --reviewer " +
                                   desk.reviewerName),
             Contains("is now rejected"));
  if (adminsOwn == 0) {
    CHECK_THAT(ok(desk.admin, "review " + id(1) + " --approve --reviewer " + desk.adminName),
               Contains("is now approved"));
  } else {
    const auto both = cli(desk.admin, "review " + std::to_string(adminsOwn) + " " + id(1) + " --approve");
    CHECK(both.exitCode == 1);
    CHECK_THAT(both.err, Contains("draft " + std::to_string(adminsOwn) + ": your database role may not do this "
                                  "(the writer of a draft cannot approve it"));
    CHECK_THAT(both.out, Contains("draft " + id(1) + " (" + sku(1) + ", description) is now approved"));
  }

  const auto drafts = draftsBySku(desk.writer);
  for (std::size_t i : {0u, 1u, 2u}) CHECK(drafts.at(sku(i))["status"] == "approved");
  CHECK(drafts.at(sku(3))["status"] == "rejected");
}

void exportApproved(const Desk& desk, const test::TempDir& dir, const std::string& name, Outcome& outcome) {
  const auto out = dir / name;
  CHECK_THAT(ok(desk.writer, "export --format shopify --copy-only --out " + q(out.string())),
             Contains("exported "));
  outcome.exported = test::readFile(out);
  for (std::size_t i : {0u, 1u, 2u})
    CHECK_THAT(outcome.exported, Contains(replyMark(outcome.textOf.at(outcome.queue[i]))));
  CHECK_FALSE(outcome.exported.find(replyMark(outcome.textOf.at(outcome.queue[3]))) != std::string::npos);
}

// The audit trail as JSON, read by the store's owner.
Json auditOf(const std::string& db) { return Json::parse(ok(db, "audit --json")); }

std::vector<std::string> actorsOf(const Json& audit, const std::string& action, std::int64_t draftId) {
  std::vector<std::string> actors;
  for (const Json& e : audit) {
    if (e["action"] == action && e["entity"] == "draft" && e["entity_id"] == draftId)
      actors.push_back(e["actor"].get<std::string>());
  }
  return actors;
}

}  // namespace

TEST_CASE("team workflow: import, generate, submit, review and export on one PostgreSQL store, the roles "
          "enforced by the database, the export byte-identical to a desk's",
          "[postgres]") {
  test::FakeServerProcess server;
  REQUIRE(server.running());
  setenv(kKeyEnv, "sk-team-workflow", 1);
  test::TempDir dir;

  // The owner makes the store a team store with three people; roles belong to the whole server,
  // which the run's tests share: names of this database's own.
  const test::PostgresTestDatabase pg = test::createTestDatabase();
  const std::string owner = pg.uri();
  const std::string suffix = pg.name().substr(pg.name().size() - 8);
  const std::string wendy = "wendy_" + suffix, rita = "rita_" + suffix, ada = "ada_" + suffix;
  CHECK_THAT(ok(owner, "team init"), Contains("team roles ready"));
  CHECK_THAT(ok(owner, "team add-user " + wendy + " --role writer"), Contains(wendy + " is a writer"));
  CHECK_THAT(ok(owner, "team add-user " + rita + " --role reviewer"), Contains(rita + " is a reviewer"));
  CHECK_THAT(ok(owner, "team add-user " + ada + " --role admin"), Contains(ada + " is an admin"));
  const auto as = [&](const std::string& role) { return test::toUri(pg.connectionString() + " user=" + role); };
  const Desk team{as(wendy), as(rita), as(ada), "mallory", "mallory"};  // a typed name changes nothing

  Outcome onTeam;
  writeAndSubmit(team, server, onTeam);
  const std::string first = std::to_string(onTeam.draftOf.at(kSkus[0]));

  // A reviewer does not import: the database refuses, in words.
  const auto imported = cli(team.reviewer, "import " + q(sampleCatalog()));
  CHECK(imported.exitCode == 1);
  CHECK_THAT(imported.err, Contains("your database role may not do this"));

  // The writer approving their own submitted copy: refused by the database, readable, nothing recorded.
  const auto selfApproved = cli(team.writer, "review " + first + " --approve");
  CHECK(selfApproved.exitCode == 1);
  CHECK_THAT(selfApproved.err, Contains("only reviewers may approve or reject drafts (" + wendy + " is not one)"));
  CHECK_THAT(selfApproved.err, Contains("draft " + first));
  CHECK(selfApproved.out.empty());
  const auto rejectedByWriter = cli(team.writer, "review " + first + " --reject --comment 'mine'");
  CHECK(rejectedByWriter.exitCode == 1);
  CHECK_THAT(rejectedByWriter.err, Contains("only reviewers may approve or reject drafts"));
  CHECK(draftsBySku(team.writer).at(kSkus[0])["status"] == "submitted");

  // The admin writes a title of their own: theirs to submit, not theirs to approve.
  const std::string own = ok(team.admin, "edit --product " + kSkus[0] + " --field title --text 'Spring tea' --submit");
  const auto ownId = std::stoll(own.substr(own.find("draft ") + 6));
  review(team, onTeam, ownId);
  exportApproved(team, dir, "team.csv", onTeam);

  // Every row names the connected role: the writer wrote and submitted, the reviewers decided.
  const Json audit = auditOf(owner);
  for (const auto& sku : kSkus) {
    const std::int64_t draft = onTeam.draftOf.at(sku);
    CHECK(actorsOf(audit, "submit", draft) == std::vector<std::string>{wendy});
    CHECK(draftsBySku(owner).at(sku)["author"] == wendy);
  }
  const auto draftAt = [&](std::size_t i) { return onTeam.draftOf.at(onTeam.queue.at(i)); };
  CHECK(actorsOf(audit, "approve", draftAt(0)) == std::vector<std::string>{rita});
  CHECK(actorsOf(audit, "approve", draftAt(1)) == std::vector<std::string>{ada});
  CHECK(actorsOf(audit, "approve", draftAt(2)) == std::vector<std::string>{rita});
  CHECK(actorsOf(audit, "reject", draftAt(3)) == std::vector<std::string>{rita});
  CHECK(actorsOf(audit, "approve", ownId).empty());
  CHECK(actorsOf(audit, "submit", ownId) == std::vector<std::string>{ada});
  std::vector<std::string> exporters;
  for (const Json& e : audit) {
    CHECK(e["actor"] != "mallory");
    if (e["action"] == "export") exporters.push_back(e["actor"].get<std::string>());
  }
  CHECK(exporters == std::vector<std::string>{wendy});
  test::PgConnection check(pg.connectionString());
  CHECK(check.value("SELECT count(*) FROM reviews WHERE reviewer = 'mallory'") == "0");
  CHECK(check.value("SELECT string_agg(reviewer || ':' || action, ',' ORDER BY id) FROM reviews "
                    "WHERE action <> 'submit'") == rita + ":approve," + rita + ":approve," + rita + ":reject," + ada +
                                                   ":approve");
  CHECK(check.value("SELECT comment FROM reviews WHERE action = 'reject'") == "name the harvest date");

  // The same day on a desk's SQLite file: the same export, byte for byte.
  const std::string file = (dir / "desk.db").string();
  const Desk desk{file, file, file, "rita", "ada"};
  Outcome onDesk;
  writeAndSubmit(desk, server, onDesk);
  review(desk, onDesk);
  exportApproved(desk, dir, "desk.csv", onDesk);
  CHECK(onDesk.textOf == onTeam.textOf);
  CHECK(onDesk.queue == onTeam.queue);  // the same decisions fell on the same products
  CHECK(onDesk.exported == onTeam.exported);
}
