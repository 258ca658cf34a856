#include "core/store/database.h"

#include <sqlite3.h>

#include <system_error>

#include "core/store/schema.h"
#include "core/store/store_file_check.h"
#include "core/common/error_id.h"

namespace copydesk {

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path) {
  return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path, const Options& options) {
  if (path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return makeError("file.cannot-create-folder", ErrorCode::Io, {ec.message()}, path.parent_path().string());
  }
  if (auto st = checkStoreFile(path); !st) return st.error();  // damaged, truncated, read-only: refused untouched
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
    std::string message = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    return makeError("store.cannot-open", ErrorCode::Database, {message}, path.string());
  }
  std::unique_ptr<Database> db(new Database(raw, path));
  if (auto st = checkStoreOpenedWritable(raw, path); !st) return st.error();
  sqlite3_busy_timeout(raw, options.busyTimeoutMs);
  sqlite3_extended_result_codes(raw, 1);
  // 16 KiB pages for a new file (SQLite's default is 4 KiB; an existing file keeps its size, this is a
  // no-op there). Bulk writes touch a quarter as many pages and WAL frames: an import of 100,000
  // products costs about 15 % less CPU (docs/benchmarks.md, "Catalog import"); a small write puts
  // a few 16 KiB frames in the WAL instead of 4 KiB ones. Must come before WAL mode creates the file.
  for (const char* pragma : {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
    if (auto st = db->exec(pragma); !st) return st.error();
  }
  if (options.migrate) {
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (auto st = db->migrateTo(target); !st) return st.error();
  }
  return db;
}

Database::~Database() { sqlite3_close_v2(m_db); }

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return lastError("preparing \"" + std::string(sql.substr(0, 40)) + "\"");
  }
  return Statement(m_db, stmt);
}

Status Database::exec(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    // sqlite3_exec's own message names the statement that failed inside a script.
    Error error = storeFailure(sqlite3_extended_errcode(m_db), sqlite3_system_errno(m_db),
                               message ? message : sqlite3_errmsg(m_db), "running \"" + text.substr(0, 40) + "\"",
                               m_path.string());
    sqlite3_free(message);
    return error;
  }
  return {};
}

int Database::schemaVersion() {
  auto stmt = prepare("PRAGMA user_version");
  if (!stmt || !stmt->step()) return -1;
  return static_cast<int>(stmt->integer(0));
}

Status Database::migrateTo(int version) {
  const int current = schemaVersion();
  if (current > latestSchemaVersion()) {
    return makeError("store.newer-schema", ErrorCode::Database, {std::to_string(current)}, m_path.string());
  }
  for (const Migration& migration : migrations()) {
    if (migration.version <= current || migration.version > version) continue;
    Transaction tx(*this);
    if (!tx.begun()) return tx.begun().error();
    if (schemaVersion() >= migration.version) continue;  // another process migrated while we waited
    if (auto st = exec(migration.sql); !st) {
      Error error = st.error();
      return addContext(error, "store.in-migration", {std::to_string(migration.version)});
    }
    if (auto st = exec("PRAGMA user_version=" + std::to_string(migration.version)); !st) return st;
    if (auto st = tx.commit(); !st) return st;
  }
  return {};
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

Error Database::lastError(std::string_view doing) const {
  const int code = sqlite3_extended_errcode(m_db);
  return storeFailure(code, sqlite3_system_errno(m_db), sqlite3_errmsg(m_db), std::string(doing), m_path.string());
}

Transaction::Transaction(Database& db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0) {
  m_begun = m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
  m_open = m_begun.ok();
}

Transaction::~Transaction() {
  if (!m_open) return;
  if (m_nested) {
    (void)m_db.exec("ROLLBACK TO nested");
    (void)m_db.exec("RELEASE nested");
  } else {
    (void)m_db.exec("ROLLBACK");
  }
}

Status Transaction::commit() {
  if (!m_open) return makeError("store.commit-without-transaction", ErrorCode::Internal);
  auto st = m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
  if (st) m_open = false;
  return st;
}

}  // namespace copydesk
