#include "core/store/statement.h"

#include <sqlite3.h>

#include <utility>

namespace copydesk {

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)), m_rc(other.m_rc) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_db = std::exchange(other.m_db, nullptr);
    m_stmt = std::exchange(other.m_stmt, nullptr);
    m_rc = other.m_rc;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::string_view text) {
  m_rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bindUncopied(int index, std::string_view text) {
  // An empty view may have no data at all, which SQLite would bind as NULL; it is the empty text.
  m_rc = sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", static_cast<int>(text.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  m_rc = sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  m_rc = sqlite3_bind_double(m_stmt, index, value);
  return *this;
}

Statement& Statement::bindNull(int index) {
  m_rc = sqlite3_bind_null(m_stmt, index);
  return *this;
}

bool Statement::step() {
  if (!ok()) return false;
  m_rc = sqlite3_step(m_stmt);
  return m_rc == SQLITE_ROW;
}

bool Statement::run() {
  while (step()) {
  }
  return m_rc == SQLITE_DONE;
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
  m_rc = SQLITE_OK;
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::string_view Statement::textView(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  if (!data) return {};
  return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::optional<std::int64_t> Statement::optionalInteger(int column) const {
  if (isNull(column)) return std::nullopt;
  return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const {
  if (isNull(column)) return std::nullopt;
  return real(column);
}

std::string Statement::errorMessage() const { return m_db ? sqlite3_errmsg(m_db) : "no database"; }

}  // namespace copydesk
