#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/common/result.h"
#include "core/store/statement.h"

struct sqlite3;

namespace copydesk {

// One connection to the Copydesk SQLite file: WAL, foreign keys, a generous busy timeout so that
// the studio and a CLI run share the file without "database is locked" reaching the user.
// A connection belongs to one thread at a time; open one per thread.
class Database final {
 public:
  struct Options {
    bool migrate = true;           // bring the schema to the latest version on open
    int targetVersion = -1;        // for tests: stop migrating at this version (-1: latest)
    int busyTimeoutMs = 30000;
  };

  static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path);
  static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path, const Options& options);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Prepares SQL; an error names the statement's first words and SQLite's message.
  Result<Statement> prepare(std::string_view sql);
  Status exec(std::string_view sql);

  int schemaVersion();
  Status migrateTo(int version);

  std::int64_t lastInsertId() const;
  int changes() const;
  const std::filesystem::path& path() const { return m_path; }
  sqlite3* handle() const { return m_db; }

  // An Error for the connection's last failure, tagged with what was being done.
  Error lastError(std::string_view doing) const;

 private:
  Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}
  sqlite3* m_db;
  std::filesystem::path m_path;
};

// A write transaction (BEGIN IMMEDIATE: takes the write lock up front, so a busy writer is
// waited for by the busy timeout instead of failing at COMMIT). Rolls back unless committed.
// Inside another transaction it becomes a savepoint, so store methods compose.
class Transaction final {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  const Status& begun() const { return m_begun; }
  Status commit();

 private:
  Database& m_db;
  Status m_begun;
  bool m_open = false;
  bool m_nested = false;
};

}  // namespace copydesk
