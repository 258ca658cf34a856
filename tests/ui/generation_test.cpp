// The generation area against the real fake-llm-server: the bridge's coalescing, the pane's
// columns (variants, errors, stop, retry) and the batch dialog (pause, resume, cancel).
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "core/llm/provider_profile_store.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/generation/variant_column.h"
#include "ui/store_thread.h"

using namespace copydesk;
using copydesk::ui::VariantColumn;

namespace {

constexpr const char* kGoodKeyEnv = "COPYDESK_TEST_GEN_KEY";
constexpr const char* kBadKeyEnv = "COPYDESK_TEST_GEN_BAD_KEY";

// Two profiles on the fake server: "Fake" (a good key) and "Fake (bad key)" (the server answers 401).
struct GenerationStore_ : test::GenerationFixture {
  GenerationStore_(const test::FakeServerProcess& server, int products)
      : GenerationFixture(server, products,
                          {{"Fake", kGoodKeyEnv, "sk-ui-test"}, {"Fake (bad key)", kBadKeyEnv, "bad-key"}}) {}
};

// The pane with its store thread and bridge, set up to write with `profile`.
struct PaneRig {
  ui::StoreThread store;
  ui::GenerationBridge bridge;
  ui::GenerationPane pane;

  PaneRig(GenerationStore_& s, const QString& profile, std::vector<std::int64_t> products, int variants)
      : store(s.path), bridge(s.path), pane(store, bridge) {
    REQUIRE(test::waitUntil([&] { return pane.profilesLoaded(); }));
    pane.setCheckedProfiles({profile});
    pane.setModels("fake-small");
    pane.setVariants(variants);
    pane.setProducts(std::move(products));
    pane.setTemplate(s.version, false);
  }

  bool runAndWait(int timeoutMs = 20000) {
    QSignalSpy finished(&pane, &ui::GenerationPane::generationFinished);
    if (!pane.generate()) return false;
    return test::waitUntil([&] { return finished.count() > 0 && !bridge.isBusy(); }, timeoutMs);
  }
};

}  // namespace

TEST_CASE("generation bridge: many streamed pieces reach the GUI as a few signals, and the text is exact") {
  test::FakeServerProcess server({"--chunks", "300", "--stream-ms", "900"});
  REQUIRE(server.running());
  GenerationStore_ s(server, 2);
  ui::GenerationBridge bridge(s.path);
  batch::GenerateOptions options;
  options.spec.templateRef = "desc";
  options.spec.variants = 2;
  llm::ProviderProfile profile;
  profile.name = "Fake";
  profile.baseUrl = server.openAiBaseUrl();
  profile.apiKeyEnv = kGoodKeyEnv;
  options.spec.targets.push_back({profile, "fake-small"});
  options.run.concurrency = 4;

  std::map<QString, QString> text;
  std::map<QString, int> signalCount;
  std::map<QString, qint64> drafts;
  bool ended = false;
  QObject::connect(&bridge, &ui::GenerationBridge::slotText, &bridge, [&](int, const QString& id, const QString& piece, bool restart) {
    if (restart) text[id].clear();
    text[id] += piece;
    ++signalCount[id];
  });
  QObject::connect(&bridge, &ui::GenerationBridge::slotCommitted, &bridge,
                   [&](int, const QString& id, qint64 draft) { drafts[id] = draft; });
  QObject::connect(&bridge, &ui::GenerationBridge::runFinished, &bridge, [&](int, const ui::RunEnd&) { ended = true; });
  bridge.start(options, {s.productIds[0], s.productIds[1]});
  REQUIRE(test::waitUntil([&] { return ended; }, 20000));

  const auto stored = s.drafts();
  REQUIRE(stored.size() == 4);
  REQUIRE(drafts.size() == 4);
  for (const Draft& d : stored) {
    const QString id = QStringLiteral("p%1-v%2-t0").arg(d.productId).arg(d.variant);
    INFO(id.toStdString() << " got " << signalCount[id] << " text signals for 300 pieces");
    CHECK(drafts[id] == d.id);
    CHECK(text[id].toStdString() == d.text);  // nothing lost, nothing doubled, in order
    CHECK(d.text.rfind("Copy ", 0) == 0);
    CHECK(d.text.find("(SKU " + d.sku + ").") != std::string::npos);  // the reply to this product's prompt
    // 300 pieces over ~0.9 s arrive as at most ~one signal per 40 ms (plus the final flush).
    CHECK(signalCount[id] >= 2);   // it did stream
    CHECK(signalCount[id] <= 40);  // … coalesced
  }
}

