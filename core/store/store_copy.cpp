#include "core/store/store_copy.h"

#include <algorithm>

#include "core/common/error_id.h"
#include "core/store/schema.h"
#include "core/store/store_source.h"
#include "core/store/store_tables.h"
#include "core/store/table_copy.h"

namespace copydesk {
namespace {

// The source as one snapshot for the whole copy: a read transaction (on SQLite a deferred BEGIN,
// which blocks no writer in WAL mode). It only reads, so it ends in a rollback.
class SourceSnapshot final {
 public:
  explicit SourceSnapshot(Database& db) : m_db(db) {}
  ~SourceSnapshot() {
    if (m_open) (void)m_db.exec("ROLLBACK");
  }
  SourceSnapshot(const SourceSnapshot&) = delete;
  SourceSnapshot& operator=(const SourceSnapshot&) = delete;

  Status begin() {
    if (m_db.inTransaction()) return {};  // the caller's transaction is the snapshot
    auto st = m_db.exec(m_db.isPostgres() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    m_open = st.ok();
    return st;
  }

 private:
  Database& m_db;
  bool m_open = false;
};

bool copies(const std::vector<TableCopy>& plan, const std::string& table) {
  return std::any_of(plan.begin(), plan.end(), [&](const TableCopy& t) { return t.name == table; });
}

// The destination's tables in foreign-key order, each with the columns the source has too. A table
// only one engine has (none in the schema today) is not the other's data and is left alone.
Result<std::vector<TableCopy>> planCopy(Database& source, Database& destination) {
  auto from = storeTables(source);
  if (!from) return from.error();
  auto to = storeTables(destination);
  if (!to) return to.error();
  auto ordered = inForeignKeyOrder(std::move(*to));
  if (!ordered) return ordered.error();
  std::vector<TableCopy> plan;
  for (const StoreTable& target : *ordered) {
    auto found = std::find_if(from->begin(), from->end(), [&](const StoreTable& t) { return t.name == target.name; });
    if (found == from->end()) continue;
    TableCopy copy;
    copy.name = target.name;
    std::vector<const StoreColumn*> key;
    for (const StoreColumn& column : found->columns) {
      if (!target.column(column.name)) continue;
      if (found->integerKey() == &column) copy.pagingColumn = copy.columns.size();
      if (column.primaryKeyPosition > 0) key.push_back(&column);
      copy.columns.push_back(column);
    }
    std::sort(key.begin(), key.end(), [](auto* a, auto* b) { return a->primaryKeyPosition < b->primaryKeyPosition; });
    for (const StoreColumn* column : key) copy.primaryKey.push_back(column->name);
    plan.push_back(std::move(copy));
  }
  return plan;
}

// The first table (in copy order) that already has a row: a copy never mixes two stores.
Status refuseUnlessEmpty(Database& destination, const std::vector<TableCopy>& plan) {
  for (const TableCopy& table : plan) {
    auto stmt = destination.prepare("SELECT 1 FROM " + quotedName(table.name) + " LIMIT 1");
    if (!stmt) return stmt.error();
    const bool hasRows = stmt->step();
    if (!stmt->ok()) return destination.lastError("looking for rows in " + table.name);
    if (hasRows) {
      return makeError("store.copy-destination-not-empty", ErrorCode::Database, {table.name},
                       redactedSource(destination.path().native()));
    }
  }
  return {};
}

// Rows of text columns a catalog query gives, read to the end before anything else runs (SQLite
// refuses DDL while a statement over sqlite_master is still open).
Result<std::vector<std::vector<std::string>>> catalogRows(Database& db, const std::string& sql, int columns) {
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  std::vector<std::vector<std::string>> rows;
  while (stmt->step()) {
    std::vector<std::string> row;
    for (int c = 0; c < columns; ++c) row.push_back(stmt->text(c));
    rows.push_back(std::move(row));
  }
  if (!stmt->ok()) return db.lastError("reading the destination's catalog");
  return rows;
}

// Triggers that would change what is copied, or do per row what is done once at the end: on a
// team store, BEFORE INSERT row triggers (tgtype bits ROW 1, BEFORE 2, INSERT 4: team init's
// current_user stamping); on SQLite, the AFTER INSERT triggers feeding the FTS index (it is
// rebuilt afterwards). Returns the SQL that puts them back, run before the commit: inside the
// transaction no other connection ever sees them gone.
Result<std::string> setAsideInsertTriggers(Database& db, const std::vector<TableCopy>& plan) {
  auto triggers = catalogRows(
      db,
      db.isPostgres()
          ? "SELECT c.relname, t.tgname, '' FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgenabled = 'O' AND (CAST(t.tgtype AS integer) & 7) = 7 "
            "AND c.relnamespace = to_regnamespace(current_schema()) ORDER BY 1, 2"
          : "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND upper(sql) LIKE '%AFTER INSERT ON%' AND upper(sql) LIKE '%\\_FTS%' ESCAPE '\\' ORDER BY 1, 2",
      3);
  if (!triggers) return triggers.error();
  std::string setAside;
  std::string putBack;
  for (const auto& row : *triggers) {
    const std::string& table = row[0];
    const std::string& trigger = row[1];
    if (!copies(plan, table)) continue;
    if (db.isPostgres()) {
      setAside += "ALTER TABLE " + quotedName(table) + " DISABLE TRIGGER " + quotedName(trigger) + ";";
      putBack += "ALTER TABLE " + quotedName(table) + " ENABLE TRIGGER " + quotedName(trigger) + ";";
    } else {
      setAside += "DROP TRIGGER main." + quotedName(trigger) + ";";
      putBack += row[2] + ";";
    }
  }
  if (!setAside.empty()) {
    if (auto st = db.exec(setAside); !st) return st.error();
  }
  return putBack;
}

// SQLite: every FTS5 index rebuilt from the copied rows in one statement each, nothing pending.
Status rebuildSearchIndexes(Database& db) {
  auto tables = catalogRows(
      db,
      "SELECT name, upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS5%' FROM sqlite_master WHERE type = 'table' "
      "AND (upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS5%' OR name LIKE '%\\_fts\\_pending' ESCAPE '\\')",
      2);
  if (!tables) return tables.error();
  std::string sql;
  for (const auto& row : *tables) {
    const std::string name = quotedName(row[0]);
    sql += row[1] == "1" ? "INSERT INTO " + name + " (" + name + ") VALUES ('rebuild');" : "DELETE FROM " + name + ";";
  }
  return sql.empty() ? Status{} : db.exec(sql);
}

// PostgreSQL: each identity sequence of a copied table set past the highest copied id, so that the
// next insert gets a new id instead of colliding with a copied one.
Status advanceSequences(Database& db, const std::vector<TableCopy>& plan) {
  auto identities = catalogRows(
      db,
      "SELECT c.relname, a.attname, coalesce(pg_get_serial_sequence(quote_ident(c.relname), a.attname), '') "
      "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
      "WHERE a.attidentity <> '' AND NOT a.attisdropped AND c.relnamespace = to_regnamespace(current_schema())",
      3);
  if (!identities) return identities.error();
  for (const auto& row : *identities) {
    const std::string& table = row[0];
    const std::string& column = row[1];
    const std::string& sequence = row[2];
    if (!copies(plan, table) || sequence.empty()) continue;
    auto set = db.prepare("SELECT setval(CAST(? AS regclass), coalesce(max(" + quotedName(column) + "), 0) + 1, false) FROM " +
                          quotedName(table));
    if (!set) return set.error();
    set->bind(1, sequence);
    if (!set->run()) return db.lastError("setting the next id of " + table);
  }
  return {};
}

}  // namespace

std::int64_t StoreCopySummary::rows() const {
  std::int64_t total = 0;
  for (const CopiedTable& table : tables) total += table.rows;
  return total;
}

Result<StoreCopySummary> copyStore(Database& source, Database& destination, const CopyProgress& progress) {
  // Both at the latest schema, so the same tables and columns mean the same thing on both sides.
  for (Database* db : {&source, &destination}) {
    if (auto st = db->migrateTo(latestSchemaVersion()); !st) return st.error();
  }
  auto plan = planCopy(source, destination);
  if (!plan) return plan.error();

  SourceSnapshot snapshot(source);
  if (auto st = snapshot.begin(); !st) return st.error();
  Transaction transaction(destination);
  if (!transaction.begun()) return transaction.begun().error();
  if (auto st = refuseUnlessEmpty(destination, *plan); !st) return st.error();
  auto putBack = setAsideInsertTriggers(destination, *plan);
  if (!putBack) return putBack.error();

  StoreCopySummary summary;
  for (const TableCopy& table : *plan) {
    auto rows = copyTableRows(source, destination, table, [&](std::int64_t copied) {
      if (progress) progress(table.name, copied);
    });
    if (!rows) return rows.error();
    summary.tables.push_back({table.name, *rows});
  }

  if (!putBack->empty()) {
    if (auto st = destination.exec(*putBack); !st) return st.error();
  }
  auto finished = destination.isPostgres() ? advanceSequences(destination, *plan) : rebuildSearchIndexes(destination);
  if (!finished) return finished.error();
  if (auto st = transaction.commit(); !st) return st.error();
  return summary;
}

}  // namespace copydesk
