// copydesk-cli questions import FILE | questions list [--product SKU] [--json] (issue 14): customer
// questions per product. import: one summary line (imported, merged as duplicates, refused), each
// refused row as "FILE:LINE: cause" on stderr and then exit 2; the good rows are imported all the
// same. list --json prints an array of {id, sku, question, source, date, asked}, which scripts rely
// on. `generate --questions` answers them; `export --format faq-csv|faq-jsonld` exports the answers.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "app/cli/faq_export.h"
#include "core/common/error_id.h"
#include "core/common/json.h"
#include "core/questions/faq_export.h"
#include "core/questions/question_import.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"

namespace copydesk::cli {

bool isFaqFormat(const std::string& format) { return format == "faq-csv" || format == "faq-jsonld"; }

int runFaqExport(CliContext& context, const std::string& format, const std::string& out, bool bom,
                 bool spreadsheetSafe, const std::string& author) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  FaqExportOptions options;
  options.format = format == "faq-csv" ? FaqFormat::Csv : FaqFormat::JsonLd;
  options.out = out;
  options.bom = bom;
  options.mode = spreadsheetSafe ? CsvMode::SpreadsheetSafe : CsvMode::Upload;
  options.author = author;
  auto result = exportFaq(*db, options);
  if (!result) return reportError(result.error());
  if (result->answers == 0) std::cerr << "warning: no approved answer to export\n";
  std::cout << describeFaqExport(*result, options) << '\n';
  return kExitOk;
}

namespace {

struct QuestionsArgs {
  std::string file;
  std::string encoding = "utf-8";
  std::string product;
  bool json = false;
};

Json questionJson(const Question& q) {
  return {{"id", q.id},         {"sku", q.sku},      {"question", q.text},
          {"source", q.source}, {"date", q.askedOn.empty() ? Json(nullptr) : Json(q.askedOn)},
          {"asked", q.asked}};
}

int runImport(CliContext& context, const QuestionsArgs& args) {
  const auto encoding = parseEncoding(args.encoding);
  if (!encoding) {
    return reportError(plainError(ErrorCode::InvalidInput, "unknown encoding \"" + args.encoding + "\" (utf-8, gb18030)",
                                  "--encoding"));
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto imported = importQuestions(*db, args.file, *encoding, args.file);
  if (!imported) {
    const Error& e = imported.error();
    std::cerr << e.describe() << '\n';
    return e.code == ErrorCode::Database || e.code == ErrorCode::Internal ? kExitFailure : kExitBadInput;
  }
  for (const Error& e : imported->refused) std::cerr << e.describe() << '\n';
  std::cout << describeQuestionImport(*imported, std::filesystem::path(args.file).filename().string()) << std::endl;
  return imported->refused.empty() ? kExitOk : kExitBadInput;
}

int runList(CliContext& context, const QuestionsArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  if (!args.product.empty()) {
    auto product = ProductStore(*db).findBySku(args.product);
    if (!product) return reportError(product.error());
    if (!*product) return reportError(makeError("questions.unknown-sku", ErrorCode::InvalidInput, {args.product}, "--product"));
  }
  auto questions = QuestionStore(*db).list(args.product);
  if (!questions) return reportError(questions.error());
  if (args.json) {
    Json array = Json::array();
    for (const Question& q : *questions) array.push_back(questionJson(q));
    std::cout << array.dump(2) << '\n';
    return kExitOk;
  }
  for (const Question& q : *questions) {
    std::cout << '#' << q.id << "  " << q.sku << "  " << q.text;
    if (q.asked > 1) std::cout << "  (asked " << q.asked << " times)";
    if (!q.source.empty() || !q.askedOn.empty()) std::cout << "  [" << q.source << (q.source.empty() || q.askedOn.empty() ? "" : ", ") << q.askedOn << ']';
    std::cout << '\n';
  }
  std::cout << questions->size() << (questions->size() == 1 ? " question\n" : " questions\n");
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<QuestionsArgs>();
  CLI::App* cmd = app.add_subcommand("questions", "Import and list shoppers' questions per product (answer them "
                                                  "with generate --questions)");
  cmd->require_subcommand(1);

  CLI::App* import = cmd->add_subcommand(
      "import",
      "Import questions from CSV: sku,question and optionally source,date (any order and case). A question\n"
      "near-identical to one the product has (case, width, punctuation, spacing, a word or two) is merged\n"
      "into it. Refused rows (unknown SKU, no question, bad date) go to stderr as FILE:LINE: cause and\n"
      "make the exit code 2; the other rows are imported.");
  import->add_option("file", args->file, "the CSV file")->required();
  import->add_option("--encoding", args->encoding, "utf-8 (default) or gb18030");
  import->callback([args, &context] { context.exitCode = runImport(context, *args); });

  CLI::App* list = cmd->add_subcommand("list", "The questions, by SKU and then as imported");
  list->add_option("--product", args->product, "one product's, by SKU");
  list->add_flag("--json", args->json, "print a JSON array of {id, sku, question, source, date, asked}");
  list->callback([args, &context] { context.exitCode = runList(context, *args); });
}

static const bool registered = registerCommand("questions", install);

}  // namespace
}  // namespace copydesk::cli