TEST_CASE("generation pane: 3 variants of a product stream into 3 columns and are stored as 3 drafts") {
  test::FakeServerProcess server({"--chunks", "20", "--stream-ms", "300"});
  GenerationStore_ s(server, 3);
  PaneRig rig(s, "Fake", {s.productIds[1]}, 3);
  REQUIRE(rig.pane.canGenerate());
  REQUIRE(rig.runAndWait());
  const auto columns = rig.pane.columns();
  REQUIRE(columns.size() == 3);
  const auto drafts = s.drafts();
  REQUIRE(drafts.size() == 3);
  std::set<int> variants;
  for (const Draft& d : drafts) {
    CHECK(d.productId == s.productIds[1]);
    CHECK(d.templateName == "desc");
    CHECK(d.templateVersionId == s.version.id);
    CHECK(d.model == "fake-small");
    CHECK(d.field == "description");
    variants.insert(d.variant);
  }
  CHECK(variants == std::set<int>{1, 2, 3});
  for (auto* column : columns) {
    INFO(column->statusText().toStdString());
    CHECK(column->state() == VariantColumn::State::Done);
    const auto it = std::find_if(drafts.begin(), drafts.end(), [&](const Draft& d) { return d.id == column->draftId(); });
    REQUIRE(it != drafts.end());
    CHECK(column->text().toStdString() == it->text);
    CHECK(column->slot().variant == it->variant);
  }
  // "Use this variant" (Alt+2 does the same) hands the draft over.
  QSignalSpy chosen(&rig.pane, &ui::GenerationPane::variantChosen);
  columns[1]->findChild<QPushButton*>("useVariant")->click();
  rig.pane.useVariant(2);
  REQUIRE(chosen.count() == 2);
  CHECK(chosen[0][0].value<std::int64_t>() == columns[1]->draftId());
  CHECK(chosen[1][0].value<std::int64_t>() == columns[2]->draftId());
}

TEST_CASE("generation pane: before a run, the product's stored drafts of the open template are columns to use") {
  test::FakeServerProcess server;
  GenerationStore_ s(server, 2);
  std::vector<std::int64_t> ids(4);  // of product 1's "desc" drafts, by variant (1…3)
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    PromptTemplate other;
    other.name = "titles";
    other.userPart = "Title for {{title}}.";
    other.field = "title";
    auto otherVersion = TemplateStore(**db).save(other, "ann");
    REQUIRE(otherVersion);
    DraftStore drafts(**db);
    for (int v : {3, 1, 2}) {  // finished out of order, as the variants of a run do
      auto d = drafts.create({s.productIds[0], "description", s.version.id, std::nullopt, std::nullopt, v,
                              "fake-small", "Stored text " + std::to_string(v), "ann"});
      REQUIRE(d);
      ids[static_cast<std::size_t>(v)] = d->id;
    }
    // Another template's draft of the same product is not shown.
    REQUIRE(drafts.create({s.productIds[0], "title", otherVersion->id, std::nullopt, std::nullopt, 1, "fake-small",
                           "Other template", "ann"}));
  }
  PaneRig rig(s, "Fake", {s.productIds[0]}, 1);
  auto* placeholder = rig.pane.findChild<QLabel*>("variantsPlaceholder");
  REQUIRE(placeholder);
  REQUIRE(test::waitUntil([&] { return rig.pane.columns().size() == 3; }));
  const auto columns = rig.pane.columns();
  CHECK(placeholder->isHidden());
  // Newest first.
  CHECK(columns[0]->text() == QStringLiteral("Stored text 1"));  // a run's variants in their order
  CHECK(columns[1]->text() == QStringLiteral("Stored text 2"));
  CHECK(columns[2]->text() == QStringLiteral("Stored text 3"));
  CHECK(columns[1]->draftId() == ids[2]);
  CHECK(columns[1]->findChild<QPushButton*>("retryVariant")->isHidden());
  QSignalSpy chosen(&rig.pane, &ui::GenerationPane::variantChosen);
  columns[1]->findChild<QPushButton*>("useVariant")->click();
  REQUIRE(chosen.count() == 1);
  CHECK(chosen[0][0].value<std::int64_t>() == ids[2]);

  // A product without drafts: no columns, the hint again.
  rig.pane.setProducts({s.productIds[1]});
  REQUIRE(test::waitUntil([&] { return rig.pane.columns().isEmpty(); }));
  CHECK_FALSE(placeholder->isHidden());

  // Back to the first product, then Generate: the live column replaces the stored ones.
  rig.pane.setProducts({s.productIds[0]});
  REQUIRE(test::waitUntil([&] { return rig.pane.columns().size() == 3; }));
  REQUIRE(rig.runAndWait());
  REQUIRE(rig.pane.columns().size() == 1);
  CHECK(rig.pane.columns()[0]->state() == VariantColumn::State::Done);
  CHECK(std::find(ids.begin(), ids.end(), rig.pane.columns()[0]->draftId()) == ids.end());
}

