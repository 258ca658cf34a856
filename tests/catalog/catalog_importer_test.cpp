#include <catch2/catch.hpp>

#include "core/catalog/catalog_importer.h"
#include "core/store/product_search_index.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

std::filesystem::path sample(const std::string& name) { return test::sharedDir() / "samples" / name; }

std::int64_t rowCount(Database& db, const std::string& table) {
  auto stmt = db.prepare("SELECT count(*) FROM " + table);
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->integer(0);
}

Product load(Database& db, const std::string& sku) {
  ProductStore store(db);
  auto p = store.findBySku(sku);
  REQUIRE(p);
  REQUIRE(p->has_value());
  return **p;
}

}  // namespace

TEST_CASE("import: the Shopify sample is 3 products with 12, 3 and 1 variants") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, sample("shopify_product_template.csv"));
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::Shopify);
  CHECK(summary->products == 3);
  CHECK(summary->inserted == 3);
  CHECK(summary->variants == 16);
  CHECK(summary->rows == 17);

  const Product shirt = load(**db, "example-shirt");
  CHECK(shirt.title == "Example T-Shirt");
  CHECK(shirt.brand == "Acme");
  CHECK(shirt.category == "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts");
  CHECK(shirt.tags == std::vector<std::string>{"Made to Order", "Shirt Tag"});
  CHECK(shirt.price == "25");
  CHECK(shirt.source == "shopify");
  REQUIRE(shirt.variants.size() == 12);
  CHECK(shirt.variants[0].sku == "SRT_COT_111");
  CHECK(shirt.variants[0].options == Json{{"Color", "Green"}, {"Size", "S"}});
  CHECK(shirt.variants[0].title == "Green / S");
  CHECK(shirt.variants[11].options == Json{{"Color", "Purple"}, {"Size", "L"}});
  CHECK(shirt.variants[0].attributes["Variant Grams"] == "145");
  CHECK(shirt.attributes["SEO Title"] == "Example T-Shirt | Test Store");
  CHECK(shirt.attributes["Type"] == "Shirts");
  CHECK(shirt.attributes["images"].size() == 6);

  const Product jeans = load(**db, "example-pants");
  REQUIRE(jeans.variants.size() == 3);
  CHECK(jeans.variants[2].sku == "PNT_DEN_405");
  // The fourth row only adds an image.
  REQUIRE(jeans.attributes["images"].size() == 4);
  CHECK(jeans.attributes["images"][3]["src"] ==
        "https://burst.shopifycdn.com/photos/female-fashion-model-poses-in-city-street.jpg?width=1500");

  const Product hat = load(**db, "example-hat");
  REQUIRE(hat.variants.size() == 1);
  CHECK(hat.variants[0].price == "17.99");
}

TEST_CASE("import: the WooCommerce sample is 18 products with 7 variations on their parents") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, sample("woocommerce_sample_products.csv"));
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::WooCommerce);
  CHECK(summary->products == 18);
  CHECK(summary->variants == 7);
  CHECK(summary->rows == 25);
  CHECK(rowCount(**db, "products") == 18);
  CHECK(rowCount(**db, "variants") == 7);

  const Product tee = load(**db, "woo-vneck-tee");
  REQUIRE(tee.variants.size() == 3);
  CHECK(tee.variants[0].sku == "woo-vneck-tee-red");
  CHECK(tee.variants[0].options["Color"] == "Red");
  CHECK(tee.variants[0].price == "20");
  CHECK(tee.category == "Clothing > Tshirts");
  const Product hoodie = load(**db, "woo-hoodie");
  REQUIRE(hoodie.variants.size() == 4);
  CHECK(hoodie.variants[3].sku == "woo-hoodie-blue-logo");
  CHECK(hoodie.variants[3].options == Json{{"Color", "Blue"}, {"Logo", "Yes"}});
  CHECK(load(**db, "woo-album").category == "Music");
  CHECK(load(**db, "woo-album").attributes["Type"] == "simple, downloadable, virtual");
  CHECK(load(**db, "woo-hoodie-with-logo").variants.empty());
}

