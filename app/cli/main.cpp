// copydesk-cli: the studio's capabilities from the command line, for scripts and big batches.
#include <clocale>
#include <csignal>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "");
  // A file size limit (ulimit -f) reached while writing becomes an error the command reports (EFBIG),
  // with nothing written half, instead of a signal that kills the process mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  using namespace copydesk::cli;
  CLI::App app{"copydesk-cli: import catalogs, render prompts, generate, review and export e-commerce copy",
               "copydesk-cli"};
  app.require_subcommand(1);
  CliContext context;
  app.add_option("--db", context.databasePath,
                 "SQLite database (default: $COPYDESK_DB, else $XDG_DATA_HOME/copydesk/copydesk.db)");
  app.add_option("--lock-wait", context.lockWaitSeconds,
                 "seconds to wait for another program's lock on the database before giving up (default 30)")
      ->check(CLI::NonNegativeNumber);
  for (auto& [name, install] : registeredCommands()) install(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitBadInput;
  }
  return context.exitCode;
}
