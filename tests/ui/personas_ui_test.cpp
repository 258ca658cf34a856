// Audience personas in the studio (issue 13), offscreen against the real fake-llm-server: the
// generation pane's persona chooser writes a product × persona grid, the comparison dialog shows a
// product's persona versions side by side with a word diff, the review queue filters by persona, and
// the personas manager adds, edits and removes personas in the store.
#include <QAction>
#include <QTextDocument>
#include <QToolButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/review/review_service.h"
#include "core/store/draft_store.h"
#include "core/store/persona_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/diff/diff_view.h"
#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/generation/variant_column.h"
#include "ui/personas/persona_compare_dialog.h"
#include "ui/personas/personas_dialog.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

constexpr const char* kKeyEnv = "COPYDESK_TEST_PERSONA_UI_KEY";

struct PersonaStudio : test::GenerationFixture {
  explicit PersonaStudio(const test::FakeServerProcess& server, int products = 2)
      : GenerationFixture(server, products, {{"Fake", kKeyEnv, "sk-personas"}}) {
    auto db = Database::open(path);
    REQUIRE(db);
    // The fixture's template, written for the persona when there is one.
    PromptTemplate prompt = version.prompt;
    prompt.userPart = "Describe {{title}} (SKU {{sku}}).{{#persona}} For {{persona.name}}, {{persona.tone}}.{{/persona}}";
    auto saved = TemplateStore(**db).save(prompt, "ann");
    REQUIRE(saved);
    version = *saved;
    for (auto [name, tone] : {std::pair{"gift-buyers", "warm"}, std::pair{"学生党", "轻松"}}) {
      Persona p;
      p.name = name;
      p.tone = tone;
      REQUIRE(PersonaStore(**db).add(p));
    }
  }
};

}  // namespace

