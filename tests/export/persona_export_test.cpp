// Persona copy in the export layouts (issue 13): Shopify metafield columns, WooCommerce Meta:
// columns, and rows with a persona column in the generic layout.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/export/exporter.h"
#include "core/store/persona_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

struct PersonaExport : ExportFixture {
  std::int64_t persona(const std::string& name) {
    Persona p;
    p.name = name;
    return PersonaStore(*db).add(p).value().id;
  }
  std::int64_t approvedFor(std::int64_t productId, const std::string& field, const std::string& text,
                           std::int64_t personaId) {
    const std::int64_t id =
        DraftStore(*db).create({.productId = productId, .field = field, .text = text, .author = "writer",
                                .personaId = personaId}).value().id;
    ReviewService reviews(*db);
    if (!reviews.submit(id, "writer")) throw std::runtime_error("submit failed");
    if (!reviews.approve(id, "", "rita")) throw std::runtime_error("approve failed");
    return id;
  }
  std::vector<std::vector<std::string>> run(ExportFormat format, bool copyOnly, ExportPreview* preview = nullptr) {
    ExportOptions options;
    options.format = format;
    options.copyOnly = copyOnly;
    options.out = dir / "out.csv";
    auto result = Exporter(*db).run(options);
    REQUIRE(result);
    if (preview) *preview = *result;
    return parseCsv(readFile(options.out));
  }
};

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
  const auto it = std::find(header.begin(), header.end(), name);
  INFO(name);
  REQUIRE(it != header.end());
  return static_cast<std::size_t>(it - header.begin());
}

}  // namespace

TEST_CASE("Shopify: each persona's approved copy goes to a copydesk metafield column of its own") {
  PersonaExport f;
  const auto students = f.persona("budget students");
  const auto gifts = f.persona("gift-buyers");
  const auto a = f.product("tea-a", "Tea A", "<p>current A</p>");
  const auto b = f.product("tea-b", "Tea B");
  const auto plain = f.approved(a, "description", "For everyone");
  const auto forStudents = f.approvedFor(a, "description", "Cheap and cheerful", students);
  f.approvedFor(b, "description", "A gift to remember", gifts);
  f.approvedFor(b, "title", "Tea B, gift boxed", gifts);
  // Approving the students' copy did not supersede the copy for everyone.
  CHECK(f.status(plain) == DraftStatus::Approved);
  CHECK(f.status(forStudents) == DraftStatus::Approved);

  for (bool copyOnly : {true, false}) {
    ExportPreview preview;
    const auto records = f.run(ExportFormat::Shopify, copyOnly, &preview);
    const auto& header = records[0];
    const auto studentsColumn =
        column(header, "description for budget students (product.metafields.copydesk.description_budget_students)");
    const auto giftsColumn =
        column(header, "description for gift-buyers (product.metafields.copydesk.description_gift_buyers)");
    const auto giftTitle = column(header, "title for gift-buyers (product.metafields.copydesk.title_gift_buyers)");
    CHECK(giftTitle < giftsColumn);  // title before description, as everywhere
    const auto body = column(header, "Description");
    const auto title = column(header, "Title");
    REQUIRE(records.size() == 3);
    CHECK(records[1][body] == "<p>For everyone</p>");
    CHECK(records[1][studentsColumn] == "Cheap and cheerful");
    CHECK(records[1][giftsColumn].empty());
    CHECK(records[2][giftsColumn] == "A gift to remember");
    CHECK(records[2][giftTitle] == "Tea B, gift boxed");
    CHECK(records[2][title] == "Tea B");  // the persona's title is not the product's title
    CHECK(preview.fields == 4);
  }
}

TEST_CASE("Shopify: a persona name that cannot be a metafield key is said once") {
  PersonaExport f;
  const auto students = f.persona("学生党");
  const auto a = f.product("tea-a", "Tea A");
  f.approvedFor(a, "description", "便宜又好喝", students);
  f.approvedFor(a, "title", "学生茶", students);
  ExportPreview preview;
  const auto records = f.run(ExportFormat::Shopify, true, &preview);
  CHECK(records[1][column(records[0], "description for 学生党 (product.metafields.copydesk.description_学生党)")] ==
        "便宜又好喝");
  const auto said = std::count_if(preview.warnings.begin(), preview.warnings.end(), [](const ExportWarning& w) {
    return w.describe().find("persona 学生党: Shopify metafield keys") != std::string::npos;
  });
  CHECK(said == 1);
}

TEST_CASE("WooCommerce: persona copy goes to Meta: columns") {
  PersonaExport f;
  const auto parents = f.persona("Parents");
  const auto a = f.product("tea-a", "Tea A");
  f.approved(a, "description", "For everyone");
  f.approvedFor(a, "description", "Safe for the whole family", parents);
  for (bool copyOnly : {true, false}) {
    const auto records = f.run(ExportFormat::WooCommerce, copyOnly);
    REQUIRE(records.size() == 2);
    CHECK(records[1][column(records[0], "Meta: copydesk_description_parents")] == "Safe for the whole family");
    CHECK(records[1][column(records[0], "Description")] == "<p>For everyone</p>");
  }
}

TEST_CASE("generic: a row per persona, named in the persona column") {
  PersonaExport f;
  const auto students = f.persona("students");
  const auto parents = f.persona("parents");
  const auto a = f.product("tea-a", "Tea A");
  const auto b = f.product("tea-b", "Tea B");
  f.approved(a, "title", "Tea A, fresh");
  f.approvedFor(a, "description", "Cheap", students);
  f.approvedFor(a, "description", "Safe", parents);
  f.approvedFor(b, "bullets", "- light", students);  // a field approved only for a persona
  f.approved(b, "seo_title", "Tea B SEO");
  const auto records = f.run(ExportFormat::Generic, false);
  REQUIRE(records.size() == 6);
  CHECK(records[0] == std::vector<std::string>{"sku", "persona", "title", "description", "bullets", "seo_title"});
  CHECK(records[1] == std::vector<std::string>{"tea-a", "", "Tea A, fresh", "", "", ""});
  CHECK(records[2] == std::vector<std::string>{"tea-a", "parents", "Tea A", "Safe", "", ""});
  CHECK(records[3] == std::vector<std::string>{"tea-a", "students", "Tea A", "Cheap", "", ""});
  CHECK(records[4] == std::vector<std::string>{"tea-b", "", "Tea B", "", "", "Tea B SEO"});
  CHECK(records[5] == std::vector<std::string>{"tea-b", "students", "Tea B", "", "- light", ""});

  // Picked columns may name the persona too.
  ExportOptions options;
  options.format = ExportFormat::Generic;
  options.columns = "sku,persona:Audience,description";
  options.out = f.dir / "picked.csv";
  REQUIRE(Exporter(*f.db).run(options));
  const auto picked = parseCsv(readFile(options.out));
  CHECK(picked[0] == std::vector<std::string>{"sku", "Audience", "description"});
  CHECK(picked[2] == std::vector<std::string>{"tea-a", "parents", "Safe"});
}

TEST_CASE("without persona copy the layouts are as they were") {
  PersonaExport f;
  f.persona("students");  // a persona nobody wrote for
  const auto a = f.product("tea-a", "Tea A");
  f.approved(a, "description", "Plain");
  const auto generic = f.run(ExportFormat::Generic, false);
  CHECK(generic[0] == std::vector<std::string>{"sku", "title", "description"});
  const auto shopify = f.run(ExportFormat::Shopify, true);
  CHECK(shopify[0] == std::vector<std::string>{"URL handle", "Title", "Description"});
}
