#pragma once

#include <string>

namespace copydesk::bench {

// A PostgreSQL server for a benchmark: one given by its libpq connection string, or a throwaway
// PostgreSQL 15 of the benchmark's own (scripts/pg-test-server.sh: socket in /tmp/cd-pgbench-PORT,
// no TCP port, fsync off like the tests' server) stopped when this goes.
class BenchPostgres final {
 public:
  // server: "host=… port=… user=…" without a database, or empty to start a throwaway one.
  BenchPostgres(std::string server, const std::string& port);
  ~BenchPostgres();
  BenchPostgres(const BenchPostgres&) = delete;
  BenchPostgres& operator=(const BenchPostgres&) = delete;

  bool ready() const { return !m_server.empty(); }
  const std::string& server() const { return m_server; }
  // Drops `name` if it is there and makes it again from template1 (pg_trgm in it); false, with the
  // server's message on stderr, when it could not.
  bool freshDatabase(const std::string& name) const;
  bool dropDatabase(const std::string& name) const;
  // The connection string of a database on the server.
  std::string database(const std::string& name) const { return m_server + " dbname=" + name; }

 private:
  bool admin(const std::string& sql) const;

  std::string m_server;
  std::string m_ownDir;  // set when the server is ours to stop
};

// Runs a shell command; its standard output without the trailing newlines, empty when it failed.
std::string runCommand(const std::string& command);

}  // namespace copydesk::bench
