#include "tests/ui/ui_test_support.h"

#include <catch2/catch.hpp>

#include <cstdio>

#include "core/store/draft_store.h"
#include "core/store/product_store.h"

namespace copydesk::test {

void fillProducts(Database& db, int n) {
  static const char* kCategories[] = {"Kitchen", "Garden", "Office"};
  ProductStore store(db);
  Transaction tx(db);
  REQUIRE(tx.begun());
  for (int i = 1; i <= n; ++i) {
    char sku[32];
    std::snprintf(sku, sizeof sku, "SKU-%05d", i);
    Product p;
    p.sku = sku;
    p.title = "Product " + std::to_string(i);
    if (i % 10 == 0) p.title += " bamboo";
    if (i % 25 == 0) p.title += " 保温杯";
    p.category = kCategories[i % 3];
    if (i % 5 == 0) p.tags = {"eco"};
    for (int v = 0; v < i % 4; ++v) {
      Variant variant;
      variant.sku = p.sku + "-" + std::to_string(v);
      p.variants.push_back(variant);
    }
    REQUIRE(store.upsert(p));
  }
  REQUIRE(tx.commit());
}

std::int64_t addDraft(Database& db, const std::string& sku, const std::string& status) {
  auto product = ProductStore(db).findBySku(sku);
  REQUIRE(product);
  REQUIRE(product->has_value());
  DraftStore drafts(db);
  NewDraft draft;
  draft.productId = (*product)->id;
  draft.field = "description";
  draft.text = "Copy for " + sku;
  auto created = drafts.create(draft);
  REQUIRE(created);
  auto parsed = draftStatusFromString(status);
  REQUIRE(parsed);
  REQUIRE(drafts.setStatus(created->id, *parsed));
  return created->id;
}

ui::MainWindowOptions quietWindow(const std::filesystem::path& db) {
  ui::MainWindowOptions options;
  options.database = db;
  options.seedOnOpen = false;
  options.probeProvider = false;
  options.restoreLayout = false;
  return options;
}

}  // namespace copydesk::test
