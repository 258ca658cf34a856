// The unsaved-copy journal: rows per owner and key, what a later start is offered, the writer thread.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/journal_owner.h"
#include "core/store/product_store.h"
#include "core/store/unsaved_copy_journal.h"
#include "core/store/unsaved_copy_writer.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

// One INSERT through a prepared statement, its new row's id: exec() runs scripts and reports no
// id on PostgreSQL, where a prepared insert into an identity table returns it.
std::int64_t insertRow(Database& db, const std::string& sql) {
  auto stmt = db.prepare(sql);
  REQUIRE(stmt);
  if (!stmt->run()) FAIL(db.lastError("inserting").describe());
  return db.lastInsertId();
}

std::int64_t addProduct(Database& db, const std::string& sku, const std::string& title) {
  return insertRow(db, "INSERT INTO products (sku, title) VALUES ('" + sku + "', '" + title + "')");
}

// The owner id of a process that has ended: a child that exits at once, reaped.
std::string ownerOfEndedProcess() {
  JournalOwner owner = JournalOwner::current();
  const pid_t child = fork();
  if (child == 0) _exit(0);
  int status = 0;
  waitpid(child, &status, 0);
  owner.pid = child;
  return owner.id();
}

}  // namespace

TEST_CASE("journal owner: this process is alive, an ended one and a reused pid are not") {
  const JournalOwner self = JournalOwner::current();
  auto parsed = JournalOwner::parse(self.id());
  REQUIRE(parsed);
  CHECK(parsed->pid == getpid());
  CHECK(parsed->started == self.started);
  CHECK(parsed->alive());
  CHECK(JournalOwner::current().id() != self.id());  // another instance in the same process

  auto ended = JournalOwner::parse(ownerOfEndedProcess());
  REQUIRE(ended);
  CHECK_FALSE(ended->alive());

  JournalOwner reused = self;  // our pid, but a process that started at another moment
  reused.started += 1;
  CHECK_FALSE(reused.alive());

  JournalOwner elsewhere = self;  // another machine's studio is not ours to judge
  elsewhere.host = "another-host.example";
  elsewhere.pid = 1;
  CHECK(elsewhere.alive());
  CHECK_FALSE(JournalOwner::parse("garbage"));
}

TEST_CASE("journal: put replaces the owner's text for a key, remove and discard clear it") {
  test::TestStore store("c.db");
  auto db = store.open();
  REQUIRE(db);
  const auto tea = addProduct(**db, "TEA-1", "龙井绿茶");
  const auto mug = addProduct(**db, "MUG-1", "Mug");
  UnsavedCopyJournal mine(**db, JournalOwner::current().id());
  UnsavedCopyJournal theirs(**db, JournalOwner::current().id());

  REQUIRE(mine.put(UnsavedCopyKey::copy(tea, "description", 0), "明前"));
  REQUIRE(mine.put(UnsavedCopyKey::copy(tea, "description", 0), "明前采摘的龙井"));
  REQUIRE(mine.put(UnsavedCopyKey::copy(mug, "title", 0), "A mug"));
  REQUIRE(theirs.put(UnsavedCopyKey::copy(tea, "description", 0), "their text"));  // another studio, same key
  auto own = mine.own();
  REQUIRE(own);
  REQUIRE(own->size() == 2);
  CHECK((*own)[0].sku == "MUG-1");  // product by product
  CHECK((*own)[1].sku == "TEA-1");
  CHECK((*own)[1].productTitle == "龙井绿茶");
  CHECK((*own)[1].text == "明前采摘的龙井");
  CHECK((*own)[1].key == UnsavedCopyKey::copy(tea, "description", 0));
  CHECK_FALSE((*own)[1].updatedAt.empty());

  REQUIRE(mine.remove(UnsavedCopyKey::copy(mug, "title", 0)));
  own = mine.own();
  REQUIRE(own);
  CHECK(own->size() == 1);
  auto all = mine.all();
  REQUIRE(all);
  CHECK(all->size() == 2);  // theirs is untouched

  REQUIRE(mine.discard({(*own)[0].id}));
  own = mine.own();
  REQUIRE(own);
  CHECK(own->empty());
  REQUIRE(theirs.removeAll());
  all = mine.all();
  REQUIRE(all);
  CHECK(all->empty());
}

