// copydesk-cli audit [--json | --csv] [--entity NAME] [--id N]: the append-only audit trail.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/export/audit_export.h"
#include "core/store/audit_store.h"

namespace copydesk::cli {
namespace {

struct AuditArgs {
  bool json = false;
  bool csv = false;
  std::string entity;
  std::int64_t id = 0;
};

std::string entityLabel(const AuditEntry& e) {
  return e.entityId ? e.entity + " " + std::to_string(*e.entityId) : e.entity;
}

int runAudit(CliContext& context, const AuditArgs& args) {
  if (args.json && args.csv) {
    std::cerr << "audit: --json and --csv exclude each other\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  AuditQuery query;
  query.entity = args.entity;
  if (args.id > 0) query.entityId = args.id;
  const auto toStdout = [](std::string_view bytes) -> Status {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return {};
  };
  Status st;
  if (args.json || args.csv) {
    // The studio's "Export audit…" writes the same bytes (core/export/audit_export.h).
    auto written = writeAudit(*db, query, args.json ? AuditFormat::Json : AuditFormat::Csv, toStdout);
    if (!written) st = written.error();
  } else {
    std::int64_t count = 0;
    st = AuditStore(*db).forEach(query, [&](const AuditEntry& e) -> Status {
      std::cout << e.at << "  " << e.actor << "  " << e.action << "  " << entityLabel(e) << "  " << e.detail.dump()
                << '\n';
      ++count;
      return {};
    });
    if (st) std::cout << count << (count == 1 ? " entry\n" : " entries\n");
  }
  if (!st) return reportError(st.error());
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<AuditArgs>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Show the append-only audit trail (status changes, overrides, exports), oldest first");
  cmd->add_flag("--json", args->json, "print a JSON array of entries");
  cmd->add_flag("--csv", args->csv, "print CSV (spreadsheet-safe) to stdout");
  cmd->add_option("--entity", args->entity, "only entries about this kind of thing (draft, export)");
  cmd->add_option("--id", args->id, "only entries about this id (with --entity)");
  cmd->callback([args, &context] { context.exitCode = runAudit(context, *args); });
}

static const bool registered = registerCommand("audit", install);

}  // namespace
}  // namespace copydesk::cli
