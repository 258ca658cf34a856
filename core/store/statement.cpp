#include "core/store/statement.h"

#include <sqlite3.h>

#include <utility>

#include "core/store/postgres/pg_statement.h"

namespace copydesk {

Statement::Statement() = default;

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}

Statement::Statement(std::unique_ptr<pg::Statement> statement) : m_pg(std::move(statement)) {}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_pg(std::move(other.m_pg)),
      m_rc(other.m_rc),
      m_uniqueViolation(other.m_uniqueViolation) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_db = std::exchange(other.m_db, nullptr);
    m_stmt = std::exchange(other.m_stmt, nullptr);
    m_pg = std::move(other.m_pg);
    m_rc = other.m_rc;
    m_uniqueViolation = other.m_uniqueViolation;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::string_view text) {
  if (m_pg) {
    m_pg->bindText(index, text);
    return *this;
  }
  m_rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bindUncopied(int index, std::string_view text) {
  if (m_pg) return bind(index, text);
  // An empty view may have no data at all, which SQLite would bind as NULL; it is the empty text.
  m_rc = sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (m_pg) {
    m_pg->bindInteger(index, value);
    return *this;
  }
  m_rc = sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (m_pg) {
    m_pg->bindReal(index, value);
    return *this;
  }
  m_rc = sqlite3_bind_double(m_stmt, index, value);
  return *this;
}

Statement& Statement::bindNull(int index) {
  if (m_pg) {
    m_pg->bindNull(index);
    return *this;
  }
  m_rc = sqlite3_bind_null(m_stmt, index);
  return *this;
}

bool Statement::step() {
  if (!ok()) return false;
  if (m_pg) {
    const bool row = m_pg->step();
    m_rc = row ? SQLITE_ROW : m_pg->failed() ? SQLITE_ERROR : SQLITE_DONE;
    m_uniqueViolation = m_pg->uniqueViolation();
    return row;
  }
  m_rc = sqlite3_step(m_stmt);
  m_uniqueViolation = m_rc == SQLITE_CONSTRAINT_UNIQUE || m_rc == SQLITE_CONSTRAINT_PRIMARYKEY;
  return m_rc == SQLITE_ROW;
}

bool Statement::run() {
  while (step()) {
  }
  return m_rc == SQLITE_DONE;
}

void Statement::reset() {
  m_rc = SQLITE_OK;
  m_uniqueViolation = false;
  if (m_pg) {
    m_pg->reset();
    return;
  }
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
  if (m_pg) return m_pg->isNull(column);
  return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::string_view Statement::textView(int column) const {
  if (m_pg) return m_pg->textView(column);
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  if (!data) return {};
  return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::int64_t Statement::integer(int column) const {
  if (m_pg) return m_pg->integer(column);
  return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
  if (m_pg) return m_pg->real(column);
  return sqlite3_column_double(m_stmt, column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const {
  if (isNull(column)) return std::nullopt;
  return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const {
  if (isNull(column)) return std::nullopt;
  return real(column);
}

std::string Statement::errorMessage() const {
  if (m_pg) return m_pg->errorMessage();
  return m_db ? sqlite3_errmsg(m_db) : "no database";
}

}  // namespace copydesk