TEST_CASE("personas: the pane writes one column and one draft per persona and variant, and the comparison shows them") {
  test::FakeServerProcess server;
  PersonaStudio s(server);
  ui::StoreThread store(s.path);
  ui::GenerationBridge bridge(s.path);
  ui::GenerationPane pane(store, bridge);
  REQUIRE(test::waitUntil([&] { return pane.profilesLoaded() && pane.personaNames().size() == 2; }));
  auto* personasButton = pane.findChild<QToolButton*>("personasButton");
  REQUIRE(personasButton);
  CHECK(personasButton->text() == QStringLiteral("No persona"));
  pane.setCheckedProfiles({QStringLiteral("Fake")});
  pane.setModels(QStringLiteral("fake-small"));
  pane.setVariants(2);
  pane.setProducts({s.productIds[0]});
  pane.setTemplate(s.version, false);
  pane.setCheckedPersonas({QStringLiteral("gift-buyers"), QStringLiteral("学生党")});
  CHECK(personasButton->text() == QStringLiteral("For: gift-buyers, 学生党"));
  auto options = pane.plannedOptions();
  REQUIRE(options);
  CHECK(options->spec.personas == "gift-buyers,学生党");
  CHECK(options->run.concurrency == 4);

  // Batch over selection plans the same grid: 4 drafts, the personas named in its summary.
  {
    ui::BatchDialog dialog(store, bridge, *options, {s.productIds[0]});
    REQUIRE(test::waitUntil([&] { return dialog.isEstimated(); }));
    CHECK(dialog.estimateText().startsWith(QStringLiteral("Drafts: 4,")));
    const auto labels = dialog.findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
      return label->text() == QStringLiteral("Products: 1 × variants: 2 × models: 1 × personas: 2 (gift-buyers, 学生党)");
    }));
  }

  QSignalSpy finished(&pane, &ui::GenerationPane::generationFinished);
  REQUIRE(pane.generate());
  REQUIRE(test::waitUntil([&] { return finished.count() > 0 && !bridge.isBusy(); }, 20000));
  const auto columns = pane.columns();
  REQUIRE(columns.size() == 4);
  std::map<std::string, int> perPersona;
  for (auto* column : columns) {
    INFO(column->statusText().toStdString());
    CHECK(column->state() == ui::VariantColumn::State::Done);
    ++perPersona[column->slot().persona];
    auto* title = column->findChild<QLabel*>("variantTitle");
    REQUIRE(title);
    CHECK(title->text().startsWith(QStringLiteral("For %1 · ").arg(QString::fromStdString(column->slot().persona))));
    CHECK(column->text().contains(QStringLiteral("For %1,").arg(QString::fromStdString(column->slot().persona))));
  }
  CHECK(perPersona == std::map<std::string, int>{{"gift-buyers", 2}, {"学生党", 2}});
  const auto drafts = s.drafts();
  REQUIRE(drafts.size() == 4);
  for (const Draft& d : drafts) CHECK(d.text.find("For " + d.persona + ",") != std::string::npos);

  // Side by side: the newest draft of each persona, and any two word by word.
  ui::PersonaCompareDialog compare(store, s.productIds[0], "description");
  QSignalSpy loaded(&compare, &ui::PersonaCompareDialog::loaded);
  REQUIRE(test::waitUntil([&] { return loaded.count() == 1; }));
  CHECK(loaded[0][0].toInt() == 2);
  REQUIRE(compare.versions().size() == 2);
  CHECK(compare.versions()[0].persona == "gift-buyers");
  CHECK(compare.versions()[1].persona == "学生党");
  const auto texts = compare.findChildren<QPlainTextEdit*>("personaVersionText");
  REQUIRE(texts.size() == 2);
  CHECK(texts[0]->toPlainText().toStdString() == compare.versions()[0].text);
  CHECK(texts[1]->toPlainText().toStdString() == compare.versions()[1].text);
  CHECK(compare.leftChoice()->currentText() == QStringLiteral("For gift-buyers"));
  CHECK(compare.rightChoice()->currentText() == QStringLiteral("For 学生党"));
  CHECK(compare.diffView()->isSideBySide());
  bool changed = false;
  for (const auto& segment : compare.diffView()->segments()) changed = changed || segment.kind != DiffKind::Equal;
  CHECK(changed);
  CHECK(compare.diffView()->beforeDocument()->toPlainText().contains(QStringLiteral("gift-buyers")));
  QSignalSpy open(&compare, &ui::PersonaCompareDialog::openRequested);
  compare.findChildren<QPushButton*>("personaVersionOpen")[1]->click();
  REQUIRE(open.count() == 1);
  CHECK(open[0][0].value<std::int64_t>() == compare.versions()[1].id);
  // The same version on both sides: nothing differs.
  compare.rightChoice()->setCurrentIndex(0);
  for (const auto& segment : compare.diffView()->segments()) CHECK(segment.kind == DiffKind::Equal);
}

