// copydesk-cli products [--search TEXT] [--json]: the catalog as a table, or as JSON for scripts.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/store/product_store.h"

namespace copydesk::cli {
namespace {

struct ProductsArgs {
  std::string search;
  bool json = false;
};

// Display width: CJK and other wide characters take two columns in a terminal.
size_t displayWidth(const std::string& text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    width += len >= 3 ? 2 : 1;
    i += len;
  }
  return width;
}

std::string padded(const std::string& text, size_t width) {
  const size_t w = displayWidth(text);
  return w >= width ? text + " " : text + std::string(width - w, ' ');
}

void printTable(const std::vector<Product>& products) {
  size_t skuWidth = 3;
  for (const Product& p : products) skuWidth = std::max(skuWidth, std::min<size_t>(displayWidth(p.sku), 40));
  std::cout << padded("SKU", skuWidth + 2) << padded("VARIANTS", 10) << "TITLE\n";
  for (const Product& p : products) {
    std::cout << padded(p.sku, skuWidth + 2) << padded(std::to_string(p.variants.size()), 10) << p.title << '\n';
  }
  std::cout << products.size() << (products.size() == 1 ? " product\n" : " products\n");
}

int runProducts(CliContext& context, const ProductsArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  ProductStore store(*db);
  ProductQuery query;
  query.search = args.search;
  auto products = store.list(query);
  if (!products) return reportError(products.error());
  if (args.json) {
    Json array = Json::array();
    for (const Product& p : *products) array.push_back(toJson(p));
    std::cout << array.dump(2) << '\n';
  } else {
    printTable(*products);
  }
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ProductsArgs>();
  CLI::App* cmd = app.add_subcommand("products", "List the catalog's products");
  cmd->add_option("--search", args->search, "full-text search (any language, 3+ characters use the index)");
  cmd->add_flag("--json", args->json, "print a JSON array of products");
  cmd->callback([args, &context] { context.exitCode = runProducts(context, *args); });
}

static const bool registered = registerCommand("products", install);

}  // namespace
}  // namespace copydesk::cli
