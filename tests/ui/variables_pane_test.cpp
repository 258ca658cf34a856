#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "core/store/product_store.h"
#include "core/store/variable_preset_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/rendered_prompt_view.h"
#include "ui/store_thread.h"
#include "ui/variables/variables_pane.h"

using namespace copydesk;

TEST_CASE("variable presets are saved to the store and loaded back") {
  test::TempDir dir;
  ui::StoreThread store(dir / "presets.db");
  ui::VariablesPane pane(store);
  pane.field("brand_voice")->setText("warm, expert");
  pane.field("audience")->setText("tea lovers");
  pane.field("tone")->setText("温和");
  pane.field("keywords")->setText("organic, loose leaf");
  CHECK(pane.currentVariables() ==
        Json{{"brand_voice", "warm, expert"}, {"audience", "tea lovers"}, {"keywords", "organic, loose leaf"}, {"tone", "温和"}});

  QSignalSpy saved(&pane, &ui::VariablesPane::presetSaved);
  pane.savePreset("Tea shop");
  REQUIRE(saved.wait(10000));
  store.waitForIdle();
  {
    auto db = Database::open(dir / "presets.db");
    REQUIRE(db);
    auto stored = VariablePresetStore(**db).load("Tea shop");
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((**stored)["tone"] == "温和");
    CHECK_FALSE((**stored).contains("length"));  // empty fields are not variables
  }
  REQUIRE(test::waitUntil([&] { return pane.presetNames() == QStringList{"Tea shop"}; }));

  pane.setVariables(Json::object());
  CHECK(pane.currentVariables().empty());
  QSignalSpy changed(&pane, &ui::VariablesPane::variablesChanged);
  QSignalSpy presetLoaded(&pane, &ui::VariablesPane::presetLoaded);
  pane.loadPreset("Tea shop");
  REQUIRE(presetLoaded.wait(10000));
  CHECK(pane.field("audience")->text() == "tea lovers");
  CHECK(pane.field("tone")->text() == "温和");
  CHECK(changed.count() == 1);  // one change for the whole preset
  CHECK(changed.first().first().value<Json>() == pane.currentVariables());
  if (const QByteArray shots = qgetenv("COPYDESK_TEST_SCREENSHOTS"); !shots.isEmpty()) {
    pane.resize(380, 320);
    pane.grab().save(QString::fromUtf8(shots) + "/variables-pane.png");
  }

  // A second pane on the same file sees the preset (it is in the store, not in the widget).
  ui::VariablesPane other(store);
  QSignalSpy listed(&other, &ui::VariablesPane::presetsLoaded);
  other.reloadPresets();
  REQUIRE(listed.wait(10000));
  CHECK(other.presetNames() == QStringList{"Tea shop"});
}

TEST_CASE("changing a variable re-renders the prompt with it") {
  test::TempDir dir;
  std::int64_t productId = 0;
  {
    auto db = Database::open(dir / "render.db");
    REQUIRE(db);
    Product product;
    product.sku = "TEA-1";
    product.title = "Longjing green tea";
    auto id = ProductStore(**db).upsert(product);
    REQUIRE(id);
    productId = id->id;
  }
  ui::StoreThread store(dir / "render.db");
  ui::RenderedPromptView view(store);
  ui::VariablesPane pane(store);
  QObject::connect(&pane, &ui::VariablesPane::variablesChanged, &view, &ui::RenderedPromptView::setVariables);
  PromptTemplate prompt;
  prompt.name = "t";
  prompt.userPart = "Describe {{title}}.{{#tone}} Tone: {{tone}}.{{/tone}}";
  view.setTemplate(prompt);
  view.setProduct(productId);
  REQUIRE(test::waitUntil([&] { return view.userText() == "Describe Longjing green tea."; }));

  pane.field("tone")->setText("playful");
  REQUIRE(test::waitUntil([&] { return view.userText() == "Describe Longjing green tea. Tone: playful."; }));
  pane.field("tone")->clear();
  REQUIRE(test::waitUntil([&] { return view.userText() == "Describe Longjing green tea."; }));
}

TEST_CASE("the rendered prompt shows its token estimate and its cost with the chosen profile") {
  test::TempDir dir;
  ui::StoreThread store(dir / "estimate.db");
  ui::RenderedPromptView view(store);
  PromptTemplate prompt;
  prompt.name = "t";
  prompt.userPart = std::string(400, 'a');  // ~100 tokens at ~4 characters a token
  view.setTemplate(prompt);
  view.render();
  REQUIRE(test::waitUntil([&] { return view.userText().size() == 400; }));
  CHECK(view.estimateText() == "Input ≈ 100 tokens");

  llm::ProviderProfile profile;
  profile.name = "Priced";
  profile.inputPricePerMTok = 10;   // 100 tokens: $0.001
  profile.outputPricePerMTok = 20;  // 500 tokens: $0.01
  view.setCostProfile(profile, 500);
  CHECK(view.estimateText() == "Input ≈ 100 tokens · up to $0.0110 with Priced (500 output tokens at most)");

  profile.inputPricePerMTok = profile.outputPricePerMTok = 0;
  view.setCostProfile(profile, 500);
  CHECK(view.estimateText().contains("Priced has no prices set"));
}
