// copydesk-cli edit (DRAFT_ID | --product SKU --field FIELD) (--text TEXT | --text-file FILE) [--submit] [--author NAME]:
// the copy editor's Save and Submit for review, through the same core function (saveWorkingCopy).
#include <fstream>
#include <iostream>
#include <iterator>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/review/reviewer_name.h"
#include "core/review/working_copy.h"
#include "core/store/product_store.h"

namespace copydesk::cli {
namespace {

struct EditArgs {
  std::int64_t draftId = 0;
  std::string sku;
  std::string field;
  std::string text;
  std::string textFile;
  bool submit = false;
  std::string author;
};

// The text of FILE, or of standard input for "-".
Result<std::string> readText(const std::string& path) {
  if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError(ErrorCode::Io, "cannot read the file", path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

Result<WorkingCopy> workingCopyFrom(Database& db, const EditArgs& args) {
  WorkingCopy copy;
  copy.draftId = args.draftId;
  copy.field = args.field;
  copy.submit = args.submit;
  copy.author = reviewerName(db, args.author);
  if (args.draftId == 0) {
    auto product = ProductStore(db).findBySku(args.sku);
    if (!product) return product.error();
    if (!*product) return makeError(ErrorCode::NotFound, "no product with SKU " + args.sku, "--product");
    copy.productId = (*product)->id;
  }
  if (args.textFile.empty()) {
    copy.text = args.text;
  } else {
    auto text = readText(args.textFile);
    if (!text) return text.error();
    copy.text = std::move(*text);
  }
  return copy;
}

int runEdit(CliContext& context, const EditArgs& args) {
  if ((args.draftId > 0) == !args.sku.empty() || (args.draftId == 0 && args.field.empty())) {
    std::cerr << "edit: give a DRAFT_ID, or --product SKU with --field FIELD for a new draft written by hand\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto copy = workingCopyFrom(*db, args);
  if (!copy) return reportError(copy.error());
  auto draft = saveWorkingCopy(*db, *copy);
  if (!draft) return reportError(draft.error());
  std::cout << "draft " << draft->id << " (" << draft->sku << ", " << draft->field << ") saved, now "
            << toString(draft->status) << " (by " << copy->author << ")\n";
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<EditArgs>();
  CLI::App* cmd = app.add_subcommand(
      "edit",
      "Save a new version of a draft's text, or a product's first text for a field, as the studio's copy editor does.\n"
      "Text that was submitted, approved or exported goes back to draft and needs approval again; the same text\n"
      "saves nothing. --submit then sends it to the reviewers; if they cannot take it, nothing is saved.");
  cmd->add_option("DRAFT_ID", args->draftId, "the draft to edit");
  cmd->add_option("--product", args->sku, "without DRAFT_ID: the SKU of the product a new draft is for");
  cmd->add_option("--field", args->field, "with --product: the field (title, description, bullets …)");
  auto* text = cmd->add_option("--text", args->text, "the new text");
  auto* file = cmd->add_option("--text-file", args->textFile, "the new text from this file (UTF-8; - reads stdin)");
  text->excludes(file);
  cmd->add_flag("--submit", args->submit, "then submit it for review");
  cmd->add_option("--author", args->author,
                  "who writes (default: the reviewer_name setting, else $COPYDESK_USER, else the OS user)");
  cmd->callback([args, &context] {
    if (args->text.empty() && args->textFile.empty()) {
      std::cerr << "edit: give the text with --text or --text-file\n";
      context.exitCode = kExitBadInput;
      return;
    }
    context.exitCode = runEdit(context, *args);
  });
}

static const bool registered = registerCommand("edit", install);

}  // namespace
}  // namespace copydesk::cli
