// Related products on the Write page (issue 14), offscreen: the pane lists the selected product's
// related products with their reasons; leaving one out and adding others (by SKU or by words) keeps
// the writer's choice in the store, the rendered prompt follows, and "Back to suggestions" forgets it.
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include "core/store/product_store.h"
#include "core/store/related_choice_store.h"
#include "core/templates/template_file.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window.h"
#include "ui/related/related_pane.h"
#include "ui/rendered_prompt_view.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

std::int64_t addProduct(Database& db, const char* sku, const char* title, std::vector<std::string> tags,
                        std::vector<ProductLink> links = {}) {
  Product p;
  p.sku = sku;
  p.title = title;
  p.category = "茶叶";
  p.tags = std::move(tags);
  p.links = std::move(links);
  auto saved = ProductStore(db).upsert(p);
  REQUIRE(saved);
  return saved->id;
}

QStringList strings(std::initializer_list<const char*> items) {
  QStringList list;
  for (const char* item : items) list << QString::fromUtf8(item);
  return list;
}

}  // namespace

TEST_CASE("related pane: reasons shown, a product left out and others added are kept, the prompt follows") {
  test::TempDir dir;
  const auto path = dir / "studio.db";
  std::int64_t tea = 0;
  {
    auto db = Database::open(path);
    REQUIRE(db);
    tea = addProduct(**db, "TEA", "西湖龙井", {"绿茶"}, {{LinkKind::CrossSell, "CUP"}});
    addProduct(**db, "CUP", "玻璃茶杯", {"茶具"});
    addProduct(**db, "POT", "白瓷茶壶", {"茶具"});
    addProduct(**db, "BLR", "碧螺春", {"绿茶"});
    addProduct(**db, "KETTLE", "铸铁煮水壶", {"水壶"});
  }
  ui::StoreThread store(path);
  ui::RelatedPane pane(store);
  ui::RenderedPromptView prompt(store);
  QObject::connect(&pane, &ui::RelatedPane::choiceChanged, &prompt, &ui::RenderedPromptView::render);
  auto shipped = loadTemplateFile(test::sourceDir() / "resources" / "templates" / "cross-sell-en.json");
  REQUIRE(shipped);
  prompt.setTemplate(*shipped);
  prompt.setProduct(tea);
  pane.setProduct(tea);

  // As suggested by the catalog: its link, a shared tag, the category; nothing to go back to.
  REQUIRE(test::waitUntil([&] { return pane.rows().size() == 4; }));
  CHECK(pane.rows() == strings({"CUP cross-sell", "BLR tag", "KETTLE category", "POT category"}));
  CHECK_FALSE(pane.isChosen());
  CHECK(pane.table()->item(1, 1)->text() == QStringLiteral("shared tag (绿茶)"));
  CHECK_FALSE(pane.findChild<QPushButton*>("relatedResetButton")->isEnabled());
  REQUIRE(test::waitUntil([&] { return prompt.userText().contains(QStringLiteral("玻璃茶杯")); }));

  // Leave the cup out: kept, and the prompt no longer names it.
  QSignalSpy changed(&pane, &ui::RelatedPane::choiceChanged);
  pane.table()->selectRow(0);
  pane.findChild<QPushButton*>("relatedDropButton")->click();
  REQUIRE(test::waitUntil([&] { return changed.count() == 1; }));
  CHECK(pane.rows() == strings({"BLR tag", "KETTLE category", "POT category"}));
  CHECK(pane.isChosen());
  CHECK(pane.findChild<QPushButton*>("relatedResetButton")->isEnabled());
  REQUIRE(test::waitUntil([&] { return !prompt.userText().contains(QStringLiteral("玻璃茶杯")); }));
  CHECK(prompt.userText().contains(QStringLiteral("碧螺春")));

  // Add back by SKU, then one by words the catalog search finds: both at the end, "added".
  pane.addEdit()->setText(QStringLiteral("CUP"));
  pane.findChild<QPushButton*>("relatedAddButton")->click();
  REQUIRE(test::waitUntil([&] { return changed.count() == 2; }));
  pane.table()->selectRow(1);
  pane.findChild<QPushButton*>("relatedDropButton")->click();  // KETTLE out
  REQUIRE(test::waitUntil([&] { return changed.count() == 3; }));
  pane.addEdit()->setText(QStringLiteral("煮水壶"));
  emit pane.addEdit()->returnPressed();
  REQUIRE(test::waitUntil([&] { return changed.count() == 4; }));
  CHECK(pane.rows() == strings({"BLR tag", "POT category", "CUP added", "KETTLE added"}));
  CHECK(pane.addEdit()->text().isEmpty());
  REQUIRE(test::waitUntil([&] { return prompt.userText().contains(QStringLiteral("铸铁煮水壶")); }));
  {
    auto db = Database::open(path);
    REQUIRE(db);
    auto kept = RelatedChoiceStore(**db).find(tea);
    REQUIRE(kept);
    REQUIRE(kept->has_value());
    CHECK((*kept)->size() == 4);
    CHECK((**kept)[3] == RelatedChoiceItem{"KETTLE", "added"});
  }

  // Nothing found: said in words, the list unchanged.
  pane.addEdit()->setText(QStringLiteral("nothing like this"));
  emit pane.addEdit()->returnPressed();
  REQUIRE(test::waitUntil([&] { return !pane.statusText().isEmpty(); }));
  CHECK(pane.statusText().contains(QStringLiteral("nothing like this")));
  CHECK(pane.rows().size() == 4);

  // Back to the catalog's suggestions.
  pane.findChild<QPushButton*>("relatedResetButton")->click();
  REQUIRE(test::waitUntil([&] { return changed.count() == 5; }));
  CHECK_FALSE(pane.isChosen());
  CHECK(pane.rows() == strings({"CUP cross-sell", "BLR tag", "KETTLE category", "POT category"}));
}

TEST_CASE("related pane: on the Write page, between the variants and the copy editor, following the product") {
  test::TempDir dir;
  const auto path = dir / "studio.db";
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 3);
  }
  ui::MainWindow window(test::quietWindow(path));
  ui::RelatedPane* pane = window.relatedPane();
  REQUIRE(pane);
  auto* splitter = window.findChild<QSplitter*>("writeSplitter");
  REQUIRE(splitter);
  CHECK(splitter->indexOf(pane) == 1);
  CHECK(pane->product() == 0);
}
