#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"
#include "tests/support/postgres_test_database.h"
#include "tests/support/result_string_maker.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

// Which backend the store tests of this process run on (issue 11: one suite, two backends):
// COPYDESK_TEST_BACKEND=postgres or sqlite, sqlite when unset. Any other value throws rather than
// quietly testing SQLite twice.
enum class TestBackend { Sqlite, Postgres };
TestBackend testBackend();
const char* testBackendName();

// One test's own store on the chosen backend: a SQLite file in a TempDir, or a fresh database on
// the run's PostgreSQL server (PostgresTestServer), dropped with the TestStore. Every open() is a
// new connection to the same store, so a test can hold several (threads, a "second studio");
// source() is what Database::open and the store's own classes (UnsavedCopyWriter) take.
class TestStore final {
 public:
  // fileName: the SQLite file's name in dir() (unused on PostgreSQL).
  explicit TestStore(const std::string& fileName = "store.db");
  TestStore(const TestStore&) = delete;
  TestStore& operator=(const TestStore&) = delete;

  bool isPostgres() const { return m_database.has_value(); }
  const std::filesystem::path& source() const { return m_source; }
  // A folder of the test's own for other files (exports, backups), whatever the backend.
  const TempDir& dir() const { return m_dir; }

  // A new connection (migrated to the latest schema unless the options say otherwise).
  Result<std::unique_ptr<Database>> open(const Database::Options& options = {}) const;
  // The same, for a test that has closed its connection and comes back: what a restart sees.
  Result<std::unique_ptr<Database>> reopen(const Database::Options& options = {}) const { return open(options); }
  // A connection or a failed test (fixtures that cannot go on without one).
  std::unique_ptr<Database> openOrFail(const Database::Options& options = {}) const;

 private:
  TempDir m_dir;
  std::optional<PostgresTestDatabase> m_database;
  std::filesystem::path m_source;
};

}  // namespace copydesk::test
