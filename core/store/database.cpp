#include "core/store/database.h"

#include <sqlite3.h>

#include <system_error>

#include "core/common/error_id.h"
#include "core/store/postgres/pg_connection.h"
#include "core/store/postgres/pg_failure.h"
#include "core/store/postgres/pg_schema.h"
#include "core/store/postgres/pg_statement.h"
#include "core/store/schema.h"
#include "core/store/store_file_check.h"
#include "core/store/store_source.h"

namespace copydesk {
namespace {

// Any number, the same for every Copydesk: migrations of one team store wait for each other.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7406183021)";

std::span<const Migration> migrationsFor(const Database& db) {
  return db.isPostgres() ? pg::migrations() : migrations();
}

}  // namespace

Database::Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}

Database::Database(std::unique_ptr<pg::Connection> pg, std::filesystem::path path)
    : m_pg(std::move(pg)), m_path(std::move(path)) {}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path) {
  return open(path, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path, const Options& options) {
  if (isPostgresSource(path.native())) return openPostgres(path, options);
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

Result<std::unique_ptr<Database>> Database::openPostgres(const std::filesystem::path& source, const Options& options) {
  auto connection = pg::Connection::open(source.native());
  if (!connection) {
    Error error = connection.error();
    error.where = redactedSource(source.native());
    return error;
  }
  std::unique_ptr<Database> db(new Database(std::move(*connection), source));
  if (auto st = db->preparePostgresSchema(); !st) return st.error();
  if (options.migrate) {
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (auto st = db->migrateTo(target); !st) return st.error();
    if (auto st = db->checkCjkSearch(); !st) return st.error();
  }
  return db;
}

// The version lives in a table of its own (SQLite keeps it in PRAGMA user_version).
// Team members' roles may not create tables: only a store without it makes it.
Status Database::preparePostgresSchema() {
  auto existing = prepare("SELECT to_regclass('copydesk_schema') IS NOT NULL");
  if (!existing) return existing.error();
  if (!existing->step()) return lastError("reading the schema version");
  if (existing->integer(0) == 1) return {};
  return exec(
      "CREATE TABLE IF NOT EXISTS copydesk_schema (version INTEGER NOT NULL);"
      "INSERT INTO copydesk_schema (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM copydesk_schema)");
}

// Chinese search is pg_trgm over the text; with a C or POSIX character type it finds no trigram
// in Chinese at all, and every search for Chinese copy would quietly come back empty.
Status Database::checkCjkSearch() {
  auto stmt = prepare("SELECT coalesce(array_length(show_trgm('无线蓝牙'), 1), 0), current_setting('lc_ctype')");
  if (!stmt) return stmt.error();
  if (!stmt->step()) return lastError("checking the database's character classification");
  if (stmt->integer(0) > 0) return {};
  return makeError("store.pg.no-cjk-ctype", ErrorCode::Database, {stmt->text(1)}, redactedSource(m_path.native()));
}

Database::~Database() {
  if (m_db) sqlite3_close_v2(m_db);
}

bool Database::inTransaction() const {
  return m_pg ? m_pg->inTransaction() : sqlite3_get_autocommit(m_db) == 0;
}

Result<Statement> Database::prepare(std::string_view sql) {
  if (m_pg) return Statement(std::make_unique<pg::Statement>(*m_pg, pg::adaptForPostgres(sql)));
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return lastError("preparing \"" + std::string(sql.substr(0, 40)) + "\"");
  }
  return Statement(m_db, stmt);
}

Status Database::execSoon(std::string_view sql) {
  if (!m_pg) return exec(sql);
  m_pg->execSoon(std::string(sql));
  return {};
}

Status Database::exec(std::string_view sql) {
  if (m_pg) {
    if (m_pg->exec(sql)) return {};
    return lastError("running \"" + std::string(sql.substr(0, 40)) + "\"");
  }
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
  auto stmt = prepare(m_pg ? "SELECT version FROM copydesk_schema" : "PRAGMA user_version");
  if (!stmt || !stmt->step()) return -1;
  return static_cast<int>(stmt->integer(0));
}

Status Database::setSchemaVersion(int version) {
  return exec(m_pg ? "UPDATE copydesk_schema SET version = " + std::to_string(version)
                   : "PRAGMA user_version=" + std::to_string(version));
}

Status Database::migrateTo(int version) {
  const int current = schemaVersion();
  if (current > latestSchemaVersion()) {
    return makeError("store.newer-schema", ErrorCode::Database, {std::to_string(current)},
                     redactedSource(m_path.native()));
  }
  for (const Migration& migration : migrationsFor(*this)) {
    if (migration.version <= current || migration.version > version) continue;
    Transaction tx(*this);
    if (!tx.begun()) return tx.begun().error();
    if (m_pg) {
      if (auto st = exec(kMigrationLock); !st) return st;
    }
    if (schemaVersion() >= migration.version) continue;  // another process migrated while we waited
    if (auto st = exec(migration.sql); !st) {
      Error error = st.error();
      return addContext(error, "store.in-migration", {std::to_string(migration.version)});
    }
    if (auto st = setSchemaVersion(migration.version); !st) return st;
    if (auto st = tx.commit(); !st) return st;
  }
  return {};
}

std::int64_t Database::lastInsertId() const {
  return m_pg ? m_pg->lastInsertId() : sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const { return m_pg ? m_pg->changes() : sqlite3_changes(m_db); }

Error Database::lastError(std::string_view doing) const {
  if (m_pg) return pg::storeFailure(*m_pg, std::string(doing), redactedSource(m_path.native()));
  const int code = sqlite3_extended_errcode(m_db);
  return storeFailure(code, sqlite3_system_errno(m_db), sqlite3_errmsg(m_db), std::string(doing), m_path.string());
}

Transaction::Transaction(Database& db) : m_db(db), m_nested(db.inTransaction()) {
  const char* begin = db.isPostgres() ? "BEGIN" : "BEGIN IMMEDIATE";
  m_begun = m_nested ? m_db.execSoon("SAVEPOINT nested") : m_db.exec(begin);
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
  auto st = m_nested ? m_db.execSoon("RELEASE nested") : m_db.exec("COMMIT");
  if (st) m_open = false;
  return st;
}

}  // namespace copydesk
