#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/export/exporter.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

// Python's csv module reads the file; we compare what it got with what was approved.
Json readWithPython(const std::filesystem::path& csvFile, const std::filesystem::path& scratch) {
  const auto script = scratch / "read.py";
  writeFile(script,
            "import csv, json, sys\n"
            "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
            "    rows = list(csv.reader(f, strict=True))\n"
            "sys.stdout.write(json.dumps(rows, ensure_ascii=True))\n");
  auto run = runCommand("python3 " + shellQuote(script.string()) + " " + shellQuote(csvFile.string()));
  INFO(run.err);
  REQUIRE(run.exitCode == 0);
  return Json::parse(run.out);
}

}  // namespace

TEST_CASE("an upload-mode file read back by Python's csv module gives exactly the approved texts") {
  ExportFixture f;
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"title", "Tea, \"quoted\" & <tagged>"},
      {"description", "Line one\r\nLine two\nLine three with 中文，标点"},
      {"bullets", "- =1+1\n- @mention\n-2 degrees"},
      {"seo_title", " leading and trailing spaces "},
      {"faq", "Q: \"why\"?\n\nA: because,\ttabbed"},
  };
  const auto p = f.product("tea-1", "Catalog title");
  for (const auto& [field, text] : texts) f.approved(p, field, text);
  const auto q = f.product("tea-2", "Second");
  f.approved(q, "description", "only a description");

  ExportOptions options;
  options.out = f.dir / "generic.csv";
  REQUIRE(Exporter(*f.db).run(options));
  const Json rows = readWithPython(options.out, f.dir.path());
  REQUIRE(rows.size() == 3);
  const Json& header = rows[0];
  CHECK(header == Json::array({"sku", "title", "description", "bullets", "seo_title", "faq"}));
  for (const auto& [field, text] : texts) {
    INFO(field);
    const auto column = std::find(header.begin(), header.end(), field) - header.begin();
    CHECK(rows[1][static_cast<size_t>(column)] == text);
  }
  CHECK(rows[2] == Json::array({"tea-2", "Second", "only a description", "", "", ""}));
}

TEST_CASE("a copy-only Shopify file read back by Python's csv module gives the approved copy") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Catalog title");
  f.approved(p, "title", "West Lake Longjing, 2024 \"pre-Qingming\"");
  f.approved(p, "description", "<p>Hand-fried, <strong>flat</strong> leaves.</p><ul><li>250 g</li></ul>");
  f.approved(p, "seo_title", "Longjing 龙井 | Tea Shop");
  ExportOptions options;
  options.format = ExportFormat::ShopifyLegacy;
  options.copyOnly = true;
  options.out = f.dir / "shopify.csv";
  REQUIRE(Exporter(*f.db).run(options));
  const Json rows = readWithPython(options.out, f.dir.path());
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == Json::array({"Handle", "Title", "Body (HTML)", "SEO Title"}));
  CHECK(rows[1] == Json::array({"tea-1", "West Lake Longjing, 2024 \"pre-Qingming\"",
                                "<p>Hand-fried, <strong>flat</strong> leaves.</p><ul><li>250 g</li></ul>",
                                "Longjing 龙井 | Tea Shop"}));
}
