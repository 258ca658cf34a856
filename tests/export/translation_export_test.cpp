// Approved translations in the exports (issue 14): Shopify Translate & Adapt's CSV per locale, a
// language column in the generic layout, and none of them in the shop layouts of the catalog's language.
#include <catch2/catch.hpp>

#include "core/export/exporter.h"
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
