// Approved translations in the exports (issue 14): Shopify Translate & Adapt's CSV per locale, a
// language column in the generic layout, and none of them in the shop layouts of the catalog's language.
#include <catch2/catch.hpp>

#include "core/export/exporter.h"
#include "core/export/woocommerce_layout.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

struct TranslationExport : ExportFixture {
  std::int64_t translation(std::int64_t source, const std::string& language, const std::string& text,
                           bool approve = true) {
    DraftStore drafts(*db);
    const Draft from = drafts.get(source).value().value();
    const std::int64_t editId = drafts.history(source).value().back().id;
    const std::int64_t id = drafts.create({.productId = from.productId, .field = from.field, .text = text,
                                           .author = "writer", .language = language, .sourceDraftId = source,
                                           .sourceEditId = editId})
                                .value()
                                .id;
    if (approve) {
      ReviewService reviews(*db);
      if (!reviews.submit(id, "writer")) throw std::runtime_error("submit failed");
      if (!reviews.approve(id, "", "rita")) throw std::runtime_error("approve failed");
    }
    return id;
  }
  Result<ExportPreview> run(ExportFormat format, const std::string& locale = {}) {
    ExportOptions options;
    options.format = format;
    options.locale = locale;
    options.out = dir / "out.csv";
    return Exporter(*db).run(options);
  }
};

}  // namespace

TEST_CASE("shopify-translations: one row per translated product field in Translate & Adapt's import layout") {
  TranslationExport f;
  const auto a = f.product("tea-a", "Tea A", "", Json{{"Handle", "west-lake-longjing"}});
  const auto b = f.product("tea-b", "Tea B");
  const auto titleA = f.approved(a, "title", "West Lake Longjing");
  const auto bodyA = f.approved(a, "description", "Pan-fired by hand.");
  const auto bodyB = f.approved(b, "description", "Earl Grey, bright.");
  f.approved(b, "bullets", "- Bergamot");
  const auto germanTitle = f.translation(titleA, "de", "Westsee Longjing");
  f.translation(bodyA, "de", "Von Hand geröstet.");
  f.translation(bodyA, "ja", "手で釜炒り。");
  f.translation(bodyB, "de", "Earl Grey, hell.");
  f.translation(bodyB, "fr", "Earl Grey, vif.", false);  // not approved: not exported
  f.translation(bodyB, "de", "Earl Grey — zweiter Versuch", false);
  // Approving a translation supersedes neither the source nor the other languages.
  CHECK(f.status(titleA) == DraftStatus::Approved);
  CHECK(f.status(bodyA) == DraftStatus::Approved);
  CHECK(f.status(germanTitle) == DraftStatus::Approved);

  auto result = f.run(ExportFormat::ShopifyTranslations, "de");
  REQUIRE(result);
  CHECK(result->rows == 3);
  CHECK(readFile(f.dir / "out.csv") ==
        "Type,Identification,Field,Locale,Market,Status,Default content,Translated content\r\n"
        "PRODUCT,west-lake-longjing,title,de,,,West Lake Longjing,Westsee Longjing\r\n"
        "PRODUCT,west-lake-longjing,body_html,de,,,<p>Pan-fired by hand.</p>,<p>Von Hand geröstet.</p>\r\n"
        "PRODUCT,tea-b,body_html,de,,,\"<p>Earl Grey, bright.</p>\",\"<p>Earl Grey, hell.</p>\"\r\n");

  auto japanese = f.run(ExportFormat::ShopifyTranslations, "ja");
  REQUIRE(japanese);
  CHECK(readFile(f.dir / "out.csv") ==
        "Type,Identification,Field,Locale,Market,Status,Default content,Translated content\r\n"
        "PRODUCT,west-lake-longjing,body_html,ja,,,<p>Pan-fired by hand.</p>,<p>手で釜炒り。</p>\r\n");
  auto noLocale = f.run(ExportFormat::ShopifyTranslations);
  REQUIRE_FALSE(noLocale);
  CHECK(noLocale.error().where == "--locale");
}

TEST_CASE("shopify-translations: a translation whose source changed since is exported with a warning") {
  TranslationExport f;
  const auto a = f.product("tea-a", "Tea A");
  const auto body = f.approved(a, "description", "Pan-fired by hand.");
  f.translation(body, "de", "Von Hand geröstet.");
  REQUIRE(DraftStore(*f.db).editText(body, "Pan-fired by hand in Hangzhou.", "writer"));
  auto result = f.run(ExportFormat::ShopifyTranslations, "de");
  REQUIRE(result);
  CHECK(result->rows == 1);
  const auto& warnings = result->warnings;
  CHECK(std::any_of(warnings.begin(), warnings.end(), [](const ExportWarning& w) {
    return w.sku == "tea-a" && w.message.find("older version of its source") != std::string::npos;
  }));
}