TEST_CASE("generation pane: a 401 shows the provider's message and the profile's key to check; no draft") {
  test::FakeServerProcess server;
  GenerationStore_ s(server, 1);
  PaneRig rig(s, "Fake (bad key)", {s.productIds[0]}, 1);
  REQUIRE(rig.runAndWait());
  REQUIRE(rig.pane.columns().size() == 1);
  auto* column = rig.pane.columns()[0];
  const QString status = column->statusText();
  INFO(status.toStdString());
  CHECK(column->state() == VariantColumn::State::Failed);
  CHECK(status.contains("Incorrect API key provided"));  // the provider's own words
  CHECK(status.contains("Fake (bad key)"));               // which profile
  CHECK(status.contains("Settings"));                     // where to fix it
  CHECK(status.contains(kBadKeyEnv));
  CHECK(column->findChild<QPushButton*>("retryVariant")->isEnabled());
  CHECK_FALSE(column->findChild<QPushButton*>("useVariant")->isEnabled());
  CHECK(s.drafts().empty());
  const auto generations = s.generations();
  REQUIRE(generations.size() == 1);
  CHECK(generations[0].outcome == GenerationOutcome::Failed);
}

TEST_CASE("generation pane: Stop ends a column's stream at once, Retry writes it again, one draft per variant") {
  test::FakeServerProcess server({"--chunks", "50", "--stream-ms", "3000"});
  GenerationStore_ s(server, 1);
  PaneRig rig(s, "Fake", {s.productIds[0]}, 2);
  QSignalSpy finished(&rig.pane, &ui::GenerationPane::generationFinished);
  REQUIRE(rig.pane.generate());
  REQUIRE(test::waitUntil([&] { return rig.pane.columns().size() == 2 && !rig.pane.columns()[0]->text().isEmpty(); }));
  auto* first = rig.pane.columns()[0];
  auto* second = rig.pane.columns()[1];
  first->findChild<QPushButton*>("stopVariant")->click();
  REQUIRE(test::waitUntil([&] { return first->state() == VariantColumn::State::Stopped; }));
  CHECK(second->state() == VariantColumn::State::Writing);  // the other column goes on
  CHECK(first->statusText().contains("Stopped"));
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  CHECK(second->state() == VariantColumn::State::Done);
  CHECK(s.drafts().size() == 1);

  // Retry the stopped one: it streams again and becomes the second draft.
  auto* retry = first->findChild<QPushButton*>("retryVariant");
  REQUIRE(retry->isEnabled());
  retry->click();
  REQUIRE(test::waitUntil([&] { return first->state() == VariantColumn::State::Done; }, 20000));
  const auto drafts = s.drafts();
  REQUIRE(drafts.size() == 2);
  CHECK(std::set<int>{drafts[0].variant, drafts[1].variant} == std::set<int>{1, 2});
  CHECK(first->text().toStdString() == (drafts[0].id == first->draftId() ? drafts[0] : drafts[1]).text);

  // Stop all: every running column stops; nothing is stored for them.
  REQUIRE(test::waitUntil([&] { return !rig.pane.isRunning(); }));  // the retry's job has ended
  QSignalSpy again(&rig.pane, &ui::GenerationPane::generationFinished);
  REQUIRE(rig.pane.generate());
  REQUIRE(test::waitUntil([&] { return rig.pane.columns().size() == 2 && !rig.pane.columns()[1]->text().isEmpty(); }));
  rig.pane.stopAction()->trigger();
  REQUIRE(test::waitUntil([&] { return again.count() == 1; }));
  for (auto* column : rig.pane.columns()) CHECK(column->state() == VariantColumn::State::Stopped);
  CHECK(s.drafts().size() == 2);
}

