// copydesk-cli related SKU [--limit N] [--json]: the product's related products from the catalog
// itself (issue 14), each with why: its upsells, cross-sells and grouped products, then products
// sharing its tags, its category, and products whose title and attributes read alike. With --json
// an array of {sku, reason}, reason one of upsell, cross-sell, grouped, tag, category, similar.
// --chosen shows what generation uses instead (the writer's kept choice, else the same list);
// --add / --drop edit that choice and keep it, --reset forgets it.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/error_id.h"
#include "core/common/json.h"
#include "core/related/related_selection.h"
#include "core/review/reviewer_name.h"
#include "core/store/product_store.h"

namespace copydesk::cli {
namespace {

constexpr int kMostRelated = 100;

struct RelatedArgs {
  std::string sku;
  int limit = static_cast<int>(RelatedOptions{}.limit);
  bool json = false;
  bool chosen = false;
  std::vector<std::string> add;
  std::vector<std::string> drop;
  bool reset = false;
};

void printJson(const std::vector<RelatedProduct>& related) {
  Json array = Json::array();
  for (const RelatedProduct& r : related) array.push_back({{"sku", r.product.sku}, {"reason", reasonName(r.reason)}});
  std::cout << array.dump(2) << '\n';
}

void printText(const std::string& sku, const std::vector<RelatedProduct>& related, bool chosen) {
  for (const RelatedProduct& r : related) {
    std::cout << r.product.sku << "  " << reasonName(r.reason);
    if (!r.detail.empty()) std::cout << " (" << r.detail << ")";
    std::cout << "  " << r.product.title << '\n';
  }
  std::cout << related.size() << (related.size() == 1 ? " related product of " : " related products of ") << sku
            << (chosen ? " (kept by a writer)" : "") << '\n';
}

// --add / --drop / --reset: the choice generation uses from now on.
Result<RelatedSelection> editChoice(Database& db, const Product& product, const RelatedArgs& args) {
  RelatedSelector selector(db);
  if (args.reset) {
    if (auto st = selector.reset(product); !st) return st.error();
  }
  if (!args.add.empty() || !args.drop.empty()) {
    auto current = selector.forProduct(product, static_cast<std::size_t>(args.limit));
    if (!current) return current.error();
    const auto items = RelatedSelector::edited(*current, args.add, args.drop);
    if (auto st = selector.keep(product, items, reviewerName(db)); !st) return st.error();
  }
  return selector.forProduct(product, static_cast<std::size_t>(args.limit));
}

int runRelated(CliContext& context, const RelatedArgs& args) {
  if (args.limit < 1 || args.limit > kMostRelated) {
    return reportError(makeError("related.limit-out-of-range", ErrorCode::InvalidInput,
                                 {std::to_string(kMostRelated)}, "--limit"));
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto product = ProductStore(*db).findBySku(args.sku);
  if (!product) return reportError(product.error());
  if (!*product) return reportError(makeError("related.unknown-sku", ErrorCode::NotFound, {args.sku}));
  const bool editing = args.reset || !args.add.empty() || !args.drop.empty();
  if (editing || args.chosen) {
    auto selection = editChoice(*db, **product, args);
    if (!selection) return reportError(selection.error());
    if (args.json) printJson(selection->items);
    else printText(args.sku, selection->items, selection->chosen);
    return kExitOk;
  }
  auto related = RelatedFinder(*db).find(**product, {.limit = static_cast<std::size_t>(args.limit)});
  if (!related) return reportError(related.error());
  if (args.json) printJson(*related);
  else printText(args.sku, *related, false);
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<RelatedArgs>();
  CLI::App* cmd = app.add_subcommand(
      "related",
      "A product's related products from the catalog itself, each with why: its upsells, cross-sells and\n"
      "grouped products (as imported), then products sharing its tags, of its category, and products whose\n"
      "title and attributes read alike (Chinese too). With --json: an array of {sku, reason}, reason one of\n"
      "upsell, cross-sell, grouped, tag, category, similar. Templates get the same list as {{#related}}, or\n"
      "the writer's kept choice (--chosen shows it, --add/--drop edit it, --reset forgets it).");
  cmd->add_option("sku", args->sku, "the product's SKU")->required();
  cmd->add_option("--limit", args->limit, "at most this many (default 5)");
  cmd->add_flag("--json", args->json, "print a JSON array of {sku, reason}");
  cmd->add_flag("--chosen", args->chosen, "what generation uses: the kept choice, else the list above ('added': by a writer)");
  cmd->add_option("--add", args->add, "keep these SKUs too (comma-separated)")->delimiter(',');
  cmd->add_option("--drop", args->drop, "leave these SKUs out (comma-separated)")->delimiter(',');
  cmd->add_flag("--reset", args->reset, "forget the kept choice: generation uses the finder's list again");
  cmd->callback([args, &context] { context.exitCode = runRelated(context, *args); });
}

static const bool registered = registerCommand("related", install);

}  // namespace
}  // namespace copydesk::cli
