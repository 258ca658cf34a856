#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/common/result.h"

struct pg_conn;

namespace copydesk {
class Database;
}

namespace copydesk::pg {

// What other studios and CLIs change in a team store, as it happens (issue 11). Schema v9's
// statement triggers `pg_notify('copydesk_changes', <table>)` after drafts, reviews and products
// change; this listener has a libpq connection of its own (the store's connection is busy with
// queries on the store thread) that LISTENs on that channel. It never blocks once open: the caller
// watches socket() in its event loop and calls drain() when the socket is readable.
//
// A listener belongs to one thread at a time. open() and reconnect() wait for the server (run them
// off a GUI thread); socket(), drain() and lost() do not.
class StoreEvents final {
 public:
  static constexpr const char* kChannel = "copydesk_changes";

  // source: a PostgreSQL URI or key=value conninfo (isPostgresSource), password included if any.
  // Fails with store.pg.cannot-connect (args: libpq's message), where = the redacted source.
  static Result<std::unique_ptr<StoreEvents>> open(const std::string& source);
  ~StoreEvents();
  StoreEvents(const StoreEvents&) = delete;
  StoreEvents& operator=(const StoreEvents&) = delete;

  // The connection's socket, to wait on for readability; -1 while lost.
  int socket() const;

  // The table names notified since the last drain, each once, in the order first notified.
  // Reads what the socket has without waiting. A connection found closed (server restart, a
  // terminated backend) makes lost() true; the notifications read before that are still returned.
  std::vector<std::string> drain();

  // Drops what this server process notifies: the caller's own store connection (its
  // `SELECT pg_backend_pid()`), whose changes the caller already shows. 0: hear everyone.
  void ignoreSender(int backendPid) { m_ignoredSender = backendPid; }

  // The connection is gone: notifications may have been missed, and none arrive until reconnect().
  bool lost() const;

  // Connects again to the same source and listens again (waits for the server). What changed
  // meanwhile was not notified: a caller that reconnected should read everything again.
  Status reconnect();

 private:
  explicit StoreEvents(std::string source) : m_source(std::move(source)) {}
  Status connect();

  std::string m_source;
  pg_conn* m_conn = nullptr;
  int m_ignoredSender = 0;
};

// The server process of a store connection (pg_backend_pid): a studio hands its own to
// StoreEvents::ignoreSender, so that its own changes are not news to it.
Result<int> serverProcessOf(Database& db);

}  // namespace copydesk::pg
