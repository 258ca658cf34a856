#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/schema.h"
#include "tests/support/test_paths.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {
std::string pragma(Database& db, const std::string& name) {
  auto stmt = db.prepare("PRAGMA " + name);
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->text(0);
}
}  // namespace

TEST_CASE("a new database is a real file in WAL mode with foreign keys at the latest schema", "[sqlite]") {
  test::TempDir dir;
  const auto path = dir / "nested" / "folder" / "copydesk.db";
  auto db = Database::open(path);
  REQUIRE(db);
  CHECK(std::filesystem::exists(path));
  CHECK(pragma(**db, "journal_mode") == "wal");
  CHECK(pragma(**db, "foreign_keys") == "1");
  CHECK((*db)->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("a new database has 16 KiB pages; an existing one keeps its page size", "[sqlite]") {
  test::TempDir dir;
  {
    auto db = Database::open(dir / "new.db");
    REQUIRE(db);
    CHECK(pragma(**db, "page_size") == "16384");
  }
  {
    // A file made with SQLite's default 4 KiB pages (as every database before this change).
    auto old = Database::open(dir / "old.db", {.migrate = false});
    REQUIRE(old);
    REQUIRE((*old)->exec("PRAGMA journal_mode=DELETE; PRAGMA page_size=4096; VACUUM; PRAGMA journal_mode=WAL"));
    REQUIRE(pragma(**old, "page_size") == "4096");
  }
  auto reopened = Database::open(dir / "old.db");
  REQUIRE(reopened);
  CHECK(pragma(**reopened, "page_size") == "4096");
  CHECK((*reopened)->schemaVersion() == latestSchemaVersion());
  CHECK(pragma(**reopened, "journal_mode") == "wal");
}

TEST_CASE("a new store is at the latest schema, and opening it again migrates nothing") {
  test::TestStore store;
  auto db = store.open();
  REQUIRE(db);
  CHECK((*db)->schemaVersion() == latestSchemaVersion());
  db->reset();
  auto again = store.reopen();
  REQUIRE(again);
  CHECK((*again)->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("foreign keys are enforced") {
  test::TestStore store;
  auto db = store.open();
  REQUIRE(db);
  auto st = (*db)->exec("INSERT INTO variants (product_id, position) VALUES (4242, 0)");
  REQUIRE_FALSE(st);
  // SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
  CHECK_THAT(st.error().message, Catch::Contains("foreign key", Catch::CaseSensitive::No));
}

TEST_CASE("a failed transaction leaves nothing behind") {
  test::TestStore store;
  auto db = store.open();
  REQUIRE(db);
  {
    Transaction tx(**db);
    REQUIRE(tx.begun());
    REQUIRE((*db)->exec("INSERT INTO products (sku, title) VALUES ('a', 'A')"));
    // no commit: rolled back by the destructor
  }
  auto stmt = (*db)->prepare("SELECT count(*) FROM products");
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  CHECK(stmt->integer(0) == 0);
}

namespace {

std::int64_t count(Database& db, const std::string& sql) {
  auto stmt = db.prepare(sql);
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->integer(0);
}

bool insertProduct(Database& db, const std::string& sku) {
  auto stmt = db.prepare("INSERT INTO products (sku, title) VALUES (?, 'x')");
  REQUIRE(stmt);
  return stmt->bind(1, sku).run();
}

}  // namespace

// On PostgreSQL a nested transaction's SAVEPOINT and RELEASE travel with the next statement
// (pipeline mode); what each statement reports, and what is kept, must not change.
TEST_CASE("nested transactions: a failing one rolls back alone, in words, and the outer one commits") {
  test::TestStore store;
  auto db = store.open();
  REQUIRE(db);
  Transaction outer(**db);
  REQUIRE(outer.begun());
  REQUIRE(insertProduct(**db, "A"));
  for (int i = 0; i < 200; ++i) {  // savepoints taken and released back to back
    Transaction nested(**db);
    REQUIRE(nested.begun());
    REQUIRE(insertProduct(**db, "N" + std::to_string(i)));
    REQUIRE(nested.commit());
  }
  {
    Transaction nested(**db);
    REQUIRE(nested.begun());
    REQUIRE(insertProduct(**db, "B"));
    auto duplicate = (*db)->prepare("INSERT INTO products (sku, title) VALUES ('A', 'again')");
    REQUIRE(duplicate);
    CHECK_FALSE(duplicate->run());
    CHECK(duplicate->uniqueViolation());
    // no commit: only B goes
  }
  REQUIRE(insertProduct(**db, "C"));
  REQUIRE(outer.commit());
  CHECK(count(**db, "SELECT count(*) FROM products WHERE sku IN ('A', 'B', 'C')") == 2);
  CHECK(count(**db, "SELECT count(*) FROM products WHERE sku LIKE 'N%'") == 200);
  CHECK_FALSE((*db)->inTransaction());
}

TEST_CASE("an unopenable path is an error naming the path", "[sqlite]") {
  test::TempDir dir;
  test::writeFile(dir / "file", "x");
  auto db = Database::open(dir / "file" / "sub" / "db.sqlite");
  REQUIRE_FALSE(db);
  CHECK(db.error().describe().find((dir / "file").string()) != std::string::npos);
}

TEST_CASE("a file that is not a database is refused with a readable message", "[sqlite]") {
  test::TempDir dir;
  test::writeFile(dir / "junk.db", std::string(4096, 'x'));
  auto db = Database::open(dir / "junk.db");
  REQUIRE_FALSE(db);
  CHECK(db.error().describe().find("junk.db") != std::string::npos);
  CHECK(db.error().message.find("not a database") != std::string::npos);
}

TEST_CASE("the audit trail cannot be rewritten") {
  test::TestStore store;
  auto db = store.open();
  REQUIRE(db);
  REQUIRE((*db)->exec("INSERT INTO audit (actor, action, entity) VALUES ('ann', 'approve', 'draft')"));
  CHECK_FALSE((*db)->exec("UPDATE audit SET actor = 'bob'"));
  CHECK_FALSE((*db)->exec("DELETE FROM audit"));
}
