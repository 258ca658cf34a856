// The run's throwaway PostgreSQL server (issue 11): what every PostgreSQL store test stands on.
#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <random>
#include <string>

#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/test_paths.h"

using namespace copydesk::test;

namespace {

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

bool databaseExists(const std::string& name) {
  PgConnection server(withDatabase(PostgresTestServer::instance().connectionString(), "postgres"));
  return server.value("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'") == "1";
}

std::string script() { return (sourceDir() / "scripts" / "pg-test-server.sh").string(); }

}  // namespace

TEST_CASE("postgres test server: a created database connects, is UTF-8 with a CJK-aware lc_ctype, collation C and has pg_trgm") {
  const PostgresTestDatabase database = createTestDatabase();
  CHECK(database.connectionString().find("dbname=" + database.name()) != std::string::npos);

  PgConnection connection(database.connectionString());
  CHECK(connection.value("SELECT current_database()") == database.name());
  CHECK(connection.value("SHOW server_encoding") == "UTF8");
  const std::string ctype = lowered(connection.value("SHOW lc_ctype"));
  CHECK((ctype.find("utf-8") != std::string::npos || ctype.find("utf8") != std::string::npos));
  CHECK(connection.value("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'") == "1");
  // With lc_ctype C, show_trgm finds no trigram in Chinese text and a trigram index matches nothing.
  CHECK(std::stoi(connection.value("SELECT coalesce(array_length(show_trgm('无线蓝牙耳机'), 1), 0)")) > 0);
  // Collation C (the README's createdb): code-point order, as SQLite's BINARY and C.UTF-8 sort, while
  // case still follows the character type for every script, so ILIKE finds 'École' from 'école'.
  CHECK(connection.value("SHOW lc_collate") == "C");
  CHECK(connection.value("SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('b'), ('中'), ('B'), ('é'), ('a')) v(x)") ==
        "B,a,b,é,中");
  CHECK(connection.value("SELECT ('École' ILIKE 'école')::text || ' ' || lower('ÄÖ')") == "true äö");

  // A trigram index answers a Chinese substring query.
  connection.execute(
      "CREATE TABLE copy (id int PRIMARY KEY, body text NOT NULL);"
      "CREATE INDEX copy_body_trgm ON copy USING gin (body gin_trgm_ops);"
      "INSERT INTO copy VALUES (1, '无线蓝牙耳机，降噪'), (2, '有线耳机');"
      "SET enable_seqscan = off;");
  CHECK(connection.value("SELECT string_agg(id::text, ',') FROM copy WHERE body ILIKE '%蓝牙耳机%'") == "1");
}

TEST_CASE("postgres test server: two created databases are distinct and both usable at the same time") {
  const PostgresTestDatabase first = createTestDatabase();
  const PostgresTestDatabase second = createTestDatabase();
  REQUIRE(first.name() != second.name());

  PgConnection a(first.connectionString());
  PgConnection b(second.connectionString());
  a.execute("CREATE TABLE only_in_first (x int); INSERT INTO only_in_first VALUES (7)");
  b.execute("CREATE TABLE only_in_second (x int); INSERT INTO only_in_second VALUES (8)");

  CHECK(a.value("SELECT current_database()") == first.name());
  CHECK(b.value("SELECT current_database()") == second.name());
  CHECK(a.value("SELECT x FROM only_in_first") == "7");
  CHECK(b.value("SELECT x FROM only_in_second") == "8");
  CHECK(a.value("SELECT to_regclass('only_in_second') IS NULL") == "t");
  CHECK(b.value("SELECT to_regclass('only_in_first') IS NULL") == "t");
  // Both connections are still open and answering.
  CHECK(PQstatus(a.get()) == CONNECTION_OK);
  CHECK(PQstatus(b.get()) == CONNECTION_OK);
}

TEST_CASE("postgres test server: the handle drops its database, even with a connection still open") {
  std::string name;
  std::optional<PgConnection> leftOpen;
  {
    const PostgresTestDatabase database = createTestDatabase();
    name = database.name();
    leftOpen.emplace(database.connectionString());
    REQUIRE(databaseExists(name));
  }
  CHECK_FALSE(databaseExists(name));
}

TEST_CASE("postgres test server: the URI form reaches the same database") {
  const PostgresTestDatabase database = createTestDatabase();
  const std::string uri = database.uri();
  CHECK(uri.rfind("postgresql://", 0) == 0);
  PgConnection connection(uri);
  CHECK(connection.value("SELECT current_database()") == database.name());
}

TEST_CASE("pg-test-server.sh: start over the folder of a server killed with SIGKILL, then stop removes it") {
  // A folder of its own under /tmp (not the run's server): as root the postgres user must reach it.
  std::random_device random;
  const std::string folder = "/tmp/copydesk-pg-stale-" + std::to_string(getpid()) + "-" + std::to_string(random() % 100000);

  const CommandResult first = runCommand(shellQuote(script()) + " start " + folder);
  REQUIRE(first.exitCode == 0);
  const std::string pidLine = readFile(std::filesystem::path(folder) / "data" / "postmaster.pid");
  const pid_t killed = std::stoi(pidLine.substr(0, pidLine.find('\n')));
  REQUIRE(kill(killed, SIGKILL) == 0);  // leaves postmaster.pid, the socket and its lock behind

  const CommandResult second = runCommand(shellQuote(script()) + " start " + folder);
  INFO(second.err);
  REQUIRE(second.exitCode == 0);
  CHECK(second.out == "host=" + folder + " port=54329 user=postgres\n");
  {
    PgConnection connection(withDatabase(second.out.substr(0, second.out.size() - 1), "template1"));
    CHECK(connection.value("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'") == "1");
  }

  const CommandResult stopped = runCommand(shellQuote(script()) + " stop " + folder);
  CHECK(stopped.exitCode == 0);
  CHECK_FALSE(std::filesystem::exists(folder));
}
