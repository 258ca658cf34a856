#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <csignal>

#include "core/export/atomic_file.h"
#include "core/export/exporter.h"
#include "core/store/audit_store.h"
#include "core/store/export_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;
using Catch::Contains;

namespace {

bool hasWarning(const ExportPreview& preview, ExportWarning::Kind kind, const std::string& sku,
                const std::string& text) {
  for (const auto& w : preview.warnings) {
    if (w.kind == kind && w.sku == sku && w.describe().find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the copy-only Shopify layout never has a blank Title") {
  ExportFixture f;
  const auto a = f.product("tea-a", "Current title A", "<p>current A</p>");
  const auto b = f.product("tea-b", "Current title B", "<p>current B <img src=\"x.jpg\"></p>");
  f.approved(a, "title", "Approved title A");
  f.approved(b, "description", "New description B");
  f.approved(a, "seo_title", "SEO A");
  for (auto format : {ExportFormat::Shopify, ExportFormat::ShopifyLegacy}) {
    ExportOptions options;
    options.format = format;
    options.copyOnly = true;
    options.out = f.dir / "copy.csv";
    auto result = Exporter(*f.db).run(options);
    REQUIRE(result);
    const auto records = parseCsv(readFile(options.out));
    REQUIRE(records.size() == 3);
    const auto& header = records[0];
    const auto title = std::find(header.begin(), header.end(), "Title") - header.begin();
    const auto body = std::find(header.begin(), header.end(),
                                format == ExportFormat::Shopify ? "Description" : "Body (HTML)") - header.begin();
    CHECK(records[1][static_cast<size_t>(title)] == "Approved title A");
    CHECK(records[2][static_cast<size_t>(title)] == "Current title B");
    // A without an approved description keeps the shop's own HTML (never blanked, never rewritten).
    CHECK(records[1][static_cast<size_t>(body)] == "<p>current A</p>");
    CHECK(records[2][static_cast<size_t>(body)] == "<p>New description B</p>");
    // B has no SEO title anywhere: flagged, since the present column would blank it.
    CHECK(hasWarning(*result, ExportWarning::Kind::MissingValue, "tea-b", "no current value"));
  }
  // A product with neither an approved nor a current description would have its body blanked: flagged.
  const auto c = f.product("tea-c", "Current title C");
  f.approved(c, "title", "Approved title C");
  ExportOptions options;
  options.format = ExportFormat::ShopifyLegacy;
  options.copyOnly = true;
  auto preview = Exporter(*f.db).preview(options);
  REQUIRE(preview);
  CHECK(hasWarning(*preview, ExportWarning::Kind::MissingValue, "tea-c", "Body (HTML) has no approved text"));
  CHECK_FALSE(hasWarning(*preview, ExportWarning::Kind::MissingValue, "tea-a", "Body (HTML)"));
}

TEST_CASE("HTML columns carry sanitised HTML; bullets join as a list") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  f.approved(p, "description",
             "<p>Fresh<script>alert(1)</script></p><img src=x onerror=alert(2)><a href=\"javascript:x()\">link</a>"
             "<iframe src=\"https://evil\"></iframe>");
  f.approved(p, "bullets", "- One\n- Two & more");
  ExportOptions options;
  options.format = ExportFormat::ShopifyLegacy;
  options.copyOnly = true;
  options.out = f.dir / "s.csv";
  REQUIRE(Exporter(*f.db).run(options));
  const auto records = parseCsv(readFile(options.out));
  REQUIRE(records.size() == 2);
  CHECK(records[1][2] == "<p>Fresh</p><a>link</a><ul><li>One</li><li>Two &amp; more</li></ul>");
}

TEST_CASE("Amazon columns carry plain text; the preview catches over-limit titles and byte-long search terms") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  f.approved(p, "title", std::string(201, 'T'));
  f.approved(p, "bullets", "• First bullet\n• Second <b>bold</b> bullet");
  f.approved(p, "description", "<p>Line one</p><p>Line two</p>");
  // 84 Chinese characters: far under 250 characters, but 252 bytes of UTF-8.
  std::string terms;
  for (int i = 0; i < 84; ++i) terms += "茶";
  f.approved(p, "search_terms", terms);
  const auto q = f.product("tea-2", "Short");
  f.approved(q, "title", std::string(200, 'x'));
  std::string fine;
  for (int i = 0; i < 83; ++i) fine += "茶";  // 249 bytes: allowed
  f.approved(q, "search_terms", fine);

  ExportOptions options;
  options.format = ExportFormat::Amazon;
  auto preview = Exporter(*f.db).preview(options);
  REQUIRE(preview);
  CHECK(hasWarning(*preview, ExportWarning::Kind::OverLimit, "tea-1", "title (item_name) is 201 characters, over the limit of 200"));
  CHECK(hasWarning(*preview, ExportWarning::Kind::OverLimit, "tea-1", "252 bytes"));
  CHECK_FALSE(hasWarning(*preview, ExportWarning::Kind::OverLimit, "tea-2", ""));
  REQUIRE(preview->firstRows.size() == 2);
  const auto& row = preview->firstRows[0];
  CHECK(row[2] == "First bullet");
  CHECK(row[3] == "Second bold bullet");
  CHECK(row[4].empty());
  CHECK(row[7] == "Line one<br><br>Line two");
  CHECK(row[8] == terms);

  options.limits.amazonTitleChars = 150;  // configurable
  auto stricter = Exporter(*f.db).preview(options);
  CHECK(hasWarning(*stricter, ExportWarning::Kind::OverLimit, "tea-2", "over the limit of 150"));
}

TEST_CASE("the preview lists unapproved fields and formula-like cells in upload mode only") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  f.approved(p, "title", "=HYPERLINK(\"http://evil\",\"x\")");
  f.draft(p, "description", "never submitted");
  const auto q = f.product("tea-2", "Other");
  f.draft(q, "title", "pending");
  ExportOptions options;
  auto upload = Exporter(*f.db).preview(options);
  REQUIRE(upload);
  CHECK(hasWarning(*upload, ExportWarning::Kind::Unapproved, "tea-1", "description has drafts but none is approved"));
  CHECK(hasWarning(*upload, ExportWarning::Kind::Unapproved, "tea-2", "title"));
  CHECK(hasWarning(*upload, ExportWarning::Kind::FormulaLike, "tea-1", "formula"));
  CHECK(upload->rows == 1);
  options.mode = CsvMode::SpreadsheetSafe;
  auto safe = Exporter(*f.db).preview(options);
  CHECK_FALSE(hasWarning(*safe, ExportWarning::Kind::FormulaLike, "tea-1", ""));
}

