// copydesk-cli: the studio's capabilities from the command line, for scripts and big batches.
#include <clocale>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "");
  using namespace copydesk::cli;
  CLI::App app{"copydesk-cli: import catalogs, render prompts, generate, review and export e-commerce copy",
               "copydesk-cli"};
  app.require_subcommand(1);
  CliContext context;
  app.add_option("--db", context.databasePath,
                 "SQLite database (default: $COPYDESK_DB, else $XDG_DATA_HOME/copydesk/copydesk.db)");
  for (auto& [name, install] : registeredCommands()) install(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitBadInput;
  }
  return context.exitCode;
}
