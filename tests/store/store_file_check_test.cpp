// Damaged database files are refused at open, with the file and the cause, and left untouched.
#include <cstdlib>

#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

// A real store with enough rows to span many pages.
void makeStore(const std::filesystem::path& path) {
  auto db = Database::open(path);
  REQUIRE(db);
  for (int i = 0; i < 300; ++i) {
    REQUIRE((*db)->exec("INSERT INTO products (sku, title, description) VALUES ('S-" + std::to_string(i) +
                        "', 'Bamboo board', '" + std::string(400, 'x') + "')"));
  }
}

Error openFails(const std::filesystem::path& path) {
  auto db = Database::open(path);
  REQUIRE_FALSE(db);
  return db.error();
}

}  // namespace

TEST_CASE("open: a file that is not SQLite is refused by name and left as it was", "[sqlite]") {
  test::TempDir dir;
  test::writeFile(dir / "c.db", "name,title\nTEA,Tea\n" + std::string(200, 'z'));
  const std::string before = test::readFile(dir / "c.db");
  const Error error = openFails(dir / "c.db");
  CHECK(error.code == ErrorCode::Database);
  CHECK(error.where == (dir / "c.db").string());
  CHECK(error.message.find("not a database (not an SQLite file)") != std::string::npos);
  CHECK(test::readFile(dir / "c.db") == before);
  CHECK_FALSE(std::filesystem::exists(dir / "c.db-wal"));
}

TEST_CASE("open: a truncated file is refused, saying how much of it is there", "[sqlite]") {
  test::TempDir dir;
  makeStore(dir / "c.db");
  const auto size = std::filesystem::file_size(dir / "c.db");
  std::filesystem::resize_file(dir / "c.db", size / 2);
  const std::string before = test::readFile(dir / "c.db");
  const Error error = openFails(dir / "c.db");
  CHECK(error.where == (dir / "c.db").string());
  CHECK(error.message.find("truncated (" + std::to_string(size / 2) + " bytes of " + std::to_string(size)) !=
        std::string::npos);
  CHECK(test::readFile(dir / "c.db") == before);
}

TEST_CASE("open: a folder in place of the file, and an empty file (a new store)", "[sqlite]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "c.db");
  CHECK(openFails(dir / "c.db").message.find("folder") != std::string::npos);
  test::writeFile(dir / "empty.db", "");
  CHECK(Database::open(dir / "empty.db"));
}

TEST_CASE("a damaged page inside a store is reported as damage, the file unchanged", "[sqlite]") {
  test::TempDir dir;
  makeStore(dir / "c.db");
  {
    // Garbage over every page after the first (the schema stays readable; the tables do not).
    std::string bytes = test::readFile(dir / "c.db");
    for (std::size_t i = 16384; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5 ^ (i & 0xff));
    test::writeFile(dir / "c.db", bytes);
  }
  const std::string before = test::readFile(dir / "c.db");
  auto db = Database::open(dir / "c.db");
  if (db) {
    auto stmt = (*db)->prepare("SELECT count(*) FROM products");
    bool failed = !stmt;
    if (stmt) failed = !stmt->step() || !stmt->ok();
    CHECK(failed);
    const Error error = (*db)->lastError("counting products");
    CHECK(error.message.find("damaged") != std::string::npos);
    CHECK(error.where == (dir / "c.db").string());
  } else {
    CHECK(db.error().message.find("damaged") != std::string::npos);
  }
  db = Database::open(dir / "other.db");  // releases nothing of c.db; just a new handle
  CHECK(test::readFile(dir / "c.db") == before);
}

// The header check runs at every open. It once read the file with open()/close(), and closing any
// descriptor of a file drops every POSIX lock the process holds on it: a second connection opened
// in the studio released the first one's locks, so another process closing its last connection
// (the CLI, here the sqlite3 shell) saw the store unused and deleted the WAL under the studio,
// whose writes from then on were lost to everyone else.
TEST_CASE("open: a second connection in a process keeps the first one's locks; another process's close leaves the WAL", "[sqlite]") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  makeStore(path);
  auto first = Database::open(path);
  REQUIRE(first);
  REQUIRE((*first)->exec("INSERT INTO products (sku, title) VALUES ('FIRST', 'written before')"));
  auto second = Database::open(path);
  REQUIRE(second);
  const std::string shell = "sqlite3 '" + path.string() + "' ";
  REQUIRE(std::system((shell + "'SELECT count(*) FROM products' >/dev/null").c_str()) == 0);
  CHECK(std::filesystem::exists(path.string() + "-wal"));
  // What this process writes now is seen by the next process to look.
  REQUIRE((*first)->exec("INSERT INTO products (sku, title) VALUES ('AFTER', 'written after')"));
  const auto seen = dir / "seen.txt";
  REQUIRE(std::system((shell + "\"SELECT count(*) FROM products WHERE sku = 'AFTER'\" > '" + seen.string() + "'").c_str()) == 0);
  CHECK(test::readFile(seen) == "1\n");
}
