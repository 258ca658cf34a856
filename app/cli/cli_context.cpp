#include "app/cli/cli_context.h"

#include <iostream>

#include "core/common/paths.h"
#include "core/seed/ensure_default_templates.h"

namespace copydesk::cli {

std::unique_ptr<Database> CliContext::openDatabase() {
  const std::filesystem::path path = databasePath.empty() ? defaultDatabasePath() : std::filesystem::path(databasePath);
  auto db = Database::open(path, databaseOptions());
  if (!db) {
    exitCode = reportError(db.error());
    return nullptr;
  }
  // A new database gets the default templates, so named templates work from the first command.
  if (auto installed = ensureDefaultTemplates(**db, resourcesDir()); !installed) {
    exitCode = reportError(installed.error());
    return nullptr;
  }
  return std::move(db).value();
}

Database::Options CliContext::databaseOptions() const {
  Database::Options options;
  options.busyTimeoutMs = static_cast<int>(lockWaitSeconds * 1000);
  return options;
}

int exitCodeFor(const Error& error) {
  switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
      return kExitBadInput;
    default:
      return kExitFailure;
  }
}

int reportError(const Error& error) {
  std::cerr << error.describe() << '\n';
  return exitCodeFor(error);
}

}  // namespace copydesk::cli
