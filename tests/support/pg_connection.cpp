#include "tests/support/pg_connection.h"

#include <memory>
#include <stdexcept>

namespace copydesk::test {
namespace {

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result run(PGconn* connection, const std::string& sql) {
  Result result(PQexec(connection, sql.c_str()), &PQclear);
  const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error("PostgreSQL refused \"" + sql + "\": " + PQerrorMessage(connection));
  }
  return result;
}

}  // namespace

PgConnection::PgConnection(const std::string& connectionString)
    : m_connection(PQconnectdb(connectionString.c_str())) {
  if (PQstatus(m_connection) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(m_connection);
    PQfinish(m_connection);
    throw std::runtime_error("cannot connect to PostgreSQL (" + connectionString + "): " + message);
  }
}

PgConnection::~PgConnection() { PQfinish(m_connection); }

void PgConnection::execute(const std::string& sql) { run(m_connection, sql); }

std::string PgConnection::value(const std::string& sql) {
  const Result result = run(m_connection, sql);
  if (PQntuples(result.get()) < 1 || PQnfields(result.get()) < 1) {
    throw std::runtime_error("\"" + sql + "\" returned no value");
  }
  return PQgetvalue(result.get(), 0, 0);
}

}  // namespace copydesk::test