TEST_CASE("personas: the review queue filters by persona, and by copy for no persona") {
  test::FakeServerProcess server;
  PersonaStudio s(server);
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    const auto gift = PersonaStore(**db).find("gift-buyers").value()->id;
    const auto students = PersonaStore(**db).find("学生党").value()->id;
    DraftStore drafts(**db);
    ReviewService reviews(**db);
    auto submit = [&](const std::string& text, std::optional<std::int64_t> persona) {
      auto d = drafts.create({.productId = s.productIds[0], .field = "description", .text = text, .author = "ann",
                              .personaId = persona});
      REQUIRE(d);
      REQUIRE(reviews.submit(d->id, "ann"));
    };
    submit("plain", std::nullopt);
    submit("gift 1", gift);
    submit("gift 2", gift);
    submit("students", students);
  }
  ui::StoreThread store(s.path);
  ui::ReviewPane pane(store);
  pane.reload();
  auto* filter = pane.personaFilter();
  REQUIRE(filter);
  REQUIRE(test::waitUntil([&] { return filter->count() == 4 && !pane.model()->isLoading(); }));
  CHECK(filter->itemText(0) == QStringLiteral("All personas"));
  CHECK(filter->itemText(2) == QStringLiteral("gift-buyers"));
  CHECK(filter->itemText(3) == QStringLiteral("学生党"));
  CHECK(pane.model()->rowCount() == 4);
  auto rowsShown = [&](int rows) {
    return test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == rows; });
  };
  filter->setCurrentIndex(2);
  REQUIRE(rowsShown(2));
  REQUIRE(test::waitUntil([&] { return pane.model()->isRowLoaded(0); }));
  CHECK(pane.model()->data(pane.model()->index(0, ui::ReviewQueueModel::PersonaColumn)).toString() ==
        QStringLiteral("gift-buyers"));
  filter->setCurrentIndex(3);
  REQUIRE(rowsShown(1));
  filter->setCurrentIndex(1);  // for everyone
  REQUIRE(rowsShown(1));
  REQUIRE(test::waitUntil([&] { return pane.model()->isRowLoaded(0); }));
  CHECK(pane.model()->data(pane.model()->index(0, ui::ReviewQueueModel::PersonaColumn)).toString().isEmpty());
  filter->setCurrentIndex(0);
  REQUIRE(rowsShown(4));
}

TEST_CASE("personas: the manager adds, edits and removes personas, and offers the examples") {
  test::FakeServerProcess server;
  PersonaStudio s(server);
  ui::StoreThread store(s.path);
  ui::PersonasDialog dialog(store);
  QSignalSpy reloaded(&dialog, &ui::PersonasDialog::reloaded);
  REQUIRE(test::waitUntil([&] { return reloaded.count() >= 1; }));
  CHECK(dialog.list()->count() == 2);

  dialog.startNew();
  dialog.nameEdit()->setText(QStringLiteral("parents"));
  dialog.descriptionEdit()->setPlainText(QStringLiteral("Safety first"));
  dialog.toneEdit()->setText(QStringLiteral("calm"));
  const int before = reloaded.count();
  dialog.saveButton()->click();
  REQUIRE(test::waitUntil([&] { return reloaded.count() > before; }));
  CHECK(dialog.list()->count() == 3);
  CHECK(dialog.list()->currentItem()->text() == QStringLiteral("parents"));
  auto stored = [&](const std::string& name) {
    auto db = Database::open(s.path);
    REQUIRE(db);
    return PersonaStore(**db).find(name).value();
  };
  REQUIRE(stored("parents"));
  CHECK(stored("parents")->description == "Safety first");

  dialog.toneEdit()->setText(QStringLiteral("calm and kind"));
  const int edited = reloaded.count();
  dialog.saveButton()->click();
  REQUIRE(test::waitUntil([&] { return reloaded.count() > edited; }));
  CHECK(stored("parents")->tone == "calm and kind");

  // A second persona of that name is refused in words.
  dialog.startNew();
  dialog.nameEdit()->setText(QStringLiteral("parents"));
  QSignalSpy failed(&dialog, &ui::PersonasDialog::failed);
  dialog.saveButton()->click();
  REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
  CHECK(dialog.messageText().contains(QStringLiteral("already a persona called parents")));

  dialog.list()->setCurrentRow(0);  // gift-buyers
  const int removing = reloaded.count();
  dialog.removeButton()->click();
  REQUIRE(test::waitUntil([&] { return reloaded.count() > removing; }));
  CHECK_FALSE(stored("gift-buyers"));
  CHECK(dialog.list()->count() == 2);

  const int examples = reloaded.count();
  dialog.examplesButton()->click();
  REQUIRE(test::waitUntil([&] { return reloaded.count() > examples; }));
  CHECK(dialog.list()->count() == 5);  // parents existed: 3 of the 4 English examples were added
  CHECK(dialog.messageText() == QStringLiteral("Added 3 example persona(s)."));
}
