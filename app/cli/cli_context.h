#pragma once

#include <memory>
#include <string>

#include "core/common/error.h"
#include "core/store/database.h"

namespace copydesk::cli {

// Exit codes every command keeps to: outside scripts rely on them.
enum ExitCode : int {
  kExitOk = 0,
  kExitFailure = 1,   // a runtime failure: network, provider, database
  kExitBadInput = 2,  // usage or bad input: a broken file, a template syntax error, an unknown SKU
  kExitChecksFailed = 4,  // check found an error; review --approve refused for error findings without --override
};

struct CliContext {
  std::string databasePath;  // --db, else COPYDESK_DB, else the XDG default
  double lockWaitSeconds = 30;  // --lock-wait: how long another program's lock is waited for
  int exitCode = kExitOk;

  // Opens (and migrates) the database; on failure prints the reason and returns null.
  std::unique_ptr<Database> openDatabase();
  Database::Options databaseOptions() const;  // with the --lock-wait
};

// Prints "copydesk-cli: <where>: <message>" to stderr and returns the exit code for the error.
int reportError(const Error& error);
int exitCodeFor(const Error& error);

}  // namespace copydesk::cli
