// The roles of a team store, enforced by PostgreSQL: tried the way a person with psql would, through
// raw SQL on a connection as that role, and through the store as the studio and CLI use it.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>

#include "core/store/audit_store.h"
#include "core/store/database.h"
#include "core/store/persona_store.h"
#include "core/store/postgres/product_copy.h"
#include "core/store/postgres/team_roles.h"
#include "tests/support/pg_connection.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Matchers::Contains;

namespace {

// Roles belong to the whole server, which every test of the run shares: names of this test's own.
std::string uniqueRole(const std::string& base, const PostgresTestDatabase& database) {
  return base + "_" + database.name().substr(database.name().size() - 8);
}

struct Team {
  PostgresTestDatabase database = createTestDatabase();
  std::unique_ptr<Database> owner;
  std::string writer = uniqueRole("anna", database);
  std::string reviewer = uniqueRole("bob", database);
  std::string admin = uniqueRole("carol", database);

  Team() {
    auto opened = Database::open(database.connectionString());
    REQUIRE(opened.ok());
    owner = std::move(*opened);
    REQUIRE(pg::initTeam(*owner).ok());
    REQUIRE(pg::addTeamUser(*owner, writer, pg::TeamRole::Writer).ok());
    REQUIRE(pg::addTeamUser(*owner, reviewer, pg::TeamRole::Reviewer).ok());
    REQUIRE(pg::addTeamUser(*owner, admin, pg::TeamRole::Admin).ok());
  }
  std::string as(const std::string& role) const { return database.connectionString() + " user=" + role; }

  // A product and a submitted draft written by `author`, made on that role's own connection.
  std::string submittedDraftBy(const std::string& author) {
    PgConnection c(as(author));
    c.execute("INSERT INTO products (sku, title) VALUES ('SKU-" + author + "', 'Tea') ON CONFLICT DO NOTHING");
    const std::string id = c.value(
        "INSERT INTO drafts (product_id, field, text, status, author) "
        "SELECT id, 'description', 'Fresh tea', 'submitted', 'mallory' FROM products WHERE sku = 'SKU-" +
        author + "' RETURNING id");
    c.execute("INSERT INTO draft_edits (draft_id, text, author) VALUES (" + id + ", 'Fresh tea', 'mallory')");
    return id;
  }
};

}  // namespace

TEST_CASE("team store: a writer connecting with SQL cannot approve, even a draft of someone else", "[postgres]") {
  Team team;
  const std::string draft = team.submittedDraftBy(team.admin);
  PgConnection writer(team.as(team.writer));
  CHECK_THROWS_WITH(writer.execute("UPDATE drafts SET status = 'approved' WHERE id = " + draft),
                    Contains("only reviewers may approve or reject"));
  CHECK_THROWS_WITH(writer.execute("UPDATE drafts SET status = 'rejected' WHERE id = " + draft),
                    Contains("only reviewers may approve or reject"));
  PgConnection check(team.database.connectionString());
  CHECK(check.value("SELECT status FROM drafts WHERE id = " + draft) == "submitted");
}

TEST_CASE("team store: a reviewer approves, and every row names the connected role, not the one sent",
          "[postgres]") {
  Team team;
  const std::string draft = team.submittedDraftBy(team.writer);
  PgConnection check(team.database.connectionString());
  CHECK(check.value("SELECT author FROM drafts WHERE id = " + draft) == team.writer);
  CHECK(check.value("SELECT author FROM draft_edits WHERE draft_id = " + draft) == team.writer);

  PgConnection reviewer(team.as(team.reviewer));
  reviewer.execute("UPDATE drafts SET status = 'approved' WHERE id = " + draft);
  reviewer.execute("INSERT INTO reviews (draft_id, action, from_status, to_status, reviewer, text) VALUES (" + draft +
                   ", 'approve', 'submitted', 'approved', '" + team.writer + "', 'Fresh tea')");
  CHECK(check.value("SELECT status FROM drafts WHERE id = " + draft) == "approved");
  CHECK(check.value("SELECT reviewer FROM reviews WHERE draft_id = " + draft) == team.reviewer);
}

TEST_CASE("team store: the store's own audit entries carry the connected role", "[postgres]") {
  Team team;
  auto asWriter = Database::open(team.as(team.writer));
  REQUIRE(asWriter.ok());
  AuditEntry entry;
  entry.actor = "somebody-else";
  entry.action = "export";
  entry.entity = "export";
  auto id = AuditStore(**asWriter).append(entry);
  REQUIRE(id.ok());
  PgConnection check(team.database.connectionString());
  CHECK(check.value("SELECT actor FROM audit WHERE id = " + std::to_string(*id)) == team.writer);
}