TEST_CASE("import: re-importing updates by SKU, never duplicates, keeps drafts") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  REQUIRE(importCatalog(**db, sample("woocommerce_sample_products.csv")));
  const std::int64_t id = load(**db, "woo-hoodie").id;
  REQUIRE((*db)->exec("INSERT INTO drafts (product_id, field, text) VALUES (" + std::to_string(id) + ", 'description', '草稿')"));
  auto again = importCatalog(**db, sample("woocommerce_sample_products.csv"));
  REQUIRE(again);
  CHECK(again->products == 18);
  CHECK(again->inserted == 0);
  CHECK(again->updated == 18);
  CHECK(again->variants == 7);
  CHECK(rowCount(**db, "products") == 18);
  CHECK(rowCount(**db, "variants") == 7);
  CHECK(load(**db, "woo-hoodie").id == id);
  CHECK(rowCount(**db, "drafts") == 1);
}

TEST_CASE("import: generic CSV with Chinese headers, attributes and search") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "cn.csv",
                  "货号;标题;描述;品牌;类目;标签;价格;产地;净含量\n"
                  "CHA-001;西湖龙井 明前特级;\"清香鲜爽;\n回甘持久\";山水茶庄;茶叶 > 绿茶;绿茶，明前;268.00;浙江杭州;250g\n"
                  "CHA-002;云南普洱熟茶饼;陈香醇厚;山水茶庄;茶叶 > 黑茶;普洱;199;云南;357g\n");
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, dir / "cn.csv");
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::Generic);
  CHECK(summary->products == 2);
  const Product p = load(**db, "CHA-001");
  CHECK(p.title == "西湖龙井 明前特级");
  CHECK(p.description == "清香鲜爽;\n回甘持久");
  CHECK(p.brand == "山水茶庄");
  CHECK(p.tags == std::vector<std::string>{"绿茶", "明前"});
  CHECK(p.attributes == Json{{"产地", "浙江杭州"}, {"净含量", "250g"}});
  ProductStore store(**db);
  auto found = store.list({.search = "普洱熟茶"});
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  CHECK(found->front().sku == "CHA-002");
}

TEST_CASE("import: an explicit mapping overrides name matching") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "odd.csv", "code_x,label,blurb\nK1,Kettle,Boils water\n");
  auto db = testStore.open();
  REQUIRE(db);
  auto refused = importCatalog(**db, dir / "odd.csv");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().describe().rfind(dir.path().string() + "/odd.csv: no column holds the SKU", 0) == 0);
  ColumnMapping mapping;
  mapping.column(ProductField::Sku) = "code_x";
  mapping.column(ProductField::Title) = "label";
  auto summary = importCatalog(**db, dir / "odd.csv", {.format = CatalogFormat::Generic, .mapping = mapping});
  REQUIRE(summary);
  const Product k = load(**db, "K1");
  CHECK(k.title == "Kettle");
  CHECK(k.attributes["blurb"] == "Boils water");
}

TEST_CASE("import: columns the mapping ignores are neither fields nor attributes") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "shop.csv", "sku,title,internal note,color\nK1,Kettle,do not publish,red\n");
  test::writeFile(dir / "shop.json", R"([{"sku": "J1", "title": "Jug", "internal note": "secret", "color": "blue"}])");
  auto db = testStore.open();
  REQUIRE(db);
  ColumnMapping mapping;
  mapping.column(ProductField::Sku) = "sku";
  mapping.column(ProductField::Title) = "title";
  mapping.ignored = {"internal note"};
  REQUIRE(importCatalog(**db, dir / "shop.csv", {.mapping = mapping}));
  REQUIRE(importCatalog(**db, dir / "shop.json", {.mapping = mapping}));
  for (const std::string sku : {"K1", "J1"}) {
    const Product p = load(**db, sku);
    CHECK_FALSE(p.attributes.contains("internal note"));
    CHECK(p.attributes.contains("color"));
  }
  // Without the mapping the column is kept, as before.
  REQUIRE(importCatalog(**db, dir / "shop.csv"));
  CHECK(load(**db, "K1").attributes["internal note"] == "do not publish");
}

