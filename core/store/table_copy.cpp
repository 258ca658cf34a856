#include "core/store/table_copy.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace copydesk {
namespace {

// Rows read from the source per query: keeps a PostgreSQL source's result (fetched whole) small.
constexpr std::int64_t kRowsPerRead = 5000;
// Parameters per INSERT: SQLite before 3.32 takes at most 999 in one statement (PostgreSQL 65535).
constexpr std::size_t kParametersPerInsert = 999;

struct Cell {
  bool null = true;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;
};

void readCell(const Statement& row, int column, ColumnKind kind, Cell& cell) {
  cell.null = row.isNull(column);
  if (cell.null) return;
  switch (kind) {
    case ColumnKind::Integer: cell.integer = row.integer(column); break;
    case ColumnKind::Real: cell.real = row.real(column); break;
    case ColumnKind::Text: cell.text.assign(row.textView(column)); break;
  }
}

// The shortest text that reads back as the same double (PostgreSQL's float8in rounds correctly).
std::string exactText(double value) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  return std::string(buffer, end);
}

// SQLite gets typed values. PostgreSQL gets every value as text of no declared type, which the
// server reads as the column's type: a typed parameter would make the prepared statement depend on
// which cells of a batch are NULL, and the connection would prepare a new one for nearly every batch.
void bindCell(Statement& insert, int index, ColumnKind kind, Cell& cell, bool postgres) {
  if (cell.null) {
    insert.bindNull(index);
    return;
  }
  switch (kind) {
    case ColumnKind::Integer:
      if (postgres) {
        insert.bind(index, std::to_string(cell.integer));
      } else {
        insert.bind(index, cell.integer);
      }
      break;
    case ColumnKind::Real:
      if (postgres) {
        insert.bind(index, exactText(cell.real));
      } else {
        insert.bind(index, cell.real);
      }
      break;
    case ColumnKind::Text: insert.bindUncopied(index, cell.text); break;
  }
}

std::string columnList(const TableCopy& table) {
  std::string list;
  for (const StoreColumn& column : table.columns) list += (list.empty() ? "" : ", ") + quotedName(column.name);
  return list;
}

// Buffers rows and writes them as INSERT … VALUES (…), (…) …: one statement per batch instead of
// one per row (on PostgreSQL, one round trip), prepared once and reused for every full batch.
class RowWriter final {
 public:
  RowWriter(Database& db, const TableCopy& table)
      : m_db(db),
        m_table(table),
        m_width(table.columns.size()),
        m_rowsPerInsert(std::max<std::size_t>(1, kParametersPerInsert / std::max<std::size_t>(1, m_width))),
        m_cells(m_width * m_rowsPerInsert) {}

  Status add(const Statement& row) {
    for (std::size_t c = 0; c < m_width; ++c) {
      readCell(row, static_cast<int>(c), m_table.columns[c].kind, m_cells[m_rows * m_width + c]);
    }
    ++m_rows;
    return m_rows == m_rowsPerInsert ? flush() : Status{};
  }

  Status flush() {
    if (m_rows == 0) return {};
    const bool full = m_rows == m_rowsPerInsert;
    std::optional<Statement>& insert = full ? m_full : m_partial;
    if (!insert || (!full && m_partialRows != m_rows)) {
      auto prepared = m_db.prepare(insertSql(m_rows));
      if (!prepared) return prepared.error();
      insert.emplace(std::move(*prepared));
      if (!full) m_partialRows = m_rows;
    }
    int index = 1;
    for (std::size_t i = 0; i < m_rows * m_width; ++i) {
      bindCell(*insert, index++, m_table.columns[i % m_width].kind, m_cells[i], m_db.isPostgres());
    }
    if (!insert->run()) {
      Error error = m_db.lastError("copying rows into " + m_table.name);
      insert->reset();
      return error;
    }
    insert->reset();
    m_written += static_cast<std::int64_t>(m_rows);
    m_rows = 0;
    return {};
  }

  std::int64_t written() const { return m_written; }

 private:
  std::string insertSql(std::size_t rows) const {
    std::string row = "(";
    for (std::size_t c = 0; c < m_width; ++c) row += c == 0 ? "?" : ", ?";
    row += ")";
    std::string sql = "INSERT INTO " + quotedName(m_table.name) + " (" + columnList(m_table) + ") VALUES ";
    for (std::size_t r = 0; r < rows; ++r) sql += (r == 0 ? "" : ", ") + row;
    return sql;
  }

  Database& m_db;
  const TableCopy& m_table;
  std::size_t m_width;
  std::size_t m_rowsPerInsert;
  std::vector<Cell> m_cells;  // m_rows rows of m_width cells, reused batch after batch
  std::size_t m_rows = 0;
  std::optional<Statement> m_full;
  std::optional<Statement> m_partial;  // the last, shorter batch
  std::size_t m_partialRows = 0;
  std::int64_t m_written = 0;
};

// Paged by the integer key (WHERE key > last, a page at a time), else the whole table in key order.
std::string selectSql(const TableCopy& table) {
  std::string sql = "SELECT " + columnList(table) + " FROM " + quotedName(table.name);
  if (table.pagingColumn) {
    const std::string key = quotedName(table.columns[*table.pagingColumn].name);
    return sql + " WHERE " + key + " > ? ORDER BY " + key + " LIMIT " + std::to_string(kRowsPerRead);
  }
  std::string order;
  for (const std::string& column : table.primaryKey) order += (order.empty() ? "" : ", ") + quotedName(column);
  return order.empty() ? sql : sql + " ORDER BY " + order;
}

}  // namespace

Result<std::int64_t> copyTableRows(Database& source, Database& destination, const TableCopy& table,
                                   const std::function<void(std::int64_t)>& progress) {
  if (table.columns.empty()) return std::int64_t{0};
  auto read = source.prepare(selectSql(table));
  if (!read) return read.error();
  RowWriter writer(destination, table);
  std::int64_t rowsRead = 0;
  std::int64_t after = std::numeric_limits<std::int64_t>::min();
  for (;;) {
    read->reset();
    if (table.pagingColumn) read->bind(1, after);
    std::int64_t page = 0;
    while (read->step()) {
      if (table.pagingColumn) after = read->integer(static_cast<int>(*table.pagingColumn));
      if (auto st = writer.add(*read); !st) return st.error();
      ++page;
    }
    if (!read->ok()) return source.lastError("reading table " + table.name);
    rowsRead += page;
    if (progress && page > 0) progress(rowsRead);
    if (!table.pagingColumn || page < kRowsPerRead) break;
  }
  if (auto st = writer.flush(); !st) return st.error();
  return writer.written();
}

}  // namespace copydesk
