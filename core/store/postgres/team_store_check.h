#pragma once

#include <string>

#include "core/common/result.h"

namespace copydesk::pg {

// What Preferences → Team store's "Test connection" learns about a team store, without changing it.
struct TeamStoreCheck {
  std::string role;       // who the server says we are: every decision is attributed to this role
  int schemaVersion = 0;  // 0: the database has no Copydesk store yet (the first studio creates it)
};

// Connects to source (password included if any), asks who we are and which schema the store has,
// and whether the database can search Chinese text. Fails like Database::open would: with
// store.pg.cannot-connect, store.pg.unreachable, store.pg.not-allowed, store.pg.no-cjk-ctype or
// store.newer-schema, where = the redacted source. Waits for the server: not on a GUI thread.
Result<TeamStoreCheck> checkTeamStore(const std::string& source);

}  // namespace copydesk::pg