TEST_CASE("import: JSON with nested variants") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "c.json", R"([
  {"sku": "MUG-1", "name": "Stoneware mug", "tags": ["kitchen", "mug"], "price": 12.5,
   "material": "stoneware", "variants": [{"sku": "MUG-1-W", "color": "white", "price": "12.50"},
                                         {"sku": "MUG-1-B", "options": {"颜色": "黑"}, "weight": "300g"}]},
  {"货号": "茶-2", "标题": "白毫银针", "分类": "茶叶", "attributes": {"产地": "福建福鼎"}}
])");
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, dir / "c.json");
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::Json);
  CHECK(summary->products == 2);
  CHECK(summary->variants == 2);
  const Product mug = load(**db, "MUG-1");
  CHECK(mug.title == "Stoneware mug");
  CHECK(mug.price == "12.5");
  CHECK(mug.tags == std::vector<std::string>{"kitchen", "mug"});
  CHECK(mug.attributes["material"] == "stoneware");
  REQUIRE(mug.variants.size() == 2);
  CHECK(mug.variants[0].options == Json{{"color", "white"}});
  CHECK(mug.variants[1].options == Json{{"颜色", "黑"}});
  CHECK(mug.variants[1].attributes["weight"] == "300g");
  const Product tea = load(**db, "茶-2");
  CHECK(tea.title == "白毫银针");
  CHECK(tea.category == "茶叶");
  CHECK(tea.attributes["产地"] == "福建福鼎");
}

TEST_CASE("import: bad files change nothing and say FILE:LINE: cause") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  REQUIRE(importCatalog(**db, sample("shopify_product_template.csv")));
  const std::int64_t products = rowCount(**db, "products");
  const std::int64_t variants = rowCount(**db, "variants");

  struct Case {
    std::string name, bytes, expected;
  };
  const std::vector<Case> cases = {
      {"quote.csv", "sku,title\nN1,New\nN2,\"open\n", "quote.csv:3: unterminated quoted field (a '\"' is never closed)"},
      {"latin1.csv", "sku,title\nN1,New\nN2,Caf\xE9\n", "latin1.csv:3: invalid UTF-8 (try --encoding gb18030)"},
      {"empty.csv", "", "empty.csv: the file is empty"},
      {"blank.csv", " \r\n\n", "blank.csv: the file is empty"},
      {"binary.csv", std::string("sku,title\nN1,\0\0\0\x7F", 16), "binary.csv:2: binary data (a NUL byte), not a text file"},
      {"nokey.csv", "colour,size\nred,M\n", "nokey.csv: no column holds the SKU or handle (expected a header such as sku, handle, 货号 or 编码)"},
      {"nosku.csv", "sku,title\nN1,New\n,Missing\n", "nosku.csv:3: the row has no SKU (column \"sku\" is empty)"},
      {"broken.json", "[\n {\"sku\": \"N1\"},\n {\"sku\": \n", "broken.json:4: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
  };
  const auto previousDir = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());  // so that messages name the file as given
  for (const Case& c : cases) {
    INFO(c.name);
    test::writeFile(dir / c.name, c.bytes);
    auto result = importCatalog(**db, c.name);
    REQUIRE_FALSE(result);
    CHECK(result.error().describe() == c.expected);
    CHECK(rowCount(**db, "products") == products);
    CHECK(rowCount(**db, "variants") == variants);
  }
  auto missing = importCatalog(**db, "missing.csv");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().describe() == "missing.csv: cannot open: No such file or directory");
  std::filesystem::current_path(previousDir);
}

TEST_CASE("import: the bundled sample catalog, in Chinese and English") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, test::sourceDir() / "resources" / "catalog" / "sample_products.json");
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::Json);
  CHECK(summary->products == 30);
  CHECK(summary->variants >= 10);
  const Product tea = load(**db, "TEA-LJ-001");
  CHECK(tea.title == "西湖龙井·明前特级 250克");
  CHECK(tea.attributes["产地"] == "浙江杭州 西湖产区");
  ProductStore store(**db);
  auto categories = store.categories();
  REQUIRE(categories);
  CHECK(categories->size() >= 6);
}

namespace {

std::vector<std::string> search(Database& db, const std::string& text) {
  ProductStore store(db);
  auto found = store.list({.search = text});
  REQUIRE(found);
  std::vector<std::string> skus;
  for (const Product& p : *found) skus.push_back(p.sku);
  return skus;
}

std::string triggers(Database& db) {
  auto stmt = db.prepare("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM sqlite_master "
                         "WHERE type = 'trigger' ORDER BY name)");
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->text(0);
}

}  // namespace

