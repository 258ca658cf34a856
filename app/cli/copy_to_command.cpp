// copydesk-cli [--db SOURCE] copy-to DESTINATION: the whole store into an empty one, a desk store
// (SQLite) into a team store (PostgreSQL) or back, ids and history kept (core/store/store_copy.h).
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/paths.h"
#include "core/store/store_copy.h"
#include "core/store/store_source.h"

namespace copydesk::cli {
namespace {

struct CopyToArgs {
  std::string destination;
};

// A new SQLite file the copy made and did not fill is removed again: no empty store is left
// behind under the name the user will try next.
void removeUnfinishedFile(const std::filesystem::path& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix, ec);
}

// "copying products: 12000 rows" on one line of stderr, only when it is a terminal.
CopyProgress terminalProgress() {
  if (isatty(STDERR_FILENO) != 1) return {};
  return [](const std::string& table, std::int64_t rows) {
    std::fprintf(stderr, "\rcopying %s: %lld rows        ", table.c_str(), static_cast<long long>(rows));
    std::fflush(stderr);
  };
}

void printSummary(const StoreCopySummary& summary, const std::string& from, const std::string& to) {
  std::cout << "copied " << summary.rows() << " rows in " << summary.tables.size() << " tables from " << from
            << " to " << to << "\n";
  std::size_t width = 0;
  for (const CopiedTable& table : summary.tables) width = std::max(width, table.name.size());
  for (const CopiedTable& table : summary.tables) {
    std::cout << "  " << std::left << std::setw(static_cast<int>(width)) << table.name << "  " << std::right
              << table.rows << "\n";
  }
}

int runCopyTo(CliContext& context, const CopyToArgs& args) {
  const std::filesystem::path source =
      context.databasePath.empty() ? defaultDatabasePath() : std::filesystem::path(context.databasePath);
  const std::filesystem::path destination(args.destination);
  std::error_code ec;
  if (!isPostgresSource(source.native()) && !std::filesystem::exists(source, ec)) {
    std::cerr << source.string() << ": no database here; nothing to copy\n";
    return kExitBadInput;
  }
  const bool newFile = !isPostgresSource(destination.native()) && !std::filesystem::exists(destination, ec);
  // Opened as they are, without the default templates a new store gets: the destination must stay
  // empty until the copy fills it.
  auto from = Database::open(source, context.databaseOptions());
  if (!from) return reportError(from.error());
  auto to = Database::open(destination, context.databaseOptions());
  if (!to) {
    if (newFile) removeUnfinishedFile(destination);
    return reportError(to.error());
  }
  const CopyProgress progress = terminalProgress();
  auto summary = copyStore(**from, **to, progress);
  if (progress) std::fputc('\n', stderr);
  if (!summary) {
    to->reset();
    if (newFile) removeUnfinishedFile(destination);
    return reportError(summary.error());
  }
  printSummary(*summary, redactedSource(source.native()), redactedSource(destination.native()));
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<CopyToArgs>();
  CLI::App* cmd = app.add_subcommand(
      "copy-to",
      "Copy the whole store (--db) into DESTINATION: every table, ids, authors, reviews and the audit\n"
      "trail as they are, from a SQLite file to a team store on PostgreSQL or back. DESTINATION is a file\n"
      "path or a PostgreSQL connection (postgresql://… or key=value); it is created or brought to the\n"
      "current schema, must hold no data yet, and is written in one transaction: all or nothing.\n"
      "Copy into a team store as the database's owner. Afterwards both give the same exports.\n"
      "Example: copydesk-cli --db studio.db copy-to postgresql://copydesk@db.example/copydesk");
  cmd->add_option("DESTINATION", args->destination, "the store to copy into (a file or a PostgreSQL connection)")
      ->required();
  cmd->callback([args, &context] { context.exitCode = runCopyTo(context, *args); });
}

static const bool registered = registerCommand("copy-to", install);

}  // namespace
}  // namespace copydesk::cli
