// Review → Similar drafts…: the scan on the store thread, the pairs most similar first, the two texts
// side by side with the shared passage marked at the right place (code points → UTF-16), Cancel,
// and "Open in the editor" through the main window.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

#include <future>
#include <set>

#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/checks/similar_drafts_dialog.h"
#include "ui/checks/similar_pairs_model.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

// The passage both descriptions share; one of them starts with characters outside the BMP (two
// UTF-16 units each), so a passage placed by code points lands elsewhere if taken as UTF-16.
const std::string kShared =
    "Double-walled stainless steel keeps drinks hot for twelve hours and cold for a full day, "
    "with a leak-proof lid that opens with one hand and a powder-coated finish that does not sweat.";
const std::string kTextA = "🌿🌿 保温杯 " + kShared;
const std::string kTextB = "Our classic bottle. " + kShared;

struct SimilarStore {
  test::TempDir dir;
  std::filesystem::path path = dir / "similar.db";

  SimilarStore() {
    auto db = Database::open(path);
    REQUIRE(db);
    ProductStore products(**db);
    for (const auto& [sku, description] : std::vector<std::pair<std::string, std::string>>{
             {"BOTTLE-A", kTextA},
             {"BOTTLE-B", kTextB},
             {"KETTLE-C", "A gooseneck kettle with a thermometer in the lid, for pour-over coffee, brewed slowly "
                          "at the temperature the beans ask for; cordless base, auto shut-off, 0.9 litres."}}) {
      Product p;
      p.sku = sku;
      p.title = sku;
      p.description = description;
      REQUIRE(products.upsert(p));
    }
  }
};

// Where the dialog marked the passage in one view: [start, end) in the document and its text.
struct Marked {
  int start = -1;
  int end = -1;
  QString text;
  QColor background;
};

Marked marked(const QPlainTextEdit* view) {
  const auto selections = view->extraSelections();
  if (selections.size() != 1) return {};
  const QTextCursor& c = selections.front().cursor;
  return {c.selectionStart(), c.selectionEnd(), c.selectedText(), selections.front().format.background().color()};
}

void checkShown(const QPlainTextEdit* view, const SimilarItem& item, const std::string& passage) {
  const QString text = QString::fromStdString(item.text);
  const QString shared = QString::fromStdString(passage);
  CHECK(view->toPlainText() == text);
  const Marked m = marked(view);
  INFO(item.sku);
  CHECK(m.text == shared);
  CHECK(m.start == text.indexOf(shared));  // UTF-16, as the document counts
  CHECK(m.end - m.start == shared.size());
  CHECK(m.background == ui::SimilarDraftsDialog::passageBackground());
}

}  // namespace

TEST_CASE("the similar-drafts scan lists two near-identical descriptions and marks the shared passage in both") {
  SimilarStore fixture;
  ui::StoreThread store(fixture.path);
  ui::SimilarDraftsDialog dialog(store);
  QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);  // filled by the scan, emptied by the next
  CHECK(dialog.thresholdSpin()->value() == Approx(0.70));
  QSignalSpy finished(&dialog, &ui::SimilarDraftsDialog::scanFinished);
  dialog.scanButton()->click();
  CHECK(dialog.isScanning());
  CHECK_FALSE(dialog.scanButton()->isEnabled());
  REQUIRE(finished.wait(20000));
  CHECK(finished.front().front().toInt() == 1);
  CHECK_FALSE(dialog.isScanning());
  CHECK(dialog.scanButton()->isEnabled());

  ui::SimilarPairsModel* model = dialog.model();
  REQUIRE(model->rowCount() == 1);
  const SimilarPair pair = *model->pair(0);
  CHECK(std::set<std::string>{pair.a.sku, pair.b.sku} == std::set<std::string>{"BOTTLE-A", "BOTTLE-B"});
  CHECK(pair.similarity >= 0.70);
  CHECK(QString::fromStdString(pair.passage).contains(QString::fromStdString(kShared.substr(1, kShared.size() - 2))));

  // The row: both texts, the similarity in percent, the passage's first 60 characters.
  CHECK(model->index(0, ui::SimilarPairsModel::AColumn).data().toString().startsWith(QString::fromStdString(pair.a.sku)));
  CHECK(model->index(0, ui::SimilarPairsModel::AColumn).data().toString().contains("description"));
  CHECK(model->index(0, ui::SimilarPairsModel::BColumn).data().toString().startsWith(QString::fromStdString(pair.b.sku)));
  const QString percent = model->index(0, ui::SimilarPairsModel::SimilarityColumn).data().toString();
  CHECK(percent == QString::number(qRound(pair.similarity * 100)) + "%");
  const QString preview = model->index(0, ui::SimilarPairsModel::PassageColumn).data().toString();
  CHECK(preview == QString::fromStdString(pair.passage).simplified().left(60) + "…");

  // The first pair is chosen: side by side, the passage marked where it is in each text.
  CHECK(dialog.pairsView()->currentIndex().row() == 0);
  checkShown(dialog.textViewA(), pair.a, pair.passage);
  checkShown(dialog.textViewB(), pair.b, pair.passage);
  CHECK(dialog.textViewA()->isReadOnly());
  CHECK(dialog.textViewB()->isReadOnly());
  CHECK(dialog.statusText().contains("70%"));

  SECTION("a higher threshold than the pair's similarity lists nothing") {
    dialog.thresholdSpin()->setValue(std::min(1.0, pair.similarity + 0.05));
    if (dialog.thresholdSpin()->value() > pair.similarity) {
      dialog.scanButton()->click();
      REQUIRE(finished.wait(20000));
      CHECK(finished.back().front().toInt() == 0);
      CHECK(model->rowCount() == 0);
      CHECK(dialog.textViewA()->toPlainText().isEmpty());
    }
  }
}

