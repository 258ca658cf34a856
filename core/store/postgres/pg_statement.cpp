#include "core/store/postgres/pg_statement.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>

#include "core/store/postgres/pg_connection.h"

namespace copydesk::pg {
namespace {

constexpr unsigned kInt8 = 20;    // bigint
constexpr unsigned kFloat8 = 701; // double precision
constexpr unsigned kText = 25;
constexpr const char* kIndeterminateType = "42P18";

}  // namespace

Statement::Statement(Connection& connection, AdaptedSql sql)
    : m_connection(connection), m_sql(std::move(sql)), m_parameters(static_cast<std::size_t>(m_sql.paramCount)) {}

Statement::~Statement() { clearResult(); }

Statement::Parameter& Statement::parameter(int index) {
  if (index > static_cast<int>(m_parameters.size())) m_parameters.resize(static_cast<std::size_t>(index));
  return m_parameters[static_cast<std::size_t>(index - 1)];
}

void Statement::bindText(int index, std::string_view text) {
  Parameter& p = parameter(index);
  p.text.assign(text.data() ? text.data() : "", text.size());
  p.null = false;
  p.type = 0;
}

void Statement::bindInteger(int index, std::int64_t value) {
  Parameter& p = parameter(index);
  p.text = std::to_string(value);
  p.null = false;
  p.type = kInt8;
}

void Statement::bindReal(int index, double value) {
  Parameter& p = parameter(index);
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  p.text.assign(buffer, end);
  p.null = false;
  p.type = kFloat8;
}

void Statement::bindNull(int index) {
  Parameter& p = parameter(index);
  p.text.clear();
  p.null = true;
  p.type = 0;
}

bool Statement::execute() {
  std::vector<unsigned> types;
  std::vector<const char*> values;
  std::vector<int> lengths;
  for (const Parameter& p : m_parameters) {
    types.push_back(p.type);
    values.push_back(p.null ? nullptr : p.text.c_str());
    lengths.push_back(static_cast<int>(p.text.size()));
  }
  std::string name = m_connection.prepared(m_sql.text, types);
  // `? IS NULL` gives the server nothing to infer a type from: say text where nothing was said.
  if (name.empty() && m_connection.lastFailure().sqlState == kIndeterminateType) {
    for (unsigned& type : types) type = type ? type : kText;
    name = m_connection.prepared(m_sql.text, types);
  }
  if (name.empty()) return false;
  PGresult* result = m_connection.execPrepared(name, values, lengths);
  const bool succeeded = m_connection.accept(result);
  if (!succeeded || PQresultStatus(result) != PGRES_TUPLES_OK || m_sql.returnsInsertId) {
    const int rows = succeeded && m_sql.returnsInsertId ? PQntuples(result) : 0;
    if (rows > 0) m_connection.noteInsertId(std::strtoll(PQgetvalue(result, rows - 1, 0), nullptr, 10));
    PQclear(result);
    return succeeded;
  }
  m_result = result;
  m_rows = PQntuples(result);
  return true;
}

bool Statement::step() {
  if (m_state == State::Failed || m_state == State::Done) return false;
  if (m_state == State::Ready) {
    if (!execute()) {
      m_state = State::Failed;
      return false;
    }
    m_state = State::Rows;
    m_row = -1;
  }
  if (++m_row < m_rows) return true;
  m_state = State::Done;
  return false;
}

void Statement::reset() {
  clearResult();
  for (Parameter& p : m_parameters) {
    p.text.clear();
    p.null = true;
    p.type = 0;
  }
  m_state = State::Ready;
}

void Statement::clearResult() {
  if (m_result) PQclear(m_result);
  m_result = nullptr;
  m_rows = 0;
  m_row = -1;
}

const std::string& Statement::errorMessage() const { return m_connection.lastFailure().message; }

bool Statement::uniqueViolation() const {
  return m_state == State::Failed && m_connection.lastFailure().sqlState == "23505";
}

bool Statement::isNull(int column) const {
  return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

std::string_view Statement::textView(int column) const {
  if (isNull(column)) return {};
  return {PQgetvalue(m_result, m_row, column), static_cast<std::size_t>(PQgetlength(m_result, m_row, column))};
}

std::int64_t Statement::integer(int column) const {
  const std::string_view text = textView(column);
  if (text.empty()) return 0;
  // Comparisons are booleans on PostgreSQL where SQLite gives 0 or 1.
  if (text == "t") return 1;
  if (text == "f") return 0;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return value;
  return static_cast<std::int64_t>(real(column));  // SQLite truncates a real read as an integer
}

double Statement::real(int column) const {
  const std::string_view text = textView(column);
  if (text.empty()) return 0.0;
  return std::strtod(std::string(text).c_str(), nullptr);
}

}  // namespace copydesk::pg
