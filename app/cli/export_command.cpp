// copydesk-cli export --format F --out FILE [--status approved] [--bom] [--spreadsheet-safe]
//                     [--copy-only] [--columns SPEC] [--dry-run]
//                     --format shopify-translations --locale LANG (issue 14)
//                     --format woocommerce --locale LANG (WPML's multilingual import, issue 14)
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "app/cli/faq_export.h"
#include "core/export/exporter.h"

namespace copydesk::cli {
namespace {

constexpr std::size_t kMaxWarningsShown = 200;

struct ExportArgs {
  std::string format;
  std::string out;
  std::string status = "approved";
  bool bom = false;
  bool spreadsheetSafe = false;
  bool copyOnly = false;
  bool dryRun = false;
  std::string columns;
  std::string author;
  std::string locale;
};

void printWarnings(const std::vector<ExportWarning>& warnings) {
  for (std::size_t i = 0; i < warnings.size() && i < kMaxWarningsShown; ++i) {
    std::cerr << "warning: " << warnings[i].describe() << '\n';
  }
  if (warnings.size() > kMaxWarningsShown) {
    std::cerr << "warning: … and " << warnings.size() - kMaxWarningsShown << " more warnings\n";
  }
}

void printPreview(const ExportPreview& preview) {
  std::cout << CsvWriter::format(preview.header);
  for (const auto& row : preview.firstRows) std::cout << CsvWriter::format(row, CsvMode::SpreadsheetSafe);
  std::cout << "would export " << preview.rows << " rows (" << preview.fields << " fields) as " << preview.layout
            << " (" << preview.mode << "); " << preview.warnings.size() << " warnings\n";
}

int runExport(CliContext& context, const ExportArgs& args) {
  if (isFaqFormat(args.format)) {  // approved answers to customer questions (issue 14)
    if (args.dryRun || args.copyOnly || !args.columns.empty()) {
      std::cerr << "export: --dry-run, --copy-only and --columns do not apply to --format " << args.format << '\n';
      return kExitBadInput;
    }
    return runFaqExport(context, args.format, args.out, args.bom, args.spreadsheetSafe, args.author);
  }
  auto format = exportFormatFromString(args.format);
  if (!format) {
    std::cerr << "export: unknown --format " << args.format
              << " (shopify, shopify-legacy, woocommerce, amazon, generic, shopify-translations)\n";
    return kExitBadInput;
  }
  if (args.status != "approved") {
    std::cerr << "export: --status must be approved (only approved copy is exported)\n";
    return kExitBadInput;
  }
  if (!args.columns.empty() && *format != ExportFormat::Generic) {
    std::cerr << "export: --columns only applies to --format generic\n";
    return kExitBadInput;
  }
  if (*format == ExportFormat::ShopifyTranslations && args.locale.empty()) {
    std::cerr << "export: --format shopify-translations needs --locale LANG\n";
    return kExitBadInput;
  }
  if (!args.locale.empty() && *format != ExportFormat::ShopifyTranslations && *format != ExportFormat::WooCommerce) {
    std::cerr << "export: --locale LANG goes with --format shopify-translations or woocommerce, and only with them\n";
    return kExitBadInput;
  }
  if (args.copyOnly && (*format == ExportFormat::Amazon || *format == ExportFormat::Generic ||
                        *format == ExportFormat::ShopifyTranslations)) {
    std::cerr << "export: --copy-only applies to shopify, shopify-legacy and woocommerce\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  ExportOptions options;
  options.format = *format;
  options.out = args.out;
  options.bom = args.bom;
  options.mode = args.spreadsheetSafe ? CsvMode::SpreadsheetSafe : CsvMode::Upload;
  options.copyOnly = args.copyOnly;
  options.columns = args.columns;
  options.locale = args.locale;
  options.limits = ExportLimits::fromSettings(*db);
  options.author = args.author;
  Exporter exporter(*db);
  auto result = args.dryRun ? exporter.preview(options, 10) : exporter.run(options);
  if (!result) return reportError(result.error());
  printWarnings(result->warnings);
  if (args.dryRun) printPreview(*result);
  else std::cout << result->summary() << '\n';
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write approved copy to a shop CSV (RFC 4180, CRLF, UTF-8).\n"
      "Formats: shopify (current headers), shopify-legacy (Handle, Body (HTML)…), woocommerce, amazon\n"
      "(flat file: item_sku, item_name, bullet_point1-5, product_description, generic_keywords), generic,\n"
      "shopify-translations --locale LANG (Translate & Adapt's import: the approved translations into LANG);\n"
      "woocommerce --locale LANG: WPML's multilingual import, a product per approved translation into LANG\n"
      "(the catalog's own language is settings key export.source_language, default en).\n"
      "faq-csv (sku,question,answer) and faq-jsonld (--out DIR: SKU.json, a schema.org FAQPage per product)\n"
      "export the approved answers to customer questions (issue 14).\n"
      "Only the latest approved (or already exported) draft of each product field is exported; the\n"
      "export is recorded, its drafts marked exported, and warnings (over-limit fields, unapproved\n"
      "fields, formula-like cells…) go to stderr.");
  cmd->add_option("--format", args->format, "shopify | shopify-legacy | woocommerce | amazon | generic | shopify-translations | faq-csv | faq-jsonld")->required();
  cmd->add_option("--locale", args->locale, "shopify-translations, woocommerce: the language (de, en-US, ja…; see translate --list)");
  cmd->add_option("--out", args->out, "the CSV file to write (written to a temporary name, then renamed); faq-jsonld: a folder")
      ->required();
  cmd->add_option("--status", args->status, "which copy: approved (the only choice; exported copy included)");
  cmd->add_flag("--bom", args->bom, "start the file with a UTF-8 BOM (Excel wants one; shop uploads usually not)");
  cmd->add_flag("--spreadsheet-safe", args->spreadsheetSafe,
                "neutralise formula-like cells (= + - @ TAB CR LF, each line) with a leading ' ; for files "
                "opened in a spreadsheet, not for shop uploads (the shop would keep the ')");
  cmd->add_flag("--copy-only", args->copyOnly,
                "shopify/shopify-legacy/woocommerce: only the key, the title (never blank) and the copy columns "
                "with approved text, so the shop leaves every other column as it is");
  cmd->add_option("--columns", args->columns,
                  "generic only: comma-separated SOURCE[:HEADER]; SOURCE is sku, a copy field (title, "
                  "description, bullets, seo_title, seo_description, faq, search_terms…), product.title, "
                  "product.description or attr.NAME (a catalog source column). Example: "
                  "sku,title:Name,description:Body. Default: sku, title and every approved field");
  cmd->add_option("--author", args->author, "who the export is recorded under (default: reviewer_name setting / user)");
  cmd->add_flag("--dry-run", args->dryRun, "preview: print the header, the first rows and the warnings; write nothing");
  cmd->callback([args, &context] { context.exitCode = runExport(context, *args); });
}

static const bool registered = registerCommand("export", install);

}  // namespace
}  // namespace copydesk::cli