TEST_CASE("Cancel stops a similar-drafts scan: no pairs, the dialog says so") {
  SimilarStore fixture;
  ui::StoreThread store(fixture.path);
  ui::SimilarDraftsDialog dialog(store);
  // Holds the store thread until the scan is queued and cancelled, so the cancel comes first.
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  store.run(&dialog, [released](Database&) -> Status { released.wait(); return {}; }, [](Status) {});
  QSignalSpy finished(&dialog, &ui::SimilarDraftsDialog::scanFinished);
  dialog.scanButton()->click();
  REQUIRE(dialog.cancelButton()->isEnabled());
  dialog.cancelButton()->click();
  release.set_value();
  REQUIRE(finished.wait(20000));
  CHECK(finished.front().front().toInt() == -1);
  CHECK(dialog.model()->rowCount() == 0);
  CHECK(dialog.statusText() == "Scan cancelled.");
  CHECK(dialog.scanButton()->isEnabled());
  CHECK_FALSE(dialog.cancelButton()->isEnabled());
}

TEST_CASE("Review → Similar drafts… opens the dialog; Open A shows that product's copy in the editor") {
  SimilarStore fixture;
  std::int64_t draftId = 0;
  {
    // A draft of BOTTLE-A's description that repeats BOTTLE-B's: the pair to open is a draft.
    auto db = Database::open(fixture.path);
    REQUIRE(db);
    auto product = ProductStore(**db).findBySku("BOTTLE-A");
    REQUIRE(product);
    REQUIRE(product->has_value());
    NewDraft draft;
    draft.productId = (*product)->id;
    draft.field = "description";
    draft.text = kTextB + " Now in green.";
    auto created = DraftStore(**db).create(draft);
    REQUIRE(created);
    draftId = created->id;
  }
  ui::MainWindow window(test::quietWindow(fixture.path));
  QAction* action = window.findChild<QAction*>("similarDraftsAction");
  REQUIRE(action);
  action->trigger();
  auto* dialog = window.findChild<ui::SimilarDraftsDialog*>();
  REQUIRE(dialog);
  CHECK(dialog->isVisible());
  dialog->descriptionsBox()->setChecked(false);  // drafts only
  dialog->draftsBox()->setChecked(true);
  QSignalSpy finished(dialog, &ui::SimilarDraftsDialog::scanFinished);
  dialog->scan();
  REQUIRE(finished.wait(20000));

  // Drafts only: the one draft has no other draft to match, so nothing; with the catalog, the draft
  // matches BOTTLE-B's description (and the two descriptions match each other).
  CHECK(finished.back().front().toInt() == 0);
  dialog->descriptionsBox()->setChecked(true);
  dialog->scan();
  REQUIRE(finished.wait(20000));
  int row = -1;
  for (int r = 0; r < dialog->model()->rowCount(); ++r) {
    const SimilarPair* p = dialog->model()->pair(r);
    if (p->a.draftId == draftId || p->b.draftId == draftId) row = r;
  }
  REQUIRE(row >= 0);
  dialog->selectPair(row);
  const SimilarPair* pair = dialog->model()->pair(row);
  const bool draftIsA = pair->a.draftId == draftId;
  QPushButton* open = dialog->findChild<QPushButton*>(draftIsA ? "openSimilarA" : "openSimilarB");
  REQUIRE(open);
  CHECK_FALSE(open->isHidden());
  REQUIRE(open->isEnabled());
  QSignalSpy loaded(window.copyEditor(), &ui::CopyEditorPane::loaded);
  open->click();
  REQUIRE(loaded.wait(10000));
  CHECK(loaded.back().front().toLongLong() == draftId);
  CHECK(window.copyEditor()->draftId() == draftId);
}