TEST_CASE("import: search stays right after imports, re-imports and failed imports", "[sqlite]") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  const std::string schemaTriggers = triggers(**db);
  ProductStore store(**db);
  Product manual;
  manual.sku = "HAND-1";
  manual.title = "手工录入的紫砂壶";
  REQUIRE(store.upsert(manual));  // written outside an import, indexed by the schema's triggers

  test::writeFile(dir / "a.csv", "sku,title,description\nA1,Jasmine pearls,花香茉莉\nA2,Oolong,岩茶\n");
  REQUIRE(importCatalog(**db, dir / "a.csv"));
  CHECK(search(**db, "Jasmine") == std::vector<std::string>{"A1"});
  CHECK(search(**db, "花香茉莉") == std::vector<std::string>{"A1"});

  // The same SKU twice in one file, and a title that changes on re-import.
  test::writeFile(dir / "b.csv", "sku,title,description\nA1,Silver needle,白毫\nA3,Pu-erh cake,熟茶\nA3,Pu-erh brick,熟砖\n");
  auto summary = importCatalog(**db, dir / "b.csv");
  REQUIRE(summary);
  CHECK(summary->products == 2);
  CHECK(summary->inserted == 1);
  CHECK(summary->updated == 1);
  CHECK(search(**db, "Jasmine").empty());
  CHECK(search(**db, "花香茉莉").empty());
  CHECK(search(**db, "Silver needle") == std::vector<std::string>{"A1"});
  CHECK(search(**db, "Pu-erh brick") == std::vector<std::string>{"A3"});
  CHECK(search(**db, "Pu-erh cake").empty());
  CHECK(search(**db, "Oolong") == std::vector<std::string>{"A2"});
  CHECK(search(**db, "紫砂壶") == std::vector<std::string>{"HAND-1"});

  test::writeFile(dir / "bad.csv", "sku,title\nA2,Renamed\nA4,\"open\n");
  REQUIRE_FALSE(importCatalog(**db, dir / "bad.csv"));
  CHECK(search(**db, "Oolong") == std::vector<std::string>{"A2"});
  CHECK(search(**db, "Renamed").empty());

  CHECK(triggers(**db) == schemaTriggers);
  CHECK((*db)->exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check')"));
  // Writes after an import are indexed by the schema's triggers again.
  manual.title = "手工录入的青瓷杯";
  REQUIRE(store.upsert(manual));
  CHECK(search(**db, "青瓷杯") == std::vector<std::string>{"HAND-1"});
  CHECK(search(**db, "紫砂壶").empty());
}

