#include "core/store/postgres/pg_failure.h"

#include "core/common/error_id.h"
#include "core/store/postgres/pg_connection.h"

namespace copydesk::pg {

Error storeFailure(const Connection& connection, std::string doing, std::string where) {
  const Failure& failure = connection.lastFailure();
  const std::string& state = failure.sqlState;
  const auto make = [&](ErrorId id) {
    return makeError(id, ErrorCode::Database, {failure.message, std::move(doing)}, std::move(where));
  };
  if (!connection.connected() || state.starts_with("08") || state == "57P01") return make("store.pg.unreachable");
  if (state == "53100") return make("store.disk-full");
  if (state == "42501") return make("store.pg.not-allowed");
  if (state == "40001" || state == "40P01") return make("store.pg.conflict");
  return make("store.postgres");
}

}  // namespace copydesk::pg
