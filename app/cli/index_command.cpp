// copydesk-cli index: puts every product and draft still waiting for the search index into it
// (an import leaves its products to be indexed later; search finds them meanwhile) and prints one line.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "app/cli/search_indexing.h"

namespace copydesk::cli {
namespace {

int runIndex(CliContext& context) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto indexed = buildSearchIndex(*db);
  if (!indexed) return reportError(indexed.error());
  std::cout << describeIndexed(*indexed) << '\n';
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  CLI::App* cmd = app.add_subcommand(
      "index", "Build the search index for imported products and drafts not yet in it (the studio also does this "
               "in the background)");
  cmd->callback([&context] { context.exitCode = runIndex(context); });
}

static const bool registered = registerCommand("index", install);

}  // namespace
}  // namespace copydesk::cli
