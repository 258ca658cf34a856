// copydesk-cli import FILE [--format …] [--encoding …] [--index]: one summary line, or one error line
// and exit 2. The products are committed before they are in the search index (an import costs a
// third as much that way, docs/benchmarks.md); search finds them at once, and the index is built by
// --index, by `copydesk-cli index` or in the background by the studio.
#include <unistd.h>

#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "app/cli/search_indexing.h"
#include "core/catalog/catalog_importer.h"

namespace copydesk::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string format = "auto";
  std::string encoding = "utf-8";
  bool index = false;
};

// Only people at a terminal are told: scripts rely on stdout's one line and a quiet stderr.
void noteRowsLeftToIndex(Database& db, const std::string& databasePath) {
  if (isatty(STDERR_FILENO) != 1) return;
  auto waiting = rowsWaitingForSearchIndex(db);
  if (!waiting || *waiting == 0) return;
  std::cerr << "Search finds the imported products already; the studio completes their search index in the "
               "background, or run: "
            << indexCommandFor(databasePath) << '\n';
}

int runImport(CliContext& context, const ImportArgs& args) {
  ImportOptions options;
  const auto format = parseFormat(args.format);
  if (!format) return reportError(makeError(ErrorCode::InvalidInput, "unknown format \"" + args.format + "\" (auto, shopify, woocommerce, generic, json)", "--format"));
  const auto encoding = parseEncoding(args.encoding);
  if (!encoding) return reportError(makeError(ErrorCode::InvalidInput, "unknown encoding \"" + args.encoding + "\" (utf-8, gb18030)", "--encoding"));
  options.format = *format;
  options.encoding = *encoding;
  options.searchIndexing = SearchIndexing::AfterImport;
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto summary = importCatalog(*db, args.file, options);
  if (!summary) {
    // Anything wrong with the file itself is bad input (exit 2), whatever the store made of it.
    const Error& e = summary.error();
    std::cerr << e.describe() << '\n';
    return e.code == ErrorCode::Database || e.code == ErrorCode::Internal ? kExitFailure : kExitBadInput;
  }
  std::cout << describeSummary(*summary, std::filesystem::path(args.file).filename().string()) << std::endl;
  if (!args.index) {
    noteRowsLeftToIndex(*db, context.databasePath);
    return kExitOk;
  }
  // The products are committed whatever happens here; a failure leaves them waiting, still found by search.
  if (auto indexed = buildSearchIndex(*db); !indexed) return reportError(indexed.error());
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ImportArgs>();
  CLI::App* cmd = app.add_subcommand("import", "Import a catalog file (Shopify, WooCommerce, generic CSV or JSON)");
  cmd->add_option("FILE", args->file, "the catalog file")->required();
  cmd->add_option("--format", args->format, "auto|shopify|woocommerce|generic|json (default: detected)");
  cmd->add_option("--encoding", args->encoding, "utf-8|gb18030 (default: utf-8)");
  cmd->add_flag("--index", args->index,
                "build the search index before exiting (otherwise search finds the products at once and the "
                "index is built later by the studio or `copydesk-cli index`)");
  cmd->callback([args, &context] { context.exitCode = runImport(context, *args); });
}

static const bool registered = registerCommand("import", install);

}  // namespace
}  // namespace copydesk::cli
