#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/common/result.h"
#include "core/store/statement.h"

struct sqlite3;

namespace copydesk {
namespace pg {
class Connection;
}

// One connection to a Copydesk store. By default the store is a SQLite file: WAL, foreign keys, a
// generous busy timeout so that the studio and a CLI run share the file without "database is
// locked" reaching the user. A team store is a PostgreSQL database (core/store/store_source.h):
// the same schema versions and the same SQL, adapted by core/store/postgres/.
// A connection belongs to one thread at a time; open one per thread.
class Database final {
 public:
  struct Options {
    bool migrate = true;           // bring the schema to the latest version on open
    int targetVersion = -1;        // for tests: stop migrating at this version (-1: latest)
    int busyTimeoutMs = 30000;
  };

  // path: a SQLite file, or a PostgreSQL connection string (isPostgresSource).
  static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path);
  static Result<std::unique_ptr<Database>> open(const std::filesystem::path& path, const Options& options);
  ~Database();

  bool isPostgres() const { return m_pg != nullptr; }
  bool inTransaction() const;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Prepares SQL; an error names the statement's first words and SQLite's message.
  Result<Statement> prepare(std::string_view sql);
  Status exec(std::string_view sql);
  // exec() for a statement whose outcome only the next ones need (a savepoint): on PostgreSQL it
  // goes with the next statement in one round trip (pg::Connection::execSoon), and a failure is
  // that statement's; on SQLite it runs now.
  Status execSoon(std::string_view sql);

  int schemaVersion();
  Status migrateTo(int version);

  // The id of the last row a prepared INSERT made (on PostgreSQL exec() scripts do not report it).
  std::int64_t lastInsertId() const;
  int changes() const;
  // What open() was given: reopen it for another thread's connection.
  const std::filesystem::path& path() const { return m_path; }
  sqlite3* handle() const { return m_db; }  // null on PostgreSQL
  pg::Connection* postgres() const { return m_pg.get(); }  // null on SQLite

  // An Error for the connection's last failure, tagged with what was being done.
  Error lastError(std::string_view doing) const;

 private:
  Database(sqlite3* db, std::filesystem::path path);
  Database(std::unique_ptr<pg::Connection> pg, std::filesystem::path path);
  static Result<std::unique_ptr<Database>> openPostgres(const std::filesystem::path& source, const Options& options);
  Status preparePostgresSchema();
  Status checkCjkSearch();
  Status setSchemaVersion(int version);

  sqlite3* m_db = nullptr;
  std::unique_ptr<pg::Connection> m_pg;
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
