#include "core/store/store_tables.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/common/error_id.h"

namespace copydesk {
namespace {

// Kept by each engine for itself, derived from the data, or a team store's own setup: never copied.
const std::set<std::string> kNotStoreData = {
    "copydesk_schema",       // PostgreSQL's schema version (SQLite keeps it in PRAGMA user_version)
    "products_fts_pending",  // ids waiting for SQLite's FTS index (schema v5/v6); empty on PostgreSQL
    "drafts_fts_pending",
    "team_settings",         // written by `team init` on the team store itself
    "products_load_indexes",  // PostgreSQL: the indexes a first import dropped and has not yet made again (v17, v18)
};

// SQLite's type affinity rules (datatype3.html, 3.1), reduced to what the store declares.
ColumnKind sqliteKind(std::string type) {
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::toupper(c); });
  if (type.find("INT") != std::string::npos) return ColumnKind::Integer;
  for (const char* real : {"REAL", "FLOA", "DOUB"}) {
    if (type.find(real) != std::string::npos) return ColumnKind::Real;
  }
  return ColumnKind::Text;
}

ColumnKind postgresKind(const std::string& type) {
  if (type == "int2" || type == "int4" || type == "int8" || type == "oid") return ColumnKind::Integer;
  if (type == "float4" || type == "float8" || type == "numeric") return ColumnKind::Real;
  return ColumnKind::Text;
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

// SQLite: ordinary tables, without FTS5's virtual tables and the shadow tables behind them.
Result<std::vector<std::string>> sqliteTableNames(Database& db) {
  auto stmt = db.prepare("SELECT name, upper(coalesce(sql, '')) FROM sqlite_master WHERE type = 'table'");
  if (!stmt) return stmt.error();
  std::vector<std::pair<std::string, bool>> all;  // name, virtual
  while (stmt->step()) all.emplace_back(stmt->text(0), startsWith(stmt->text(1), "CREATE VIRTUAL TABLE"));
  if (!stmt->ok()) return db.lastError("listing the store's tables");
  std::vector<std::string> names;
  for (const auto& table : all) {
    // Not a structured binding: clang 14 (the fuzz and sanitizer builds) cannot capture one in a lambda.
    const std::string& name = table.first;
    if (table.second || startsWith(name, "sqlite_")) continue;
    const bool shadow = std::any_of(all.begin(), all.end(), [&](const auto& other) {
      return other.second && startsWith(name, other.first + "_");
    });
    if (!shadow) names.push_back(name);
  }
  return names;
}

Result<std::vector<std::string>> postgresTableNames(Database& db) {
  auto stmt = db.prepare(
      "SELECT relname FROM pg_class WHERE relnamespace = to_regnamespace(current_schema()) AND relkind IN ('r', 'p')");
  if (!stmt) return stmt.error();
  std::vector<std::string> names;
  while (stmt->step()) names.push_back(stmt->text(0));
  if (!stmt->ok()) return db.lastError("listing the store's tables");
  return names;
}

constexpr const char* kPgTableOid =
    "(SELECT oid FROM pg_class WHERE relname = ? AND relnamespace = to_regnamespace(current_schema()))";

Status readColumns(Database& db, StoreTable& table) {
  const std::string sql =
      db.isPostgres()
          ? std::string("SELECT a.attname, t.typname, coalesce(array_position(CAST(i.indkey AS int2[]), a.attnum), 0) "
                        "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                        "LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
                        "WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid = ") +
                kPgTableOid + " ORDER BY a.attnum"
          : "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid";
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  stmt->bind(1, table.name);
  while (stmt->step()) {
    StoreColumn column;
    column.name = stmt->text(0);
    column.kind = db.isPostgres() ? postgresKind(stmt->text(1)) : sqliteKind(stmt->text(1));
    column.primaryKeyPosition = static_cast<int>(stmt->integer(2));
    table.columns.push_back(std::move(column));
  }
  if (!stmt->ok()) return db.lastError("reading the columns of " + table.name);
  return {};
}

Status readReferences(Database& db, StoreTable& table) {
  const std::string sql =
      db.isPostgres()
          ? std::string("SELECT DISTINCT r.relname FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid "
                        "WHERE k.contype = 'f' AND k.conrelid = ") +
                kPgTableOid
          : "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)";
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  stmt->bind(1, table.name);
  while (stmt->step()) {
    std::string referenced = stmt->text(0);
    if (referenced != table.name) table.references.push_back(std::move(referenced));
  }
  if (!stmt->ok()) return db.lastError("reading the foreign keys of " + table.name);
  std::sort(table.references.begin(), table.references.end());
  return {};
}

}  // namespace

const StoreColumn* StoreTable::column(const std::string& columnName) const {
  for (const StoreColumn& c : columns) {
    if (c.name == columnName) return &c;
  }
  return nullptr;
}

const StoreColumn* StoreTable::integerKey() const {
  const StoreColumn* key = nullptr;
  for (const StoreColumn& c : columns) {
    if (c.primaryKeyPosition == 0) continue;
    if (key || c.kind != ColumnKind::Integer) return nullptr;
    key = &c;
  }
  return key;
}

Result<std::vector<StoreTable>> storeTables(Database& db) {
  auto names = db.isPostgres() ? postgresTableNames(db) : sqliteTableNames(db);
  if (!names) return names.error();
  std::sort(names->begin(), names->end());
  std::vector<StoreTable> tables;
  for (const std::string& name : *names) {
    if (kNotStoreData.count(name)) continue;
    StoreTable table;
    table.name = name;
    if (auto st = readColumns(db, table); !st) return st.error();
    if (auto st = readReferences(db, table); !st) return st.error();
    tables.push_back(std::move(table));
  }
  return tables;
}

Result<std::vector<StoreTable>> inForeignKeyOrder(std::vector<StoreTable> tables) {
  std::set<std::string> waiting;
  for (const StoreTable& t : tables) waiting.insert(t.name);
  std::vector<StoreTable> ordered;
  while (!tables.empty()) {
    // The first (by name) whose referenced tables are all placed: the order is the same every time.
    auto ready = std::find_if(tables.begin(), tables.end(), [&](const StoreTable& t) {
      return std::none_of(t.references.begin(), t.references.end(),
                          [&](const std::string& r) { return waiting.count(r) > 0; });
    });
    if (ready == tables.end()) {
      std::string names;
      for (const StoreTable& t : tables) names += (names.empty() ? "" : ", ") + t.name;
      return makeError("store.copy-foreign-key-cycle", ErrorCode::Internal, {names});
    }
    waiting.erase(ready->name);
    ordered.push_back(std::move(*ready));
    tables.erase(ready);
  }
  return ordered;
}

std::string quotedName(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

}  // namespace copydesk