TEST_CASE("team store: the last writer of a draft cannot approve it unless the team allows it", "[postgres]") {
  Team team;
  const std::string draft = team.submittedDraftBy(team.admin);  // an admin writes and reviews
  PgConnection admin(team.as(team.admin));
  CHECK_THROWS_WITH(admin.execute("UPDATE drafts SET status = 'approved' WHERE id = " + draft),
                    Contains("the writer of a draft cannot approve it"));
  admin.execute("UPDATE team_settings SET value = '0' WHERE key = 'writer_cannot_approve'");
  admin.execute("UPDATE drafts SET status = 'approved' WHERE id = " + draft);
  PgConnection check(team.database.connectionString());
  CHECK(check.value("SELECT status FROM drafts WHERE id = " + draft) == "approved");

  PgConnection writer(team.as(team.writer));
  CHECK_THROWS(writer.execute("UPDATE team_settings SET value = '0' WHERE key = 'writer_cannot_approve'"));
}

TEST_CASE("team store: the audit trail is append-only for everyone but its owner", "[postgres]") {
  Team team;
  PgConnection writer(team.as(team.writer));
  writer.execute("INSERT INTO audit (actor, action, entity) VALUES ('x', 'export', 'export')");
  for (const std::string& role : {team.writer, team.reviewer, team.admin}) {
    PgConnection c(team.as(role));
    CHECK_THROWS(c.execute("UPDATE audit SET action = 'nothing'"));
    CHECK_THROWS(c.execute("DELETE FROM audit"));
  }
  PgConnection owner(team.database.connectionString());
  CHECK(owner.value("SELECT count(*) FROM audit") == "1");
  owner.execute("DELETE FROM audit");
  CHECK(owner.value("SELECT count(*) FROM audit") == "0");
}

TEST_CASE("team store: writers cannot manage templates' removal, profiles or users; admins can", "[postgres]") {
  Team team;
  PgConnection writer(team.as(team.writer));
  writer.execute("INSERT INTO templates (name) VALUES ('mine')");
  CHECK_THROWS(writer.execute("DELETE FROM templates WHERE name = 'mine'"));
  CHECK_THROWS(writer.execute("INSERT INTO provider_profiles (name, profile) VALUES ('x', '{}')"));
  CHECK_THROWS(writer.execute("CREATE ROLE " + uniqueRole("eve", team.database)));
  PgConnection admin(team.as(team.admin));
  admin.execute("DELETE FROM templates WHERE name = 'mine'");
  auto asAdmin = Database::open(team.as(team.admin));
  REQUIRE(asAdmin.ok());
  const std::string newcomer = uniqueRole("dave", team.database);
  REQUIRE(pg::addTeamUser(**asAdmin, newcomer, pg::TeamRole::Reviewer).ok());
  PgConnection check(team.database.connectionString());
  CHECK(check.value("SELECT pg_has_role('" + newcomer + "', 'copydesk_reviewer', 'MEMBER')") == "t");
  CHECK(check.value("SELECT pg_has_role('" + newcomer + "', 'copydesk_writer', 'MEMBER')") == "f");
}

TEST_CASE("team store: team roles on a SQLite store are refused, naming what is needed", "[postgres]") {
  TempDir dir;
  auto local = Database::open(dir.path() / "copydesk.db");
  REQUIRE(local.ok());
  auto st = pg::initTeam(**local);
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().id == "team.needs-postgres");
}

TEST_CASE("team store: a role other than writer, reviewer or admin is refused", "[postgres]") {
  CHECK(pg::parseTeamRole("reviewer").ok());
  auto unknown = pg::parseTeamRole("boss");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().id == "team.unknown-role");
}

TEST_CASE("team store: admins manage the personas; writers and reviewers read them and write for them", "[postgres]") {
  Team team;
  {
    auto admin = Database::open(team.as(team.admin));
    REQUIRE(admin.ok());
    Persona students;
    students.name = "学生党";
    students.tone = "轻松";
    REQUIRE(PersonaStore(**admin).add(students).ok());
  }
  PgConnection writer(team.as(team.writer));
  CHECK_THROWS_WITH(writer.execute("INSERT INTO personas (name) VALUES ('mallory')"), Contains("permission denied"));
  CHECK_THROWS_WITH(writer.execute("UPDATE personas SET tone = 'loud'"), Contains("permission denied"));
  CHECK_THROWS_WITH(writer.execute("DELETE FROM personas"), Contains("permission denied"));
  CHECK(writer.value("SELECT tone FROM personas WHERE name = '学生党'") == "轻松");
  PgConnection reviewer(team.as(team.reviewer));
  CHECK(reviewer.value("SELECT count(*) FROM personas") == "1");
  CHECK_THROWS_WITH(reviewer.execute("INSERT INTO personas (name) VALUES ('mallory')"), Contains("permission denied"));
  // Writing for a persona is a writer's draft like any other.
  writer.execute("INSERT INTO products (sku, title) VALUES ('SKU-P', 'Tea')");
  writer.execute("INSERT INTO drafts (product_id, field, text, persona_id) SELECT p.id, 'description', 'Cheap tea', "
                 "pe.id FROM products p, personas pe WHERE p.sku = 'SKU-P'");
  CHECK(writer.value("SELECT pe.name FROM drafts d JOIN personas pe ON pe.id = d.persona_id") == "学生党");
}

