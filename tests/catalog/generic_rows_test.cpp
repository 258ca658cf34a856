// The generic layout writes rows as texts (tags and attributes JSON built directly, no Json tree):
// the texts must be exactly what the Product/Json path gave, whatever the names and values hold.
#include <catch2/catch.hpp>

#include "core/catalog/attribute_json.h"
#include "core/catalog/catalog_importer.h"
#include "core/catalog/catalog_preview.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

// How attributes were built before: a Json object filled left to right, then dumped.
std::string reference(const std::vector<std::string>& names, const std::vector<bool>& attribute,
                      const std::vector<std::string>& fields) {
  Json object = Json::object();
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i < attribute.size() && !attribute[i]) continue;
    const std::string& value = fields[i];
    if (value.empty()) continue;
    if (i >= names.size() && value.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    object[i < names.size() ? names[i] : "column " + std::to_string(i + 1)] = value;
  }
  return object.dump();
}

std::string storedText(Database& db, const std::string& column, const std::string& sku) {
  auto stmt = db.prepare("SELECT " + column + " FROM products WHERE sku = ?");
  REQUIRE(stmt);
  stmt->bind(1, sku);
  REQUIRE(stmt->step());
  return stmt->text(0);
}

}  // namespace

TEST_CASE("generic rows: attribute JSON is the Json object's dump, duplicates and extra fields included") {
  // Column 0 is a field (not an attribute); "colour" twice; "column 6" is also the name an unnamed
  // sixth field past the header would get.
  const std::vector<std::string> names = {"sku", "colour", "产地", "colour", "column 6"};
  const std::vector<bool> attribute = {false, true, true, true, true};
  AttributeJson writer(names, attribute);
  const std::vector<std::vector<std::string>> rows = {
      {"A1", "red", "浙江", "blue", "x"},
      {"A2", "", "福建", "green", ""},               // the duplicate's place: its first non-empty field
      {"A3", "", "", "", ""},                        // nothing: {}
      {"A4", "say \"hi\"\\", "line\nbreak\ttab", "\x01\x1f\x7f", "中文，标点"},
      {"A5", "red", "", "", "", "extra", " ", "more"},  // past the header: named column 6, 7 (blank), 8
      {"A6"},                                        // short row
      {"A7", "", "", "", "", "", "", "", "", "", "", "late"},
  };
  for (const auto& fields : rows) {
    INFO(fields[0]);
    const std::string ours(writer.write(fields));
    CHECK(ours == reference(names, attribute, fields));
  }
  CHECK(std::string(writer.write(rows[1])) == R"({"产地":"福建","colour":"green"})");
  CHECK(std::string(writer.write(rows[4])) == R"({"colour":"red","column 6":"extra","column 8":"more"})");
}

TEST_CASE("generic rows: what the import stores equals what the Product path stored") {
  test::TempDir dir;
  // Absent fields (no brand, category, price columns), an unnamed column, a duplicated header, quotes,
  // backslashes, control characters and Chinese in fields, tags and names, extra fields past the header.
  test::writeFile(dir / "g.csv",
                  "sku,title,tags,,颜色,note,颜色\n"
                  "G1,\"Mug \"\"Blue\"\"\",\"a, \"\"b\"\" ,c\\\\d，茶、\",unnamed,白,\"tab\there\x01\",米白\n"
                  "G2,\"多行\n标题\",,,,\"back\\slash\",,surplus,,tail\n");
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  auto summary = importCatalog(**db, dir / "g.csv", {.searchIndexing = SearchIndexing::AfterImport});
  REQUIRE(summary);
  CHECK(summary->products == 2);

  CHECK(storedText(**db, "title", "G1") == "Mug \"Blue\"");
  CHECK(storedText(**db, "brand", "G1").empty());  // an absent column is empty text, not NULL
  CHECK(storedText(**db, "tags", "G1") == Json({"a", "\"b\"", "c\\\\d", "茶"}).dump());
  CHECK(storedText(**db, "attributes", "G1") ==
        Json{{"column 4", "unnamed"}, {"颜色", "米白"}, {"note", "tab\there\x01"}}.dump());
  CHECK(storedText(**db, "title", "G2") == "多行\n标题");
  CHECK(storedText(**db, "tags", "G2") == "[]");
  CHECK(storedText(**db, "attributes", "G2") ==
        Json{{"note", "back\\slash"}, {"column 8", "surplus"}, {"column 10", "tail"}}.dump());

  // The preview maps the same rows through Product values: the same products come out.
  auto preview = previewCatalog(dir / "g.csv", {}, 10);
  REQUIRE(preview);
  REQUIRE(preview->products.size() == 2);
  ProductStore store(**db);
  for (const Product& previewed : preview->products) {
    auto stored = store.findBySku(previewed.sku);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->title == previewed.title);
    CHECK((*stored)->tags == previewed.tags);
    CHECK((*stored)->attributes == previewed.attributes);
    CHECK((*stored)->attributes.dump() == previewed.attributes.dump());  // key order too
  }
}

TEST_CASE("generic rows: the summary counts each product once, in whatever order ids come") {
  test::TempDir dir;
  test::writeFile(dir / "a.csv", "sku,title\nA1,one\nA2,two\nA3,three\n");
  // Updates in reverse id order, a new product between them, and SKUs repeated in the file.
  test::writeFile(dir / "b.csv", "sku,title\nA3,three'\nB1,new\nA1,one'\nA3,three''\nB1,new'\nA2,two'\nB2,newer\n");
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  REQUIRE(importCatalog(**db, dir / "a.csv"));
  auto summary = importCatalog(**db, dir / "b.csv");
  REQUIRE(summary);
  CHECK(summary->rows == 7);
  CHECK(summary->products == 5);
  CHECK(summary->inserted == 2);
  CHECK(summary->updated == 3);
  CHECK(storedText(**db, "title", "A3") == "three''");
  CHECK(storedText(**db, "title", "B1") == "new'");
}
