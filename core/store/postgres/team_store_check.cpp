#include "core/store/postgres/team_store_check.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>

#include "core/common/error_id.h"
#include "core/store/postgres/pg_connection.h"
#include "core/store/postgres/pg_failure.h"
#include "core/store/schema.h"
#include "core/store/store_source.h"

namespace copydesk::pg {
namespace {

struct ResultFree {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Rows = std::unique_ptr<PGresult, ResultFree>;

// One row of text values, or the connection's failure worded by pg::storeFailure.
Result<Rows> query(Connection& connection, const char* sql, const char* doing, const std::string& where) {
  Rows rows(PQexec(connection.handle(), sql));
  if (!connection.accept(rows.get()) || PQntuples(rows.get()) != 1) return storeFailure(connection, doing, where);
  return rows;
}

}  // namespace

Result<TeamStoreCheck> checkTeamStore(const std::string& source) {
  const std::string where = redactedSource(source);
  auto opened = Connection::open(source);
  if (!opened) {
    Error error = opened.error();
    error.where = where;
    return error;
  }
  Connection& connection = **opened;
  TeamStoreCheck check;
  auto who = query(connection,
                   "SELECT current_user, current_setting('lc_ctype'), "
                   "to_regclass('copydesk_schema') IS NOT NULL, "
                   "EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')",
                   "asking who is connected", where);
  if (!who) return who.error();
  check.role = PQgetvalue(who->get(), 0, 0);
  const std::string ctype = PQgetvalue(who->get(), 0, 1);
  const bool hasStore = PQgetvalue(who->get(), 0, 2)[0] == 't';
  const bool hasTrigrams = PQgetvalue(who->get(), 0, 3)[0] == 't';
  // The same test Database::open makes; without pg_trgm yet (a new database) the character type
  // alone tells: C and POSIX classify no CJK character as a letter.
  if (hasTrigrams) {
    auto cjk = query(connection, "SELECT coalesce(array_length(show_trgm('无线蓝牙'), 1), 0)",
                     "checking the database's character classification", where);
    if (!cjk) return cjk.error();
    if (std::string(PQgetvalue(cjk->get(), 0, 0)) == "0") {
      return makeError("store.pg.no-cjk-ctype", ErrorCode::Database, {ctype}, where);
    }
  } else if (ctype == "C" || ctype == "POSIX") {
    return makeError("store.pg.no-cjk-ctype", ErrorCode::Database, {ctype}, where);
  }
  if (hasStore) {
    auto version = query(connection, "SELECT version FROM copydesk_schema", "reading the schema version", where);
    if (!version) return version.error();
    check.schemaVersion = std::atoi(PQgetvalue(version->get(), 0, 0));
    if (check.schemaVersion > latestSchemaVersion()) {
      return makeError("store.newer-schema", ErrorCode::Database, {std::to_string(check.schemaVersion)}, where);
    }
  }
  return check;
}

}  // namespace copydesk::pg