TEST_CASE("team store: writers import keyword trends; reviewers and admins read them", "[postgres]") {
  Team team;
  PgConnection writer(team.as(team.writer));
  writer.execute("INSERT INTO trend_points (keyword, day, value) VALUES ('龙井', '2024-03-01', 120)");
  // Importing the same keyword and day again replaces the value: an upsert, which needs UPDATE too.
  writer.execute("INSERT INTO trend_points (keyword, day, value) VALUES ('龙井', '2024-03-01', 130) "
                 "ON CONFLICT (keyword, sku, day) DO UPDATE SET value = excluded.value");
  PgConnection reviewer(team.as(team.reviewer));
  CHECK(reviewer.value("SELECT value FROM trend_points WHERE keyword = '龙井'") == "130");
  CHECK_THROWS_WITH(reviewer.execute("INSERT INTO trend_points (keyword, day, value) VALUES ('x', '2024-03-01', 1)"),
                    Contains("permission denied"));
  CHECK_THROWS_WITH(reviewer.execute("UPDATE trend_points SET value = 0"), Contains("permission denied"));
  PgConnection admin(team.as(team.admin));
  CHECK(admin.value("SELECT count(*) FROM trend_points") == "1");
}

TEST_CASE("team store: writers import customer questions and answer them; reviewers read them", "[postgres]") {
  Team team;
  PgConnection writer(team.as(team.writer));
  writer.execute("INSERT INTO products (sku, title) VALUES ('SKU-Q', 'Tea')");
  writer.execute("INSERT INTO questions (product_id, question, question_key) SELECT id, '是明前茶吗？', '是明前茶吗' "
                 "FROM products WHERE sku = 'SKU-Q'");
  writer.execute("UPDATE questions SET asked = asked + 1");  // a merged near-duplicate
  writer.execute("INSERT INTO drafts (product_id, field, text, question_id) SELECT q.product_id, 'answer', "
                 "'资料中没有注明。', q.id FROM questions q");
  PgConnection reviewer(team.as(team.reviewer));
  CHECK(reviewer.value("SELECT asked FROM questions") == "2");
  CHECK(reviewer.value("SELECT q.question FROM drafts d JOIN questions q ON q.id = d.question_id") == "是明前茶吗？");
  CHECK_THROWS_WITH(reviewer.execute("INSERT INTO questions (product_id, question, question_key) "
                                     "SELECT id, 'x', 'x' FROM products"),
                    Contains("permission denied"));
  CHECK_THROWS_WITH(reviewer.execute("UPDATE questions SET asked = 0"), Contains("permission denied"));
}

// Issue 11: a first import drops the catalog's indexes and builds them once after its COPY. Writers do
// not own products: they do it through schema v17/v18's SECURITY DEFINER functions, which cannot leave
// the catalog without its constraints (a transaction that did not make them again fails); the plain
// indexes are made by whoever indexes the catalog for search next, reviewers' studios included.
TEST_CASE("team store: a writer's first import builds the catalog's indexes again; none can stay dropped",
          "[postgres]") {
  Team team;
  auto asWriter = Database::open(team.as(team.writer));
  REQUIRE(asWriter.ok());
  Database& db = **asWriter;
  {
    Transaction tx(db);
    REQUIRE(tx.begun().ok());
    pg::ProductCopy copy(db, "2026-12-07T00:00:00.000Z");
    const std::vector<ProductLink> links = {{LinkKind::Upsell, "B"}};
    REQUIRE(copy.add({.sku = "A", .title = "Tea", .links = links}, {}, 2).ok());
    REQUIRE(copy.add({.sku = "B", .title = "Cup"}, {}, 3).ok());
    REQUIRE(copy.add({.sku = "A", .title = "Tea, again"}, {}, 4).ok());  // merged after the COPY
    auto merged = copy.merge();
    REQUIRE(merged.ok());
    REQUIRE(tx.commit().ok());
  }
  PgConnection check(team.database.connectionString());
  CHECK(check.value("SELECT string_agg(sku || '=' || title, ' ' ORDER BY id) FROM products") == "A=Tea, again B=Cup");
  CHECK(check.value("SELECT count(*) FROM product_links") == "0");  // A's last row has no links
  CHECK(check.value("SELECT count(*) FROM pg_indexes WHERE tablename = 'products'") == "2");
  CHECK(check.value("SELECT count(*) FROM products_load_indexes") == "3");
  PgConnection reviewer(team.as(team.reviewer));
  CHECK(reviewer.value("SELECT copydesk_products_load_finish()") == "t");
  CHECK(check.value("SELECT count(*) FROM pg_indexes WHERE tablename = 'products'") == "5");
  CHECK(check.value("SELECT count(*) FROM products_load_indexes") == "0");

  PgConnection writer(team.as(team.writer));
  writer.execute("DELETE FROM products");
  writer.execute("BEGIN");
  CHECK(writer.value("SELECT copydesk_products_load_begin()") == "t");
  CHECK_THROWS_WITH(writer.execute("COMMIT"), Contains("not made again"));
  CHECK(check.value("SELECT count(*) FROM pg_indexes WHERE tablename = 'products'") == "5");
  CHECK_THROWS_WITH(reviewer.execute("SELECT copydesk_products_load_begin()"), Contains("permission denied"));
}
