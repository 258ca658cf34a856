// Issue 11: a first import into an empty team catalog drops the products' indexes and the constraints
// they back for its COPY (schema v17/v18). At its end the primary key, the unique SKU and the foreign
// keys pointing at products are back, exactly as the migrations made them; the plain indexes come back
// with the search indexing that follows. Nothing is dropped while someone reads a table involved.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/store/postgres/product_copy.h"
#include "core/store/product_search_index.h"
#include "tests/support/pg_connection.h"
#include "tests/support/postgres_test_server.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Matchers::Contains;

namespace {

constexpr const char* kConstraints =
    "SELECT string_agg(conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid), E'\\n' "
    "ORDER BY conrelid::regclass::text, conname) FROM pg_constraint "
    "WHERE conrelid = 'products'::regclass OR confrelid = 'products'::regclass";
constexpr const char* kIndexes =
    "SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'products'";

struct Catalog {
  PostgresTestDatabase database = createTestDatabase();
  std::unique_ptr<Database> db;

  Catalog() {
    auto opened = Database::open(database.connectionString());
    REQUIRE(opened.ok());
    db = std::move(*opened);
  }
  std::string value(const std::string& sql) { return PgConnection(database.connectionString()).value(sql); }

  // What `copydesk-cli import` does with the search index left for afterwards.
  void importFirst() {
    Transaction tx(*db);
    REQUIRE(tx.begun().ok());
    pg::ProductCopy copy(*db, "2026-12-07T00:00:00.000Z");
    const std::vector<ProductLink> links = {{LinkKind::Upsell, "B"}};
    const std::vector<Variant> variants = {{.sku = "A-1", .title = "Small"}, {.sku = "A-2", .title = "Large"}};
    REQUIRE(copy.add({.sku = "A", .title = "Teapot", .category = "Tea > Pots", .links = links}, variants, 2).ok());
    REQUIRE(copy.add({.sku = "B", .title = "Cup", .category = "Tea > Cups"}, {}, 3).ok());
    REQUIRE(copy.merge().ok());
    REQUIRE(tx.commit().ok());
  }
};

}  // namespace

TEST_CASE("first import: the constraints are back at its end, the other indexes after the search indexing",
          "[postgres]") {
  Catalog catalog;
  const std::string constraints = catalog.value(kConstraints);
  const std::string indexes = catalog.value(kIndexes);
  REQUIRE_THAT(constraints, Contains("products_pkey") && Contains("variants_product_id_fkey"));
  REQUIRE_THAT(indexes, Contains("products_category") && Contains("products_search_pending"));

  catalog.importFirst();
  CHECK(catalog.value(kConstraints) == constraints);
  CHECK(catalog.value("SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes "
                      "WHERE tablename = 'products'") == "products_pkey products_sku_key");
  CHECK(catalog.value("SELECT count(*) FROM products_load_indexes WHERE later") == "3");
  // They guard the data again: a SKU twice, a variant of no product; deleting a product takes its variants.
  PgConnection writer(catalog.database.connectionString());
  CHECK_THROWS_WITH(writer.execute("INSERT INTO products (sku) VALUES ('A')"), Contains("products_sku_key"));
  CHECK_THROWS_WITH(writer.execute("INSERT INTO variants (product_id, position) VALUES (999999, 0)"),
                    Contains("variants_product_id_fkey"));
  writer.execute("DELETE FROM products WHERE sku = 'A'");
  CHECK(writer.value("SELECT count(*) FROM variants") == "0");
  CHECK(writer.value("SELECT count(*) FROM product_links") == "0");
  // Queries that would use the missing indexes read the table meanwhile.
  CHECK(writer.value("SELECT string_agg(sku, ' ') FROM products WHERE category = 'Tea > Cups'") == "B");

  ProductSearchIndex index(*catalog.db);
  CHECK(index.pending().value() == 1);
  REQUIRE(index.indexAll().ok());
  CHECK(catalog.value(kIndexes) == indexes);
  CHECK(catalog.value(kConstraints) == constraints);
  CHECK(catalog.value("SELECT count(*) FROM products_load_indexes") == "0");
  CHECK(index.pending().value() == 0);
}

TEST_CASE("first import: nothing is dropped while another session reads a table that points at products",
          "[postgres]") {
  Catalog catalog;
  const std::string indexes = catalog.value(kIndexes);
  PgConnection reader(catalog.database.connectionString());
  reader.execute("BEGIN");
  reader.value("SELECT count(*) FROM drafts");  // holds its lock until the end of its transaction
  PgConnection importer(catalog.database.connectionString());
  importer.execute("BEGIN");
  CHECK(importer.value("SELECT copydesk_products_load_begin()") == "f");
  CHECK(importer.value(kIndexes) == indexes);
  importer.execute("ROLLBACK");
  reader.execute("COMMIT");

  importer.execute("BEGIN");
  CHECK(importer.value("SELECT copydesk_products_load_begin()") == "t");
  CHECK(importer.value("SELECT count(*) FROM pg_indexes WHERE tablename = 'products'") == "0");
  CHECK(importer.value("SELECT count(*) FROM pg_constraint WHERE confrelid = 'products'::regclass") == "0");
  importer.value("SELECT copydesk_products_load_end()");
  importer.execute("COMMIT");  // the plain indexes may wait for the indexing; the constraints may not
  CHECK(catalog.value("SELECT count(*) FROM pg_constraint WHERE confrelid = 'products'::regclass") == "8");
  CHECK(catalog.value("SELECT copydesk_products_load_finish()") == "t");
  CHECK(catalog.value(kIndexes) == indexes);
  CHECK(catalog.value("SELECT copydesk_products_load_finish()") == "f");
}
