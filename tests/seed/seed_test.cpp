#include <catch2/catch.hpp>

#include <thread>

#include "core/common/paths.h"
#include "core/seed/seed_if_empty.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
namespace fs = std::filesystem;

namespace {

std::int64_t productCount(Database& db) {
  auto count = ProductStore(db).count();
  REQUIRE(count);
  return *count;
}

size_t templateCount(Database& db) {
  auto templates = TemplateStore(db).listLatest();
  REQUIRE(templates);
  return templates->size();
}

size_t shippedTemplates() {
  size_t n = 0;
  for (const auto& entry : fs::directory_iterator(resourcesDir() / "templates")) n += entry.path().extension() == ".json";
  return n;
}

}  // namespace

TEST_CASE("seeding fills an empty store with the sample catalog and default templates, exactly once") {
  test::TempDir dir;
  auto db = Database::open(dir / "new.db");
  REQUIRE(db);
  auto first = seedIfEmpty(**db, resourcesDir());
  REQUIRE(first);
  CHECK(first->seeded);
  CHECK(first->products > 0);
  CHECK(productCount(**db) == first->products);
  CHECK(first->templates == static_cast<int>(shippedTemplates()));
  CHECK(templateCount(**db) == shippedTemplates());
  CHECK(describeSeed(*first).find("seeded " + std::to_string(first->products) + " products") == 0);

  auto second = seedIfEmpty(**db, resourcesDir());
  REQUIRE(second);
  CHECK_FALSE(second->seeded);
  CHECK(productCount(**db) == first->products);
  CHECK(templateCount(**db) == shippedTemplates());
  auto versions = TemplateStore(**db).listLatest();
  REQUIRE(versions);
  for (const auto& version : *versions) CHECK(version.version == 1);
}

TEST_CASE("a store that already holds products is not seeded") {
  test::TempDir dir;
  auto db = Database::open(dir / "used.db");
  REQUIRE(db);
  Product product;
  product.sku = "MINE-1";
  product.title = "My own product";
  REQUIRE(ProductStore(**db).upsert(product));
  auto seeded = seedIfEmpty(**db, resourcesDir());
  REQUIRE(seeded);
  CHECK_FALSE(seeded->seeded);
  CHECK(productCount(**db) == 1);
  CHECK(templateCount(**db) == 0);
}

TEST_CASE("a seed that fails half-way leaves the store empty and names the broken file") {
  test::TempDir dir;
  const fs::path resources = dir / "resources";
  fs::create_directories(resources / "catalog");
  fs::create_directories(resources / "templates");
  fs::copy_file(resourcesDir() / "catalog" / "sample_products.json", resources / "catalog" / "sample_products.json");
  test::writeFile(resources / "templates" / "broken.json", "{\"name\": \"broken\", \"user\": ");
  auto db = Database::open(dir / "new.db");
  REQUIRE(db);
  auto seeded = seedIfEmpty(**db, resources);
  REQUIRE_FALSE(seeded);
  CHECK(seeded.error().describe().find("broken.json") != std::string::npos);
  CHECK(productCount(**db) == 0);
  CHECK(templateCount(**db) == 0);
}

TEST_CASE("two processes opening a new store at once seed it once") {
  test::TempDir dir;
  const fs::path path = dir / "shared.db";
  { REQUIRE(Database::open(path)); }  // created and migrated up front, as the first opener would
  std::vector<Result<SeedSummary>> results(2, Result<SeedSummary>(SeedSummary{}));
  std::vector<std::thread> threads;
  for (size_t i = 0; i < 2; ++i) {
    threads.emplace_back([&, i] {
      auto db = Database::open(path);
      if (!db) {
        results[i] = db.error();
        return;
      }
      results[i] = seedIfEmpty(**db, resourcesDir());
    });
  }
  for (auto& thread : threads) thread.join();
  REQUIRE(results[0]);
  REQUIRE(results[1]);
  CHECK(results[0]->seeded != results[1]->seeded);
  auto db = Database::open(path);
  REQUIRE(db);
  CHECK(productCount(**db) == (results[0]->seeded ? results[0] : results[1])->products);
  CHECK(templateCount(**db) == shippedTemplates());
}
