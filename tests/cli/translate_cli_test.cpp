// The translation part of issue 14's CLI contract, against the real copydesk-cli on the sample
// catalog: translate --drafts / --approved --to LANG, drafts --json's language and source_draft, the
// error naming the known languages, and export --format shopify-translations --locale LANG.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/common/json.h"
#include "tests/cli/cli_store.h"

using namespace copydesk;
using Catch::Matchers::Contains;

namespace {

struct TranslateCli : test::CliStore {
  test::FakeServerProcess server;

  TranslateCli() : CliStore("t.db", "COPYDESK_TEST_TRANSLATE_KEY", "sk-translate") {}

  test::CommandResult ok(const std::string& args) const {
    auto result = run(args);
    INFO(args << "\n" << result.err);
    REQUIRE(result.exitCode == 0);
    return result;
  }
  std::string model() const { return " " + fakeModel(server); }
  Json drafts() const { return Json::parse(ok("drafts --json").out); }
  void approve(std::int64_t id) const {
    ok("review " + std::to_string(id) + " --submit");
    ok("review " + std::to_string(id) + " --approve --reviewer rita --override \"fake replies are long\"");
  }
};

}  // namespace

TEST_CASE("translate makes one draft per source draft and language, which drafts --json and the export show") {
  TranslateCli cli;
  cli.ok("import " + test::shellQuote((test::sourceDir() / "resources/catalog/sample_products.json").string()));
  cli.ok("generate --template title-en --products TEA-LJ-001,TEA-EG-004 --max-tokens 60" + cli.model());
  const Json originals = cli.drafts();
  REQUIRE(originals.size() == 2);
  std::vector<std::int64_t> ids;
  for (const Json& d : originals) {
    CHECK(d["language"].is_null());
    CHECK(d["source_draft"].is_null());
    ids.push_back(d["id"].get<std::int64_t>());
    cli.approve(ids.back());
  }

  // Not approved copy, no language, an unknown one: refused in words, exit 2.
  CHECK(cli.run("translate --to de" + cli.model()).exitCode == 2);
  const auto unknown = cli.run("translate --drafts " + std::to_string(ids[0]) + " --to xx" + cli.model());
  CHECK(unknown.exitCode == 2);
  CHECK_THAT(unknown.err, Contains("unknown language 'xx'; known: de, en-US"));
  CHECK_THAT(unknown.err, Contains("zh-CN"));

  const auto german = cli.ok("translate --drafts " + std::to_string(ids[0]) + "," + std::to_string(ids[1]) +
                             " --to de" + cli.model());
  CHECK_THAT(german.out, Contains("2 succeeded, 0 failed"));
  cli.ok("translate --approved --to ja" + cli.model());  // the two originals, not the German drafts
  const Json all = cli.drafts();
  REQUIRE(all.size() == 6);
  std::map<std::string, int> perLanguage;
  for (const Json& d : all) {
    if (d["language"].is_null()) continue;
    ++perLanguage[d["language"].get<std::string>()];
    REQUIRE(d["source_draft"].is_number_integer());
    const std::int64_t source = d["source_draft"].get<std::int64_t>();
    CHECK((source == ids[0] || source == ids[1]));
    CHECK(d["field"] == "title");
    CHECK(d["outdated"] == false);
    if (d["language"] == "de") cli.approve(d["id"].get<std::int64_t>());
  }
  CHECK(perLanguage == std::map<std::string, int>{{"de", 2}, {"ja", 2}});

  const auto out = cli.dir / "de.csv";
  cli.ok("export --format shopify-translations --locale de --out " + test::shellQuote(out.string()));
  const std::string csv = test::readFile(out);
  CHECK(csv.rfind("Type,Identification,Field,Locale,Market,Status,Default content,Translated content\r\n", 0) == 0);
  CHECK_THAT(csv, Contains("PRODUCT,TEA-LJ-001,title,de,,,"));
  CHECK_THAT(csv, Contains("PRODUCT,TEA-EG-004,title,de,,,"));
  CHECK(cli.run("export --format shopify-translations --out " + test::shellQuote(out.string())).exitCode == 2);

  // WooCommerce with WPML's columns: a product per approved German title, tied to its original by SKU.
  const auto woo = cli.dir / "woo-de.csv";
  cli.ok("export --format woocommerce --locale de --out " + test::shellQuote(woo.string()));
  const std::string wooCsv = test::readFile(woo);
  CHECK_THAT(wooCsv, Contains(",Meta: _wpml_import_language_code,Meta: _wpml_import_source_language_code,"
                              "Meta: _wpml_import_translation_group\r\n"));
  CHECK_THAT(wooCsv, Contains(",de,en,TEA-LJ-001\r\n"));
  CHECK_THAT(wooCsv, Contains(",de,en,TEA-EG-004\r\n"));
  CHECK(std::count(wooCsv.begin(), wooCsv.end(), '\n') == 3);  // the header and two products
  const auto unknownLocale = cli.run("export --format woocommerce --locale xx --out " + test::shellQuote(woo.string()));
  CHECK(unknownLocale.exitCode == 2);
  CHECK_THAT(unknownLocale.err, Contains("unknown locale 'xx' for WooCommerce (WPML); known: de, en-GB"));
  CHECK(cli.run("export --format generic --locale de --out " + test::shellQuote(woo.string())).exitCode == 2);
}
