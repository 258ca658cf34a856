#include <catch2/catch.hpp>

#include "core/export/audit_export.h"
#include "core/review/review_service.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

namespace {

std::string collect(Database& db, AuditFormat format, const AuditQuery& query = {}) {
  std::string bytes;
  auto count = writeAudit(db, query, format, [&](std::string_view chunk) -> Status {
    bytes.append(chunk);
    return {};
  });
  REQUIRE(count);
  return bytes;
}

}  // namespace

TEST_CASE("the audit exports as JSON and spreadsheet-safe CSV, to a sink or a file with the same bytes") {
  ExportFixture f;
  const auto product = f.product("tea-1", "Longjing");
  const auto id = f.draft(product, "title", "West Lake Longjing");
  ReviewService service(*f.db);
  REQUIRE(service.submit(id, "wendy"));
  REQUIRE(service.reject(id, "=HYPERLINK(\"x\") is not a title", "rita"));

  const std::string json = collect(*f.db, AuditFormat::Json);
  const Json entries = Json::parse(json);
  REQUIRE(entries.size() == 2);
  CHECK(entries[1]["actor"] == "rita");
  CHECK(entries[1]["action"] == "reject");
  CHECK(entries[1]["entity_id"] == id);
  CHECK(entries[1]["detail"]["comment"] == "=HYPERLINK(\"x\") is not a title");
  CHECK(json.back() == '\n');

  const std::string csv = collect(*f.db, AuditFormat::Csv);
  const auto rows = test::parseCsv(csv);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"id", "at", "actor", "action", "entity", "entity_id", "detail"});
  CHECK(rows[2][2] == "rita");
  CHECK(rows[2][5] == std::to_string(id));
  CHECK(Json::parse(rows[2][6])["to"] == "rejected");

  auto written = exportAudit(*f.db, {}, AuditFormat::Csv, f.dir / "audit.csv");
  REQUIRE(written);
  CHECK(*written == 2);
  CHECK(test::readFile(f.dir / "audit.csv") == csv);
  REQUIRE(exportAudit(*f.db, {}, AuditFormat::Json, f.dir / "audit.json"));
  CHECK(test::readFile(f.dir / "audit.json") == json);

  auto nowhere = exportAudit(*f.db, {}, AuditFormat::Json, f.dir / "missing-folder" / "audit.json");
  REQUIRE_FALSE(nowhere);
  CHECK_THAT(nowhere.error().describe(), Catch::Contains("audit.json"));
}