TEST_CASE("spreadsheet-safe files neutralise formulas; upload files keep the text exactly") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  f.approved(p, "title", "+1 cup");
  f.approved(p, "description", "Intro\n=SUM(A1:A9)");
  ExportOptions options;
  options.out = f.dir / "safe.csv";
  options.mode = CsvMode::SpreadsheetSafe;
  REQUIRE(Exporter(*f.db).run(options));
  auto safe = parseCsv(readFile(options.out));
  CHECK(safe[1] == std::vector<std::string>{"tea-1", "'+1 cup", "Intro\n'=SUM(A1:A9)"});
  options.out = f.dir / "upload.csv";
  options.mode = CsvMode::Upload;
  REQUIRE(Exporter(*f.db).run(options));
  auto upload = parseCsv(readFile(options.out));
  CHECK(upload[1] == std::vector<std::string>{"tea-1", "+1 cup", "Intro\n=SUM(A1:A9)"});
  auto records = ExportStore(*f.db).list().value();
  REQUIRE(records.size() == 2);
  CHECK(records[0].mode == "upload");
  CHECK(records[1].mode == "spreadsheet-safe");
}

TEST_CASE("an export is recorded, its drafts marked exported, audited, and can be repeated") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  const auto title = f.approved(p, "title", "West Lake Longjing");
  const auto description = f.approved(p, "description", "Spring tea");
  ExportOptions options;
  options.format = ExportFormat::Shopify;
  options.copyOnly = true;
  options.bom = true;
  options.out = f.dir / "shop.csv";
  options.author = "carl";
  auto first = Exporter(*f.db).run(options);
  REQUIRE(first);
  CHECK(first->rows == 1);
  CHECK(first->fields == 2);
  CHECK(first->summary() == "exported 1 row (2 fields) to " + options.out.string() + " as shopify (copy only) (upload)");
  CHECK(readFile(options.out).rfind("\xEF\xBB\xBF" "URL handle,Title,Description\r\n", 0) == 0);
  CHECK(f.status(title) == DraftStatus::Exported);
  CHECK(f.status(description) == DraftStatus::Exported);

  auto records = ExportStore(*f.db).list().value();
  REQUIRE(records.size() == 1);
  CHECK(records[0].author == "carl");
  CHECK(records[0].bom);
  CHECK(records[0].rows == 1);
  CHECK(records[0].layout == "shopify (copy only)");
  CHECK(ExportStore(*f.db).items(records[0].id).value() == std::vector<std::int64_t>{title, description});
  auto audit = AuditStore(*f.db).list({.entity = "export"}).value();
  REQUIRE(audit.size() == 1);
  CHECK(audit[0].actor == "carl");
  CHECK(audit[0].detail["rows"] == 1);

  // Exported copy still exports.
  auto second = Exporter(*f.db).run(options);
  REQUIRE(second);
  CHECK(second->rows == 1);
  CHECK(second->fields == 2);
  CHECK(ExportStore(*f.db).list().value().size() == 2);
}

