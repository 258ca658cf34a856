#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/postgres/pg_schema.h"
#include "core/store/schema.h"
#include "tests/support/test_paths.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

// Rows that every schema version since v1 can hold, written with plain SQL as that version saw it.
void seedVersion(Database& db, int version) {
  REQUIRE(db.exec("INSERT INTO products (sku, title, description, attributes) "
                  "VALUES ('tea-1', '龙井绿茶', '明前采摘', '{\"产地\":\"杭州\"}')"));
  REQUIRE(db.exec("INSERT INTO templates (name) VALUES ('desc')"));
  REQUIRE(db.exec("INSERT INTO template_versions (template_id, version, user_part) VALUES (1, 1, '{{title}}')"));
  if (version >= 2) {
    REQUIRE(db.exec("INSERT INTO generations (product_id, template_version_id, output, outcome) "
                    "VALUES (1, 1, 'generated', 'ok')"));
    REQUIRE(db.exec("INSERT INTO drafts (product_id, field, template_version_id, generation_id, text) "
                    "VALUES (1, 'description', 1, 1, '好茶')"));
  }
  if (version >= 3) {
    // v3 stored "exported" in the draft row. Draft 2 was exported; draft 3 is stored exported but no
    // export names it; draft 4 was exported, edited and approved again (only the old export names it).
    REQUIRE(db.exec("INSERT INTO drafts (product_id, field, text, status) VALUES "
                    "(1, 'title', '龙井', 'exported'), (1, 'seo_title', '绿茶', 'exported'), "
                    "(1, 'bullets', '- 春茶', 'approved')"));
    REQUIRE(db.exec("INSERT INTO exports (layout, path, mode, rows, fields, author) "
                    "VALUES ('generic', '/tmp/a.csv', 'upload', 1, 2, 't')"));
    REQUIRE(db.exec("INSERT INTO export_items (export_id, draft_id) VALUES (1, 2), (1, 4)"));
  }
  if (version >= 4) {
    // v4 derives "exported" from export_items: the same drafts as v4 itself would have stored them.
    REQUIRE(db.exec("UPDATE drafts SET status = 'approved' WHERE id = 2"));
    REQUIRE(db.exec("UPDATE drafts SET export_floor = 1 WHERE id = 4"));
  }
}

// Where each backend keeps the schema version (Database::setSchemaVersion is private).
void storeSchemaVersion(Database& db, int version) {
  const std::string v = std::to_string(version);
  REQUIRE(db.exec(db.isPostgres() ? "UPDATE copydesk_schema SET version = " + v : "PRAGMA user_version=" + v));
}

DraftStatus statusOf(Database& db, std::int64_t id) {
  auto draft = DraftStore(db).get(id);
  REQUIRE(draft);
  REQUIRE(draft->has_value());
  return (*draft)->status;
}

}  // namespace

TEST_CASE("the database upgrades from every earlier schema version and keeps its rows") {
  for (int from = 1; from < latestSchemaVersion(); ++from) {
    DYNAMIC_SECTION("from schema " << from) {
      test::TestStore store("old.db");
      {
        Database::Options options;
        options.targetVersion = from;
        auto old = store.open(options);
        REQUIRE(old);
        REQUIRE((*old)->schemaVersion() == from);
        seedVersion(**old, from);
      }
      auto db = store.reopen();
      REQUIRE(db);
      CHECK((*db)->schemaVersion() == latestSchemaVersion());

      ProductStore products(**db);
      auto tea = products.findBySku("tea-1");
      REQUIRE(tea);
      REQUIRE(tea->has_value());
      CHECK((*tea)->title == "龙井绿茶");
      CHECK((*tea)->attributes["产地"] == "杭州");
      // The full-text index made by v1 still answers after the upgrade.
      auto found = products.list({.search = "井绿茶"});
      REQUIRE(found);
      CHECK(found->size() == 1);
      if (from >= 2) {
        auto stmt = (*db)->prepare("SELECT text FROM drafts");
        REQUIRE(stmt);
        REQUIRE(stmt->step());
        CHECK(stmt->text(0) == "好茶");
        CHECK(statusOf(**db, 1) == DraftStatus::Draft);
      }
      if (from >= 3) {
        CHECK(statusOf(**db, 2) == DraftStatus::Exported);
        CHECK(statusOf(**db, 3) == DraftStatus::Exported);
        CHECK(statusOf(**db, 4) == DraftStatus::Approved);
        auto exported = DraftStore(**db).list({.status = DraftStatus::Exported});
        REQUIRE(exported);
        REQUIRE(exported->size() == 2);
        CHECK((*exported)[0].id == 2);
        CHECK((*exported)[1].id == 3);
        // Draft 2 is no longer rewritten to say so: export_items does.
        auto stored = (*db)->prepare("SELECT status FROM drafts WHERE id = 2");
        REQUIRE(stored);
        REQUIRE(stored->step());
        CHECK(stored->text(0) == "approved");
      }
      // Tables of the newest version are usable.
      CHECK((*db)->exec("INSERT INTO audit (actor, action, entity) VALUES ('t', 'upgrade-check', 'db')"));
    }
  }
}

TEST_CASE("opening a database from a newer Copydesk is refused rather than damaged") {
  test::TestStore store("new.db");
  {
    auto db = store.open();
    REQUIRE(db);
    storeSchemaVersion(**db, 999);
  }
  auto db = store.reopen();
  REQUIRE_FALSE(db);
  CHECK(db.error().message.find("newer Copydesk") != std::string::npos);
}

TEST_CASE("migrations are numbered one after another") {
  int expected = 1;
  for (const auto& migration : migrations()) CHECK(migration.version == expected++);
  expected = 1;
  for (const auto& migration : pg::migrations()) CHECK(migration.version == expected++);
  CHECK(pg::migrations().size() == migrations().size());
}
