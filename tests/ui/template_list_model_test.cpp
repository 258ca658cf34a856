#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "core/store/template_store.h"
#include "tests/support/test_paths.h"
#include "ui/store_thread.h"
#include "ui/template_list_model.h"

using namespace copydesk;
using copydesk::ui::TemplateListModel;

namespace {

PromptTemplate prompt(std::string name, std::string user) {
  PromptTemplate p;
  p.name = std::move(name);
  p.systemPart = "You write shop copy.";
  p.userPart = std::move(user);
  return p;
}

}  // namespace

TEST_CASE("the template list shows each template once with its versions as children") {
  test::TempDir dir;
  {
    auto db = Database::open(dir / "t.db");
    REQUIRE(db);
    TemplateStore templates(**db);
    REQUIRE(templates.save(prompt("title", "Title for {{title}}"), "ann"));
    REQUIRE(templates.save(prompt("description", "Describe {{title}}"), "ann"));
    REQUIRE(templates.save(prompt("description", "Describe {{title}} warmly"), "bo", "warmer"));
    REQUIRE(templates.save(prompt("description", "Describe {{title}} briefly"), "cy"));
  }
  ui::StoreThread store(dir / "t.db");
  TemplateListModel model(store);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);  // the tree: parents, children, resets
  QSignalSpy loaded(&model, &TemplateListModel::loaded);
  model.reload();
  REQUIRE(loaded.wait(10000));

  REQUIRE(model.rowCount() == 2);
  const QModelIndex description = model.index(0, TemplateListModel::NameColumn);  // listed by name
  CHECK(description.data().toString() == "description");
  CHECK(model.index(0, TemplateListModel::VersionColumn).data().toInt() == 3);
  CHECK(model.index(0, TemplateListModel::AuthorColumn).data().toString() == "cy");
  CHECK(model.index(1, TemplateListModel::NameColumn).data().toString() == "title");
  REQUIRE(model.rowCount(description) == 3);
  CHECK(model.rowCount(model.index(1, 0)) == 1);

  const QModelIndex second = model.index(1, TemplateListModel::NameColumn, description);
  CHECK(second.data().toString() == "Version 2 — warmer");
  CHECK(model.parent(second) == description);
  const TemplateVersion* version = model.versionAt(second);
  REQUIRE(version);
  CHECK(version->prompt.userPart == "Describe {{title}} warmly");
  CHECK(model.indexOfVersion(version->id) == second);
  CHECK(model.data(second, TemplateListModel::TemplateNameRole).toString() == "description");
  // Version rows have no children of their own.
  CHECK(model.rowCount(second) == 0);
}

TEST_CASE("an empty store gives an empty template list") {
  test::TempDir dir;
  ui::StoreThread store(dir / "empty.db");
  TemplateListModel model(store);
  QSignalSpy loaded(&model, &TemplateListModel::loaded);
  model.reload();
  REQUIRE(loaded.wait(10000));
  CHECK(model.rowCount() == 0);
}

TEST_CASE("a store that cannot be opened reports why instead of loading") {
  test::TempDir dir;
  test::writeFile(dir / "not-a-db", std::string(4096, 'x'));
  ui::StoreThread store(dir / "not-a-db");
  TemplateListModel model(store);
  QSignalSpy failed(&model, &TemplateListModel::loadFailed);
  model.reload();
  REQUIRE(failed.wait(10000));
  CHECK_FALSE(failed.first().first().toString().isEmpty());
}
