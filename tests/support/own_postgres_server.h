#pragma once

#include <string>

namespace copydesk::test {

// A PostgreSQL server of one test's own (issue 11), for a test that kills the server under a running
// store: never the run's shared server (PostgresTestServer), whose other tests would die with it.
// scripts/pg-test-server.sh starts it in a short folder of its own under /tmp with a socket port of
// its own (kOwnPort; no TCP port is opened either way), and stops and removes it on destruction.
// Failures throw std::runtime_error with the script's message.
class OwnPostgresServer final {
 public:
  static constexpr int kOwnPort = 54341;  // the shared server's is 54329

  OwnPostgresServer();
  ~OwnPostgresServer();
  OwnPostgresServer(const OwnPostgresServer&) = delete;
  OwnPostgresServer& operator=(const OwnPostgresServer&) = delete;

  const std::string& folder() const { return m_folder; }
  // "host=FOLDER port=PORT user=postgres", without a database.
  const std::string& connectionString() const { return m_connectionString; }

  // Creates the database `name` and returns its connection string. Its commits are synchronous:
  // the script's servers commit asynchronously for speed, and a crash loses what the WAL writer
  // had not written yet, which is not what a real server with commits reported done does.
  std::string createDatabase(const std::string& name);

  // Stops the server the way a crash does (pg_ctl stop -m immediate: every client cut off, no
  // checkpoint); its data stays for restart(), which replays the WAL as after a crash.
  void kill();
  void restart();

 private:
  std::string run(const std::string& command);

  std::string m_folder;
  std::string m_connectionString;
};

}  // namespace copydesk::test
