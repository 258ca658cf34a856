// pg::CopyIn with more rows than one chunk: the chunks after the first are written by CopySender's
// thread while the next is built, and what the server refuses or the caller abandons after several
// of them must still leave nothing behind and a connection that works (issue 11).
#include <catch2/catch.hpp>

#include <string>

#include "core/store/database.h"
#include "core/store/postgres/pg_copy_in.h"
#include "tests/support/pg_connection.h"
#include "tests/support/postgres_test_server.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Matchers::Contains;

namespace {

constexpr std::int64_t kRows = 30000;  // about 3 MiB: a dozen chunks

std::string textOf(std::int64_t n) { return "row " + std::to_string(n) + " " + std::string(90, 'x') + " 行"; }

struct CopyTable {
  PostgresTestDatabase database = createTestDatabase();
  std::unique_ptr<Database> db;

  CopyTable() {
    auto opened = Database::open(database.connectionString());
    REQUIRE(opened.ok());
    db = std::move(*opened);
    REQUIRE(db->exec("CREATE TABLE copied (n BIGINT NOT NULL CHECK (n <> 20000), text TEXT NOT NULL)").ok());
  }
  pg::Connection& connection() { return *db->postgres(); }
  std::string value(const std::string& sql) { return PgConnection(database.connectionString()).value(sql); }
};

// Sends rows 1..last; stops early (returning false) if a row could not be sent.
bool sendRows(pg::CopyIn& copy, std::int64_t last) {
  for (std::int64_t n = 1; n <= last; ++n) {
    if (!copy.field(n).field(textOf(n)).endRow()) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("copy in: rows in many chunks all arrive, in order, in text and in binary", "[postgres]") {
  CopyTable table;
  REQUIRE(table.db->exec("ALTER TABLE copied DROP CONSTRAINT copied_n_check").ok());
  const auto format = GENERATE(pg::CopyIn::Format::Text, pg::CopyIn::Format::Binary);
  const std::string sql = format == pg::CopyIn::Format::Binary ? "COPY copied (n, text) FROM STDIN WITH (FORMAT binary)"
                                                               : "COPY copied (n, text) FROM STDIN";
  REQUIRE(table.db->exec("TRUNCATE copied").ok());
  auto copy = pg::CopyIn::begin(table.connection(), sql, format);
  REQUIRE(copy.ok());
  REQUIRE(sendRows(*copy, kRows));
  auto copied = copy->finish();
  REQUIRE(copied.ok());
  CHECK(*copied == kRows);
  CHECK(table.value("SELECT count(*) FROM copied") == std::to_string(kRows));
  CHECK(table.value("SELECT count(*) FROM copied WHERE text <> 'row ' || n || ' ' || repeat('x', 90) || ' 行'") == "0");
  CHECK(table.value("SELECT count(DISTINCT n) FROM copied WHERE n BETWEEN 1 AND " + std::to_string(kRows)) ==
        std::to_string(kRows));
  // The connection is free again for the statements that follow a COPY.
  auto after = table.db->prepare("SELECT max(n) FROM copied");
  REQUIRE(after.ok());
  REQUIRE(after->step());
  CHECK(after->integer(0) == kRows);
}

TEST_CASE("copy in: a row the server refuses after several chunks keeps nothing and is named", "[postgres]") {
  CopyTable table;
  auto copy = pg::CopyIn::begin(table.connection(), "COPY copied (n, text) FROM STDIN WITH (FORMAT binary)",
                                pg::CopyIn::Format::Binary);
  REQUIRE(copy.ok());
  sendRows(*copy, kRows);  // the server may say no while rows are still being sent
  auto copied = copy->finish();
  REQUIRE_FALSE(copied.ok());
  CHECK_THAT(copied.error().describe(), Contains("copied_n_check"));
  CHECK(copy->failedRow() == 20000);
  CHECK(table.value("SELECT count(*) FROM copied") == "0");
  auto after = table.db->prepare("SELECT 1");
  REQUIRE(after.ok());
  CHECK(after->step());
}

TEST_CASE("copy in: a copy abandoned after several chunks keeps nothing", "[postgres]") {
  CopyTable table;
  {
    auto copy = pg::CopyIn::begin(table.connection(), "COPY copied (n, text) FROM STDIN", pg::CopyIn::Format::Text);
    REQUIRE(copy.ok());
    REQUIRE(sendRows(*copy, 15000));
  }  // never finished: the destructor abandons it
  CHECK(table.value("SELECT count(*) FROM copied") == "0");
  REQUIRE(table.db->exec("INSERT INTO copied VALUES (1, 'after')").ok());
  CHECK(table.value("SELECT text FROM copied") == "after");
}
