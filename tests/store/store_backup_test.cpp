// backupStore: a consistent copy under a new name, never over an existing file unless asked.
#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/store_backup.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

std::int64_t count(Database& db, const std::string& sql) {
  auto stmt = db.prepare(sql);
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->integer(0);
}

bool hasTempLeft(const test::TempDir& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    if (entry.path().filename().string().find(".backup-") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("backup: a whole, openable copy of the store with its rows", "[sqlite]") {
  test::TempDir dir;
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  for (int i = 0; i < 200; ++i) {
    REQUIRE((*db)->exec("INSERT INTO products (sku, title) VALUES ('S-" + std::to_string(i) + "', '保温杯')"));
  }
  auto summary = backupStore(**db, dir / "copy.db", false);
  INFO((summary ? std::string() : summary.error().describe()));
  REQUIRE(summary);
  CHECK(summary->products == 200);
  CHECK(summary->bytes == std::filesystem::file_size(dir / "copy.db"));
  CHECK_FALSE(hasTempLeft(dir));
  CHECK_FALSE(std::filesystem::exists(dir / "copy.db-wal"));

  auto copy = Database::open(dir / "copy.db");
  REQUIRE(copy);
  CHECK(count(**copy, "SELECT count(*) FROM products") == 200);
  auto check = (*copy)->prepare("PRAGMA integrity_check");
  REQUIRE(check);
  REQUIRE(check->step());
  CHECK(check->text(0) == "ok");
  // Full-text search works in the copy as in the original.
  CHECK(count(**copy, "SELECT count(*) FROM products_fts WHERE products_fts MATCH '保温杯'") == 200);
}

TEST_CASE("backup: an existing file is kept unless overwriting is asked for; never the store itself", "[sqlite]") {
  test::TempDir dir;
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  test::writeFile(dir / "old.db", "precious");
  auto refused = backupStore(**db, dir / "old.db", false);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::InvalidInput);
  CHECK(refused.error().where == (dir / "old.db").string());
  CHECK(refused.error().message.find("already exists") != std::string::npos);
  CHECK(test::readFile(dir / "old.db") == "precious");
  CHECK_FALSE(hasTempLeft(dir));

  REQUIRE(backupStore(**db, dir / "old.db", true));
  CHECK(test::readFile(dir / "old.db").rfind("SQLite format 3", 0) == 0);

  auto self = backupStore(**db, dir / "c.db", true);
  REQUIRE_FALSE(self);
  CHECK(self.error().message.find("the database being backed up") != std::string::npos);
  auto folder = backupStore(**db, dir.path(), true);
  REQUIRE_FALSE(folder);
  CHECK(folder.error().message.find("folder") != std::string::npos);
}

TEST_CASE("backup: a folder that cannot be written leaves nothing and says where", "[sqlite]") {
  test::TempDir dir;
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  auto failed = backupStore(**db, dir / "no-such-folder" / "copy.db", false);
  REQUIRE_FALSE(failed);
  CHECK(failed.error().where == (dir / "no-such-folder" / "copy.db").string());
  CHECK(failed.error().message.find("cannot create the copy") != std::string::npos);
}