TEST_CASE("import: with the search index deferred, search is right before, during and after indexing", "[sqlite]") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  const std::string schemaTriggers = triggers(**db);
  ProductStore store(**db);
  ProductSearchIndex index(**db);
  Product manual;
  manual.sku = "HAND-1";
  manual.title = "手工录入的紫砂壶";
  REQUIRE(store.upsert(manual));
  auto integrityOk = [&] { return bool((*db)->exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check')")); };
  const ImportOptions deferred{.searchIndexing = SearchIndexing::AfterImport};

  test::writeFile(dir / "a.csv",
                  "sku,title,description,tags\nA1,Jasmine pearls,花香茉莉,\"green, 100% leaf\"\nA2,Oolong,岩茶 Big_Red,\n"
                  "A9,Ninety,plain text,\n");
  REQUIRE(importCatalog(**db, dir / "a.csv", deferred));
  CHECK(index.pending().value() == 3);
  // Pending rows are found by LIKE: case-insensitive for ASCII like the index, '%' and '_' literal.
  CHECK(search(**db, "Jasmine") == std::vector<std::string>{"A1"});
  CHECK(search(**db, "jasMINE PEARL") == std::vector<std::string>{"A1"});
  CHECK(search(**db, "花香茉莉") == std::vector<std::string>{"A1"});
  CHECK(search(**db, "100% leaf") == std::vector<std::string>{"A1"});
  CHECK(search(**db, "0% l").size() == 1);
  CHECK(search(**db, "g_Red") == std::vector<std::string>{"A2"});
  CHECK(search(**db, "x%t").empty());
  CHECK(search(**db, "n_ty").empty());
  CHECK(search(**db, "紫砂壶") == std::vector<std::string>{"HAND-1"});  // indexed before, still by the index
  CHECK(integrityOk());

  // A deferred re-import changes a pending row (A1), an indexed row (HAND-1) and adds one (A3 twice).
  test::writeFile(dir / "b.csv",
                  "sku,title,description\nA1,Silver needle,白毫\nHAND-1,青瓷杯,\nA3,Pu-erh cake,熟茶\nA3,Pu-erh brick,熟砖\n");
  auto summary = importCatalog(**db, dir / "b.csv", deferred);
  REQUIRE(summary);
  CHECK(summary->products == 3);
  CHECK(summary->inserted == 1);
  CHECK(summary->updated == 2);
  CHECK(index.pending().value() == 5);
  CHECK(integrityOk());
  auto expectAll = [&] {
    CHECK(search(**db, "Jasmine").empty());
    CHECK(search(**db, "100% leaf").empty());
    CHECK(search(**db, "Silver needle") == std::vector<std::string>{"A1"});
    CHECK(search(**db, "紫砂壶").empty());
    CHECK(search(**db, "青瓷杯") == std::vector<std::string>{"HAND-1"});
    CHECK(search(**db, "Pu-erh brick") == std::vector<std::string>{"A3"});
    CHECK(search(**db, "Pu-erh cake").empty());
    CHECK(search(**db, "Oolong") == std::vector<std::string>{"A2"});
    CHECK(store.count({.search = "Pu-erh"}).value() == 1);
  };
  expectAll();

  // A failed deferred import leaves nothing behind.
  test::writeFile(dir / "bad.csv", "sku,title\nA2,Renamed\nA4,\"open\n");
  REQUIRE_FALSE(importCatalog(**db, dir / "bad.csv", deferred));
  CHECK(index.pending().value() == 5);
  CHECK(search(**db, "Renamed").empty());

  // Indexing in small batches, searches right between them; deleting a pending row is clean too.
  REQUIRE((*db)->exec("DELETE FROM products WHERE sku = 'A9'"));
  CHECK(index.pending().value() == 4);
  CHECK(index.indexPending(2).value() == 2);
  CHECK(index.pending().value() == 2);
  expectAll();
  CHECK(integrityOk());
  REQUIRE(index.indexAll());
  CHECK(index.pending().value() == 0);
  CHECK(index.indexPending().value() == 0);
  expectAll();
  CHECK(search(**db, "100% leaf").empty());  // b.csv gave A1 no tags
  CHECK(integrityOk());
  CHECK(triggers(**db) == schemaTriggers);

  // Once indexed, later writes go through the schema's triggers as before.
  manual.title = "手工录入的建盏";
  REQUIRE(store.upsert(manual));
  CHECK(search(**db, "录入的建盏") == std::vector<std::string>{"HAND-1"});
  CHECK(index.pending().value() == 0);
  CHECK(integrityOk());
}

TEST_CASE("import: the default import leaves nothing waiting for the search index", "[sqlite]") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  auto db = testStore.open();
  REQUIRE(db);
  test::writeFile(dir / "a.csv", "sku,title\nA1,Jasmine pearls\nA2,Oolong\n");
  REQUIRE(importCatalog(**db, dir / "a.csv"));
  CHECK(ProductSearchIndex(**db).pending().value() == 0);
  CHECK(rowCount(**db, "products_fts_docsize") == 2);
  CHECK(search(**db, "Jasmine") == std::vector<std::string>{"A1"});
}