TEST_CASE("batch dialog: estimate first, then pause (nothing new starts), resume, cancel and finish the rest") {
  test::FakeServerProcess server({"--chunks", "4", "--stream-ms", "250"});
  GenerationStore_ s(server, 12);
  ui::StoreThread store(s.path);
  ui::GenerationBridge bridge(s.path);
  ui::GenerationPane pane(store, bridge);
  REQUIRE(test::waitUntil([&] { return pane.profilesLoaded(); }));
  pane.setCheckedProfiles({"Fake"});
  pane.setModels("fake-small");
  pane.setVariants(1);
  pane.setProducts(s.productIds);
  pane.setTemplate(s.version, false);
  auto options = pane.plannedOptions();
  REQUIRE(options);
  options->run.concurrency = 2;
  ui::BatchDialog dialog(store, bridge, *options, s.productIds);
  REQUIRE(test::waitUntil([&] { return dialog.isEstimated(); }));
  INFO(dialog.estimateText().toStdString());
  CHECK(dialog.estimateText().contains("Drafts: 12,"));
  CHECK(dialog.estimateText().contains("$"));

  auto requests = [&] { return server.requestCount("/v1/chat/completions"); };
  dialog.start();
  REQUIRE(test::waitUntil([&] { return dialog.lastProgress().done() >= 2; }));
  dialog.togglePause();
  REQUIRE(dialog.isPaused());
  REQUIRE(test::waitUntil([&] { return requests() == static_cast<long long>(dialog.lastProgress().done()) && dialog.lastProgress().inFlight == 0; }));
  const auto pausedAt = requests();
  test::waitUntil([] { return false; }, 600);  // while paused nothing new is sent
  CHECK(requests() == pausedAt);
  CHECK(dialog.progressText().contains("Paused"));
  dialog.togglePause();
  REQUIRE(test::waitUntil([&] { return requests() > pausedAt + 1; }));

  // Pause, then cancel: the run ends incomplete; "Finish the rest" sends only what is missing.
  dialog.togglePause();
  REQUIRE(test::waitUntil([&] { return dialog.lastProgress().inFlight == 0 && requests() == static_cast<long long>(dialog.lastProgress().done()); }));
  dialog.cancelRun();
  REQUIRE(test::waitUntil([&] { return dialog.runsFinished() == 1; }));
  const auto sentBeforeResume = requests();
  CHECK(sentBeforeResume < 12);
  CHECK(s.drafts().size() == static_cast<std::size_t>(sentBeforeResume));
  INFO(dialog.outcomeText().toStdString());
  CHECK(dialog.outcomeText().contains("not started"));
  dialog.resumeBatch();
  REQUIRE(test::waitUntil([&] { return dialog.runsFinished() == 2; }, 20000));
  CHECK(requests() == 12);  // every slot sent exactly once over both runs
  const auto drafts = s.drafts();
  CHECK(drafts.size() == 12);
  std::set<std::int64_t> products;
  for (const Draft& d : drafts) {
    products.insert(d.productId);
    CHECK(d.batchId == dialog.batchId());
  }
  CHECK(products.size() == 12);
  CHECK(dialog.lastProgress().finished);
}