TEST_CASE("a failed write leaves no file and names it") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing");
  f.approved(p, "title", "T");
  ExportOptions options;
  options.out = f.dir / "no-such-folder" / "out.csv";
  auto result = Exporter(*f.db).run(options);
  REQUIRE_FALSE(result);
  CHECK_THAT(result.error().describe(), Contains("out.csv"));
  CHECK(ExportStore(*f.db).list().value().empty());
  CHECK(f.status(DraftStore(*f.db).list().value().at(0).id) == DraftStatus::Approved);
  options.out = f.dir / "ok.csv";
  REQUIRE(Exporter(*f.db).run(options));
  for (const auto& entry : std::filesystem::directory_iterator(f.dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
  }
}

TEST_CASE("generic columns can be picked and renamed") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Catalog title", "catalog text", Json{{"Vendor", "Acme"}});
  f.approved(p, "description", "Approved body");
  ExportOptions options;
  options.columns = "sku:Key, description:Body, product.title:Old, attr.Vendor:Brand, seo_title";
  auto preview = Exporter(*f.db).preview(options);
  REQUIRE(preview);
  CHECK(preview->header == std::vector<std::string>{"Key", "Body", "Old", "Brand", "seo_title"});
  CHECK(preview->firstRows.at(0) == std::vector<std::string>{"tea-1", "Approved body", "Catalog title", "Acme", ""});
  options.columns = "description";
  auto keyless = Exporter(*f.db).preview(options);
  CHECK(hasWarning(*keyless, ExportWarning::Kind::MissingColumn, "", "no sku column"));
  options.columns = "product.nope";
  CHECK_FALSE(Exporter(*f.db).preview(options));
}

TEST_CASE("a write that fails half-way (file size limit, like a full disk) leaves no file behind") {
  TempDir dir;
  const auto target = dir / "big.csv";
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
  const auto previous = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 4096;
  REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
  Status written;
  {
    auto file = AtomicFile::create(target);
    REQUIRE(file);
    written = (*file)->write(std::string(100000, 'x'));
    if (written) written = (*file)->commit();
  }
  setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous);
  REQUIRE_FALSE(written);
  CHECK(written.error().code == ErrorCode::Io);
  CHECK_THAT(written.error().describe(), Contains("big.csv"));
  CHECK_FALSE(std::filesystem::exists(target));
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("limits are defaults the settings table can change") {
  ExportFixture f;
  CHECK(ExportLimits::fromSettings(*f.db).amazonTitleChars == 200);
  CHECK(ExportLimits::fromSettings(*f.db).amazonSearchTermsBytes == 249);
  REQUIRE(f.db->exec("INSERT INTO settings (key, value) VALUES ('export.amazon_title_max', '80'), "
                     "('export.seo_title_max', 'not a number')"));
  const auto limits = ExportLimits::fromSettings(*f.db);
  CHECK(limits.amazonTitleChars == 80);
  CHECK(limits.seoTitleChars == 70);  // an unreadable setting keeps the default
}