TEST_CASE("import: Shopify's current header generation") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "new.csv",
                  "Title,URL handle,Description,Vendor,Product category,Type,Tags,Published on online store,Status,"
                  "SKU,Barcode,Option1 name,Option1 value,Option2 name,Option2 value,Price,Compare-at price,"
                  "Product image URL,Image position,SEO title\r\n"
                  "Jasmine Tea,jasmine-tea,<p>Hand-rolled pearls</p>,Harbour Leaf,Food > Tea,Tea,\"tea, jasmine\",TRUE,"
                  "active,JT-50,111,Weight,50 g,,,9.00,,https://example.test/j1.jpg,1,Jasmine pearls\r\n"
                  ",jasmine-tea,,,,,,,,JT-100,112,,100 g,,,16.00,18.00,,,\r\n"
                  ",jasmine-tea,,,,,,,,,,,,,,,,https://example.test/j2.jpg,2,\r\n");
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, dir / "new.csv");
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::Shopify);
  CHECK(summary->products == 1);
  CHECK(summary->variants == 2);
  const Product p = load(**db, "jasmine-tea");
  CHECK(p.title == "Jasmine Tea");
  CHECK(p.description == "<p>Hand-rolled pearls</p>");
  CHECK(p.brand == "Harbour Leaf");
  CHECK(p.category == "Food > Tea");
  CHECK(p.tags == std::vector<std::string>{"tea", "jasmine"});
  CHECK(p.price == "9.00");
  CHECK(p.attributes["SEO title"] == "Jasmine pearls");
  CHECK(p.attributes["images"].size() == 2);
  REQUIRE(p.variants.size() == 2);
  CHECK(p.variants[1].sku == "JT-100");
  CHECK(p.variants[1].options == Json{{"Weight", "100 g"}});
  CHECK(p.variants[1].attributes["Compare-at price"] == "18.00");
  CHECK(p.variants[1].attributes["Barcode"] == "112");
}

TEST_CASE("import: WooCommerce parents by id:N, variations before their parent, parents without SKU") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "woo.csv",
                  "ID,Type,SKU,Name,Description,Categories,Tags,Regular price,Parent,Attribute 1 name,Attribute 1 value(s)\n"
                  "11,variation,CUP-S,Cup - Small,,,,8,id:10,Size,Small\n"
                  "10,variable,,Cup,A cup,\"Kitchen > Cups, Gifts\",\"cup, 杯子\",,,Size,\"Small, Large\"\n"
                  "12,variation,,Cup - Large,,,,10,id:10,Size,Large\n"
                  "20,simple,PLATE,Plate,,Kitchen,,12,,,\n"
                  "21,variation,PLATE-B,Plate - Blue,,,,12,PLATE,Colour,Blue\n");
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, dir / "woo.csv");
  REQUIRE(summary);
  CHECK(summary->format == CatalogFormat::WooCommerce);
  CHECK(summary->products == 2);
  CHECK(summary->variants == 3);
  const Product cup = load(**db, "id:10");
  CHECK(cup.category == "Kitchen > Cups, Gifts");
  CHECK(cup.tags == std::vector<std::string>{"cup", "杯子"});
  REQUIRE(cup.variants.size() == 2);
  CHECK(cup.variants[0].sku == "CUP-S");
  CHECK(cup.variants[1].sku == "id:12");
  CHECK(cup.variants[1].options == Json{{"Size", "Large"}});
  const Product plate = load(**db, "PLATE");
  REQUIRE(plate.variants.size() == 1);
  CHECK(plate.variants[0].options == Json{{"Colour", "Blue"}});

  test::writeFile(dir / "orphan.csv", "ID,Type,SKU,Name,Parent\n30,variation,X-1,X,NOPE\n");
  auto orphan = importCatalog(**db, dir / "orphan.csv");
  REQUIRE_FALSE(orphan);
  CHECK(orphan.error().describe() == (dir / "orphan.csv").string() +
                                         ":2: the variation's Parent \"NOPE\" is neither in the file nor in the catalog");
}

// On a team store these go through COPY and one merge (pg::ProductCopy); the outcome must be the
// row-by-row one.
TEST_CASE("import: a SKU twice in one file keeps its last row, counts once, and ids follow the file") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "twice.csv",
                  "sku,title,description\nB1,First,one\nB2,Second,two\nB1,First again,\"tab\there,\nline\\back\"\n"
                  "B3,Third,three\n");
  auto db = testStore.open();
  REQUIRE(db);
  auto summary = importCatalog(**db, dir / "twice.csv");
  REQUIRE(summary);
  CHECK(summary->products == 3);
  CHECK(summary->inserted == 3);
  CHECK(summary->updated == 0);
  CHECK(rowCount(**db, "products") == 3);
  const Product b1 = load(**db, "B1");
  CHECK(b1.title == "First again");
  CHECK(b1.description == "tab\there,\nline\\back");  // COPY's escapes survive the round trip
  CHECK(b1.id < load(**db, "B2").id);
  CHECK(load(**db, "B2").id < load(**db, "B3").id);
}