TEST_CASE("journal: only the rows of owners that are gone are offered back, with what names them") {
  test::TestStore store("c.db");
  auto db = store.open();
  REQUIRE(db);
  const auto tea = addProduct(**db, "TEA-1", "龙井绿茶");
  const auto draft =
      insertRow(**db, "INSERT INTO drafts (product_id, field, text) VALUES (" + std::to_string(tea) + ", 'title', 'stored')");
  const auto templateId = insertRow(**db, "INSERT INTO templates (name) VALUES ('desc')");
  const auto version = insertRow(**db, "INSERT INTO template_versions (template_id, version, user_part) VALUES (" +
                                           std::to_string(templateId) + ", 3, '{{title}}')");

  UnsavedCopyJournal crashed(**db, ownerOfEndedProcess());
  REQUIRE(crashed.put(UnsavedCopyKey::copy(tea, "title", draft), "edited title"));
  REQUIRE(crashed.put(UnsavedCopyKey::copy(tea, "description", 4242), "edited a draft deleted since"));
  REQUIRE(crashed.put(UnsavedCopyKey::templateParts(version), encodeTemplateParts({"be brief", "{{title}}!"})));
  UnsavedCopyJournal running(**db, JournalOwner::current().id());
  REQUIRE(running.put(UnsavedCopyKey::copy(tea, "seo_title", 0), "still being typed"));

  UnsavedCopyJournal starting(**db, JournalOwner::current().id());
  auto offered = starting.orphaned();
  REQUIRE(offered);
  REQUIRE(offered->size() == 3);
  CHECK((*offered)[0].key.field == "description");
  CHECK_FALSE((*offered)[0].draftExists);
  CHECK((*offered)[1].key.field == "title");
  CHECK((*offered)[1].draftExists);
  CHECK((*offered)[1].sku == "TEA-1");
  CHECK((*offered)[1].text == "edited title");
  CHECK((*offered)[2].key.kind == UnsavedKind::Template);
  CHECK((*offered)[2].templateName == "desc");
  CHECK((*offered)[2].templateVersion == 3);
  auto parts = decodeTemplateParts((*offered)[2].text);
  REQUIRE(parts);
  CHECK(parts->systemPart == "be brief");
  CHECK(parts->userPart == "{{title}}!");

  // A product removed from the catalog takes its unsaved copy with it.
  REQUIRE((*db)->exec("DELETE FROM products WHERE id = " + std::to_string(tea)));
  offered = starting.orphaned();
  REQUIRE(offered);
  CHECK(offered->size() == 1);
}

TEST_CASE("journal writer: texts reach the table on its own connection, the newest wins, the end flushes") {
  test::TestStore store("c.db");
  auto db = store.open();
  REQUIRE(db);
  const auto tea = addProduct(**db, "TEA-1", "Tea");
  std::vector<std::string> errors;
  const std::string owner = JournalOwner::current().id();
  {
    UnsavedCopyWriter writer(store.source(), owner, [&](const Error& e) { errors.push_back(e.describe()); });
    for (int i = 1; i <= 50; ++i) writer.put(UnsavedCopyKey::copy(tea, "title", 0), "typing " + std::to_string(i));
    writer.flush();
    auto rows = UnsavedCopyJournal(**db, owner).own();
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].text == "typing 50");

    writer.remove(UnsavedCopyKey::copy(tea, "title", 0));
    writer.flush();
    rows = UnsavedCopyJournal(**db, owner).own();
    REQUIRE(rows);
    CHECK(rows->empty());
    writer.put(UnsavedCopyKey::copy(tea, "description", 0), "the last words before closing");
  }  // no flush: the destructor writes what is queued
  auto rows = UnsavedCopyJournal(**db, owner).own();
  REQUIRE(rows);
  REQUIRE(rows->size() == 1);
  CHECK((*rows)[0].text == "the last words before closing");

  {
    UnsavedCopyWriter writer(store.source(), owner, [&](const Error& e) { errors.push_back(e.describe()); });
    writer.put(UnsavedCopyKey::copy(9999, "title", 0), "a product that does not exist");
    writer.flush();
  }
  REQUIRE(errors.size() == 1);  // reported, not thrown away silently
  // SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
  CHECK_THAT(errors[0], Catch::Contains("foreign key", Catch::CaseSensitive::No));
}
