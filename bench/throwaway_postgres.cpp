#include "bench/throwaway_postgres.h"

#include <libpq-fe.h>

#include <cstdio>
#include <iostream>

namespace copydesk::bench {

std::string runCommand(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {};
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe)) out += buffer;
  if (pclose(pipe) != 0) return {};
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

namespace {

std::string script() { return std::string(COPYDESK_SOURCE_DIR) + "/scripts/pg-test-server.sh"; }

}  // namespace

BenchPostgres::BenchPostgres(std::string server, const std::string& port) : m_server(std::move(server)) {
  if (!m_server.empty()) return;
  const std::string dir = "/tmp/cd-pgbench-" + port;
  m_server = runCommand("COPYDESK_PG_PORT=" + port + " " + script() + " start " + dir);
  if (!m_server.empty()) m_ownDir = dir;
}

BenchPostgres::~BenchPostgres() {
  if (!m_ownDir.empty()) (void)runCommand(script() + " stop " + m_ownDir + " && echo stopped");
}

bool BenchPostgres::admin(const std::string& sql) const {
  PGconn* conn = PQconnectdb((m_server + " dbname=postgres").c_str());
  bool ok = PQstatus(conn) == CONNECTION_OK;
  if (ok) {
    PGresult* result = PQexec(conn, sql.c_str());
    ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
  }
  if (!ok) std::cerr << sql << ": " << PQerrorMessage(conn);
  PQfinish(conn);
  return ok;
}

bool BenchPostgres::freshDatabase(const std::string& name) const {
  return dropDatabase(name) && admin("CREATE DATABASE " + name + " TEMPLATE template1");
}

bool BenchPostgres::dropDatabase(const std::string& name) const {
  return admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

}  // namespace copydesk::bench