TEST_CASE("import: a re-import replaces a product's variants and keeps its id and its drafts") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  const std::string header = "Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price\n";
  test::writeFile(dir / "v1.csv", header + "cup,Cup,Size,S,CUP-S,5\ncup,,,M,CUP-M,6\ncup,,,L,CUP-L,7\n"
                                           "jar,Jar,Size,One,JAR-1,9\n");
  test::writeFile(dir / "v2.csv", header + "cup,Cup v2,Size,XL,CUP-XL,8\nnew,New,Size,One,NEW-1,3\n");
  auto db = testStore.open();
  REQUIRE(db);
  REQUIRE(importCatalog(**db, dir / "v1.csv"));
  const std::int64_t cupId = load(**db, "cup").id;
  REQUIRE((*db)->exec("INSERT INTO drafts (product_id, field, text) VALUES (" + std::to_string(cupId) +
                      ", 'description', 'kept')"));
  auto again = importCatalog(**db, dir / "v2.csv");
  REQUIRE(again);
  CHECK(again->products == 2);
  CHECK(again->inserted == 1);
  CHECK(again->updated == 1);
  CHECK(again->variants == 2);
  const Product cup = load(**db, "cup");
  CHECK(cup.id == cupId);
  CHECK(cup.title == "Cup v2");
  REQUIRE(cup.variants.size() == 1);
  CHECK(cup.variants[0].sku == "CUP-XL");
  CHECK(cup.variants[0].options == Json{{"Size", "XL"}});
  CHECK(load(**db, "jar").variants.size() == 1);  // not in the second file: untouched
  CHECK(load(**db, "new").variants.size() == 1);
  CHECK(rowCount(**db, "variants") == 3);
  CHECK(rowCount(**db, "drafts") == 1);
}

// Both backends: an import that leaves the search index for afterwards (as the CLI and the studio
// import) is searchable at once, before and after the indexing, old text forgotten.
TEST_CASE("import: deferred search indexing finds new and changed products before and after indexing") {
  test::TestStore testStore;
  const test::TempDir& dir = testStore.dir();
  test::writeFile(dir / "one.csv", "sku,title\nD1,Jasmine pearls\nD2,Oolong 乌龙茶\nD3,Sencha\n");
  test::writeFile(dir / "two.csv", "sku,title\nD1,Silver needle\nD4,Pu'er 普洱熟茶\n");
  auto db = testStore.open();
  REQUIRE(db);
  const ImportOptions deferred{.searchIndexing = SearchIndexing::AfterImport};
  REQUIRE(importCatalog(**db, dir / "one.csv", deferred));
  ProductSearchIndex index(**db);
  CHECK(index.pending().value() == 3);
  CHECK(search(**db, "乌龙") == std::vector<std::string>{"D2"});
  REQUIRE(index.indexAll());
  CHECK(index.pending().value() == 0);
  CHECK(search(**db, "Jasmine") == std::vector<std::string>{"D1"});

  REQUIRE(importCatalog(**db, dir / "two.csv", deferred));
  CHECK(index.pending().value() == 2);
  CHECK(search(**db, "Jasmine").empty());  // D1's old title, still in the index until it is redone
  CHECK(search(**db, "needle") == std::vector<std::string>{"D1"});
  CHECK(search(**db, "普洱熟") == std::vector<std::string>{"D4"});
  REQUIRE(index.indexPending(1).value() == 1);  // in small steps, right between them
  CHECK(search(**db, "needle") == std::vector<std::string>{"D1"});
  CHECK(search(**db, "普洱熟") == std::vector<std::string>{"D4"});
  REQUIRE(index.indexAll());
  CHECK(index.pending().value() == 0);
  CHECK(search(**db, "Jasmine").empty());
  CHECK(search(**db, "Oolong") == std::vector<std::string>{"D2"});
  CHECK(search(**db, "needle") == std::vector<std::string>{"D1"});
}

