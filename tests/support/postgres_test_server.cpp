#include "tests/support/postgres_test_server.h"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <stdexcept>

#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {
namespace {

std::string script() { return (sourceDir() / "scripts" / "pg-test-server.sh").string(); }

std::string randomHex() {
  std::random_device random;
  char text[16];
  std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(random()));
  return text;
}

std::string lastLine(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  const auto newline = text.rfind('\n');
  return newline == std::string::npos ? text : text.substr(newline + 1);
}

}  // namespace

PostgresTestServer& PostgresTestServer::instance() {
  static PostgresTestServer server;
  return server;
}

PostgresTestServer::PostgresTestServer() : m_ownerPid(getpid()) {
  if (const char* fromCtest = std::getenv("COPYDESK_TEST_PG"); fromCtest && *fromCtest) {
    m_connectionString = fromCtest;
    return;
  }
  // Under /tmp whatever TMPDIR says: as root the server runs as postgres, who must reach it.
  const std::string folder = "/tmp/copydesk-pg-" + std::to_string(getpid()) + "-" + randomHex();
  const CommandResult started = runCommand(shellQuote(script()) + " start " + shellQuote(folder));
  if (started.exitCode != 0) {
    throw std::runtime_error("could not start a PostgreSQL test server (" + script() + "):\n" + started.err);
  }
  m_ownFolder = folder;
  m_connectionString = lastLine(started.out);
}

PostgresTestServer::~PostgresTestServer() {
  if (m_ownFolder.empty() || getpid() != m_ownerPid) return;
  runCommand(shellQuote(script()) + " stop " + shellQuote(m_ownFolder));
}

PostgresTestDatabase PostgresTestServer::createTestDatabase() {
  // Unique across the parallel test processes of a run and across runs on a reused server.
  static std::atomic<unsigned> counter{0};
  const std::string name =
      "copydesk_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" + randomHex();
  PgConnection server(withDatabase(m_connectionString, "postgres"));
  // template1 carries pg_trgm (scripts/pg-test-server.sh); the character type must be one that
  // classifies CJK characters, or pg_trgm finds no trigrams in Chinese text; collation C as the README's.
  server.execute("CREATE DATABASE \"" + name +
                 "\" TEMPLATE template1 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
  return PostgresTestDatabase(m_connectionString, name);
}

PostgresTestDatabase createTestDatabase() { return PostgresTestServer::instance().createTestDatabase(); }

}  // namespace copydesk::test
