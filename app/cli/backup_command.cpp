// copydesk-cli backup OUT [--force]: a consistent copy of the store while the studio or a batch
// keeps writing to it. The copy is a normal store: open it with --db, or put it in the old one's place.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/paths.h"
#include "core/store/store_backup.h"
#include "core/store/store_source.h"

namespace copydesk::cli {
namespace {

struct BackupArgs {
  std::string out;
  bool force = false;
};

int runBackup(CliContext& context, const BackupArgs& args) {
  const std::filesystem::path path =
      context.databasePath.empty() ? defaultDatabasePath() : std::filesystem::path(context.databasePath);
  std::error_code ec;
  // A team store is no file: backupStore says how it is backed up.
  if (!isPostgresSource(path.native()) && !std::filesystem::exists(path, ec)) {
    std::cerr << path.string() << ": no database here; nothing to back up\n";
    return kExitBadInput;
  }
  // Copied as it is: no migration, no default templates (a backup before an upgrade stays the old schema).
  Database::Options options = context.databaseOptions();
  options.migrate = false;
  auto db = Database::open(path, options);
  if (!db) return reportError(db.error());
  auto summary = backupStore(**db, args.out, args.force);
  if (!summary) return reportError(summary.error());
  std::cout << "backed up " << path.string() << " to " << summary->out.string() << " (" << summary->bytes
            << " bytes; " << summary->products << " products, " << summary->drafts << " drafts)\n";
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<BackupArgs>();
  CLI::App* cmd = app.add_subcommand(
      "backup",
      "Write a consistent copy of the database to OUT, also while the studio or a batch is writing to it\n"
      "(SQLite VACUUM INTO: one snapshot, checked, written under a temporary name and then renamed).\n"
      "The copy is a normal database: open it with --db, or copy it over the old one to restore.");
  cmd->add_option("OUT", args->out, "the file to write")->required();
  cmd->add_flag("--force", args->force, "replace OUT if it exists (otherwise an existing OUT is refused)");
  cmd->callback([args, &context] { context.exitCode = runBackup(context, *args); });
}

static const bool registered = registerCommand("backup", install);

}  // namespace
}  // namespace copydesk::cli