TEST_CASE("Generic layout: a row per language with approved translations, named in a language column") {
  TranslationExport f;
  const auto a = f.product("tea-a", "Tea A");
  const auto b = f.product("tea-b", "Tea B");
  const auto titleA = f.approved(a, "title", "West Lake Longjing");
  const auto bodyA = f.approved(a, "description", "Pan-fired by hand.");
  const auto bodyB = f.approved(b, "description", "Earl Grey, bright.");
  f.translation(titleA, "de", "Westsee Longjing");
  f.translation(bodyA, "de", "Von Hand geröstet.");
  f.translation(bodyA, "ja", "手で釜炒り。");
  f.translation(bodyB, "de", "Earl Grey, hell.");
  auto result = f.run(ExportFormat::Generic);
  REQUIRE(result);
  const auto records = parseCsv(readFile(f.dir / "out.csv"));
  CHECK(records == std::vector<std::vector<std::string>>{
                       {"sku", "language", "title", "description"},
                       {"tea-a", "", "West Lake Longjing", "Pan-fired by hand."},
                       {"tea-a", "de", "Westsee Longjing", "Von Hand geröstet."},
                       {"tea-a", "ja", "Tea A", "手で釜炒り。"},
                       {"tea-b", "", "Tea B", "Earl Grey, bright."},
                       {"tea-b", "de", "Tea B", "Earl Grey, hell."},
                   });

  // The shop layouts carry the catalog's own language only.
  auto shopify = f.run(ExportFormat::Shopify);
  REQUIRE(shopify);
  const std::string bytes = readFile(f.dir / "out.csv");
  CHECK(bytes.find("Pan-fired by hand.") != std::string::npos);
  CHECK(bytes.find("Von Hand") == std::string::npos);
  CHECK(bytes.find("Westsee") == std::string::npos);
}

TEST_CASE("woocommerce --locale: WPML's multilingual import, a product row per approved translation") {
  TranslationExport f;
  const auto a = f.product("tea-a", "Tea A", "Old copy.",
                           Json{{"ID", "101"}, {"Regular price", "12.50"}, {"Categories", "Tea > Green"}});
  const auto b = f.product("tea-b", "Tea B", "", Json{{"ID", "102"}});
  f.product("tea-c", "Tea C");
  const auto titleA = f.approved(a, "title", "West Lake Longjing");
  f.approved(a, "description", "Pan-fired by hand.");
  const auto bulletsA = f.approved(a, "bullets", "- Spring harvest\n- Flat leaves");
  const auto bodyB = f.approved(b, "description", "Earl Grey, bright.");
  f.translation(titleA, "de", "Westsee Longjing");
  f.translation(bulletsA, "de", "- Frühjahrsernte\n- Flache Blätter");
  f.translation(bodyB, "zh-CN", "伯爵茶，明亮。");
  f.translation(bodyB, "de", "Earl Grey, hell.", false);  // not approved: not exported

  // The 51 columns of the WooCommerce layout, then WPML's three.
  std::string header;
  for (const auto& column : WooCommerceLayout::fullHeader()) header += (header.empty() ? "" : ",") + column;
  header += ",Meta: _wpml_import_language_code,Meta: _wpml_import_source_language_code,"
            "Meta: _wpml_import_translation_group\r\n";
  auto german = f.run(ExportFormat::WooCommerce, "de");
  REQUIRE(german);
  CHECK(german->rows == 1);
  CHECK(german->layout == "woocommerce de");
  // ID empty (a new product, the translation); the German Name and Short description; the untranslated
  // Description is the catalog's; price and category as the normal export writes them.
  CHECK(readFile(f.dir / "out.csv") ==
        header +
            ",simple,tea-a,Westsee Longjing,1,,,<ul><li>Frühjahrsernte</li><li>Flache Blätter</li></ul>,Old copy."
            ",,,,,,,,,,,,,,,,12.50,Tea > Green"
            ",,,,,,,,,,,,,,,,,,,,,,,,,,de,en,tea-a\r\n");

  auto chinese = f.run(ExportFormat::WooCommerce, "zh-CN");
  REQUIRE(chinese);
  CHECK(readFile(f.dir / "out.csv") ==
        header + ",simple,tea-b,Tea B,1,,,,<p>伯爵茶，明亮。</p>"
                 ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,zh-hans,en,tea-b\r\n");

  // The catalog's own language from the settings; an unknown locale refused, naming the known ones.
  REQUIRE(f.db->exec("INSERT INTO settings (key, value) VALUES ('export.source_language', 'en-GB')"));
  auto again = f.run(ExportFormat::WooCommerce, "de");
  REQUIRE(again);
  CHECK(readFile(f.dir / "out.csv").find(",de,en,tea-a\r\n") != std::string::npos);
  auto unknown = f.run(ExportFormat::WooCommerce, "xx");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().where == "--locale");
  CHECK_THAT(unknown.error().describe(), Catch::Matchers::Contains("unknown locale 'xx'"));
  CHECK_THAT(unknown.error().describe(), Catch::Matchers::Contains("de, en-GB, en-US"));
}

TEST_CASE("woocommerce --locale: an outdated translation goes out with a warning; without --locale nothing changes") {
  TranslationExport f;
  const auto a = f.product("tea-a", "Tea A");
  const auto title = f.approved(a, "title", "West Lake Longjing");
  f.translation(title, "de", "Westsee Longjing");
  auto plain = f.run(ExportFormat::WooCommerce);
  REQUIRE(plain);
  const std::string before = readFile(f.dir / "out.csv");
  CHECK(before.find("Westsee") == std::string::npos);
  CHECK(before.find("_wpml_") == std::string::npos);

  REQUIRE(DraftStore(*f.db).editText(title, "West Lake Longjing, spring 2026", "writer"));
  auto result = f.run(ExportFormat::WooCommerce, "de");
  REQUIRE(result);
  CHECK(result->rows == 1);
  CHECK(readFile(f.dir / "out.csv").find(",Westsee Longjing,") != std::string::npos);
  const auto& warnings = result->warnings;
  CHECK(std::any_of(warnings.begin(), warnings.end(), [](const ExportWarning& w) {
    return w.sku == "tea-a" && w.message.find("title [de] was translated from an older version") != std::string::npos;
  }));
}
