#include <catch2/catch.hpp>

#include "core/store/audit_store.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using copydesk::test::ExportFixture;

TEST_CASE("the audit trail is append-only: the database refuses updates and deletes") {
  ExportFixture f;
  AuditStore audit(*f.db);
  auto id = audit.append({.actor = "rita", .action = "approve", .entity = "draft", .entityId = 7,
                          .detail = {{"field", "title"}}});
  REQUIRE(id);
  auto update = f.db->exec("UPDATE audit SET actor = 'mallory' WHERE id = " + std::to_string(*id));
  REQUIRE_FALSE(update);
  CHECK_THAT(update.error().message, Catch::Contains("append-only"));
  auto remove = f.db->exec("DELETE FROM audit");
  REQUIRE_FALSE(remove);
  auto entries = audit.list();
  REQUIRE(entries);
  REQUIRE(entries->size() == 1);
  CHECK((*entries)[0].actor == "rita");
  CHECK((*entries)[0].detail["field"] == "title");
  CHECK(toJson((*entries)[0])["entity_id"] == 7);
}
