#include "tests/support/own_postgres_server.h"

#include <unistd.h>

#include <random>
#include <stdexcept>

#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {
namespace {

std::string lastLine(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  const auto newline = text.rfind('\n');
  return newline == std::string::npos ? text : text.substr(newline + 1);
}

}  // namespace

OwnPostgresServer::OwnPostgresServer() {
  std::random_device random;
  // Short: the socket path DIR/.s.PGSQL.PORT must fit in 107 bytes.
  m_folder = "/tmp/copydesk-pgown-" + std::to_string(getpid()) + "-" + std::to_string(random() % 100000);
  m_connectionString = lastLine(run("start"));
}

OwnPostgresServer::~OwnPostgresServer() {
  try {
    run("stop");
  } catch (const std::exception&) {
    // Nothing to do about it here; the next start in this folder cleans up.
  }
}

std::string OwnPostgresServer::run(const std::string& command) {
  const std::string script = (sourceDir() / "scripts" / "pg-test-server.sh").string();
  const CommandResult result = runCommand("COPYDESK_PG_PORT=" + std::to_string(kOwnPort) + " " + shellQuote(script) +
                                          " " + command + " " + shellQuote(m_folder));
  if (result.exitCode != 0) {
    throw std::runtime_error("pg-test-server.sh " + command + " " + m_folder + " failed:\n" + result.err);
  }
  return result.out;
}

std::string OwnPostgresServer::createDatabase(const std::string& name) {
  PgConnection server(withDatabase(m_connectionString, "postgres"));
  server.execute("CREATE DATABASE \"" + name +
                 "\" TEMPLATE template1 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'");
  server.execute("ALTER DATABASE \"" + name + "\" SET synchronous_commit = on");
  return withDatabase(m_connectionString, name);
}

void OwnPostgresServer::kill() { run("kill"); }

void OwnPostgresServer::restart() {
  const std::string again = lastLine(run("restart"));
  if (again != m_connectionString) {
    throw std::runtime_error("the restarted server answers at " + again + ", not " + m_connectionString);
  }
}

}  // namespace copydesk::test