namespace {

// What an import left for each SKU, ids left out: the two stores number their products differently.
std::vector<Json> contentOf(Database& db, const std::vector<std::string>& skus) {
  std::vector<Json> content;
  for (const std::string& sku : skus) {
    const Product loaded = load(db, sku);
    Json product = toJson(loaded);
    for (const ProductLink& link : loaded.links) product["links"].push_back({linkKindName(link.kind), link.sku});
    product.erase("id");
    product.erase("created_at");
    product.erase("updated_at");
    content.push_back(std::move(product));
  }
  return content;
}

}  // namespace

// Issue 11: on a team store the first import into an empty catalog skips the staging table and builds
// the products' indexes once, after its COPY (pg::DirectProductCopy); a SKU it meets twice is merged
// afterwards. It must leave what an import into a catalog with products leaves.
TEST_CASE("import: into an empty catalog and into one with products, the same products, variants and links") {
  const std::string file = R"([
  {"sku": "A", "name": "Mug", "upsells": ["B", "C"],
   "variants": [{"sku": "A-W", "color": "white"}, {"sku": "A-B", "color": "black"}]},
  {"sku": "B", "name": "Jar", "cross_sells": ["A"], "variants": [{"sku": "B-1", "size": "one"}]},
  {"sku": "A", "name": "Mug again", "upsells": ["C"], "variants": [{"sku": "A-G", "color": "green"}]},
  {"sku": "C", "name": "Lid\tfor\\jars", "description": "line one\nline two"}
])";
  const std::vector<std::string> skus = {"A", "B", "C"};
  test::TestStore emptyStore;
  test::writeFile(emptyStore.dir() / "c.json", file);
  auto first = emptyStore.open();
  REQUIRE(first);
  auto intoEmpty = importCatalog(**first, emptyStore.dir() / "c.json");
  REQUIRE(intoEmpty);

  test::TestStore fullStore;
  test::writeFile(fullStore.dir() / "c.json", file);
  test::writeFile(fullStore.dir() / "other.csv", "sku,title\nZ,Other\n");
  auto second = fullStore.open();
  REQUIRE(second);
  REQUIRE(importCatalog(**second, fullStore.dir() / "other.csv"));
  auto intoFull = importCatalog(**second, fullStore.dir() / "c.json");
  REQUIRE(intoFull);

  CHECK(intoEmpty->products == 3);
  CHECK(intoEmpty->inserted == 3);
  CHECK(intoEmpty->updated == 0);
  CHECK(intoEmpty->variants == 2);
  CHECK(intoFull->products == intoEmpty->products);
  CHECK(intoFull->inserted == intoEmpty->inserted);
  CHECK(intoFull->variants == intoEmpty->variants);
  const Product mug = load(**first, "A");
  CHECK(mug.title == "Mug again");
  REQUIRE(mug.variants.size() == 1);
  CHECK(mug.variants[0].sku == "A-G");
  CHECK(mug.links == std::vector<ProductLink>{{LinkKind::Upsell, "C"}});
  CHECK(mug.id < load(**first, "B").id);  // ids follow the file, the twice-given SKU at its first place
  CHECK(load(**first, "B").id < load(**first, "C").id);
  CHECK(contentOf(**first, skus) == contentOf(**second, skus));
  CHECK(rowCount(**first, "variants") == 2);
  CHECK(rowCount(**first, "product_links") == 2);

  // The catalog's indexes are all back: a re-import updates by SKU (ON CONFLICT needs the unique
  // index), new products take the next ids.
  test::writeFile(emptyStore.dir() / "again.csv", "sku,title\nC,Lid v2\nD,New\n");
  auto again = importCatalog(**first, emptyStore.dir() / "again.csv");
  REQUIRE(again);
  CHECK(again->inserted == 1);
  CHECK(again->updated == 1);
  CHECK(load(**first, "C").title == "Lid v2");
  CHECK(load(**first, "D").id > load(**first, "C").id);
  CHECK(rowCount(**first, "products") == 4);
  if (emptyStore.isPostgres()) {
    auto indexes = (*first)->prepare(
        "SELECT count(*) FROM pg_indexes WHERE tablename = 'products' AND indexname IN "
        "('products_sku_key', 'products_category', 'products_search', 'products_search_pending')");
    REQUIRE(indexes);
    REQUIRE(indexes->step());
    CHECK(indexes->integer(0) == 4);
    CHECK(rowCount(**first, "products_load_indexes") == 0);
  }
}
