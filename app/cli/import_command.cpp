// copydesk-cli import FILE [--format …] [--encoding …]: one summary line, or one error line and exit 2.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/catalog/catalog_importer.h"

namespace copydesk::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string format = "auto";
  std::string encoding = "utf-8";
};

int runImport(CliContext& context, const ImportArgs& args) {
  ImportOptions options;
  const auto format = parseFormat(args.format);
  if (!format) return reportError(makeError(ErrorCode::InvalidInput, "unknown format \"" + args.format + "\" (auto, shopify, woocommerce, generic, json)", "--format"));
  const auto encoding = parseEncoding(args.encoding);
  if (!encoding) return reportError(makeError(ErrorCode::InvalidInput, "unknown encoding \"" + args.encoding + "\" (utf-8, gb18030)", "--encoding"));
  options.format = *format;
  options.encoding = *encoding;
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto summary = importCatalog(*db, args.file, options);
  if (!summary) {
    // Anything wrong with the file itself is bad input (exit 2), whatever the store made of it.
    const Error& e = summary.error();
    std::cerr << e.describe() << '\n';
    return e.code == ErrorCode::Database || e.code == ErrorCode::Internal ? kExitFailure : kExitBadInput;
  }
  std::cout << describeSummary(*summary, std::filesystem::path(args.file).filename().string()) << '\n';
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* cmd = app.add_subcommand("import", "Import a catalog file (Shopify, WooCommerce, generic CSV or JSON)");
  cmd->add_option("FILE", args->file, "the catalog file")->required();
  cmd->add_option("--format", args->format, "auto|shopify|woocommerce|generic|json (default: detected)");
  cmd->add_option("--encoding", args->encoding, "utf-8|gb18030 (default: utf-8)");
  cmd->callback([args, &context] { context.exitCode = runImport(context, *args); });
}

static const bool registered = registerCommand("import", install);

}  // namespace
}  // namespace copydesk::cli
