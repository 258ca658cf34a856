// Translating approved copy in the studio (issue 14), offscreen against the real fake-llm-server: the
// language chooser, the batch dialog running a source × language batch, the review page showing a
// translation beside its source with an outdated mark once the source is edited, and the queue's
// "title → de (outdated)".
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTabWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/batch/translation_template.h"
#include "core/checks/glossary.h"
#include "core/review/review_context.h"
#include "core/store/draft_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_bridge.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_queue_model.h"
#include "ui/settings/glossary_editor.h"
#include "ui/store_thread.h"
#include "ui/translation/translate_dialog.h"
#include "ui/translation/translation_source_view.h"

using namespace copydesk;

namespace {

constexpr const char* kKeyEnv = "COPYDESK_TEST_TRANSLATE_UI_KEY";

// Two approved descriptions to translate.
std::vector<std::int64_t> approvedDrafts(const test::GenerationFixture& s) {
  auto db = Database::open(s.path);
  REQUIRE(db);
  DraftStore drafts(**db);
  std::vector<std::int64_t> ids;
  for (std::int64_t product : s.productIds) {
    auto d = drafts.create({.productId = product, .field = "description", .text = "Soft linen, 140 cm wide."});
    REQUIRE(d);
    REQUIRE(drafts.setStatus(d->id, DraftStatus::Approved));
    ids.push_back(d->id);
  }
  return ids;
}

}  // namespace

TEST_CASE("translation: languages chosen, a source × language batch run, each translation beside its source") {
  test::FakeServerProcess server;
  test::GenerationFixture s(server, 2, {{"Fake", kKeyEnv, "sk-translate"}});
  const auto sources = approvedDrafts(s);

  auto markets = loadMarkets();
  REQUIRE(markets);
  ui::TranslateDialog chooser(sources.size(), *markets);
  auto* list = chooser.findChild<QListWidget*>("translateLanguages");
  REQUIRE(list);
  CHECK(list->count() == static_cast<int>(markets->size()));
  CHECK(chooser.languages().empty());
  chooser.setChecked({"de", "ja"});
  CHECK(chooser.languages() == std::vector<std::string>{"de", "ja"});

  ui::StoreThread store(s.path);
  ui::GenerationBridge bridge(s.path);
  batch::GenerateOptions options;
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    options.spec.templateRef = batch::translationTemplateRef(**db, chooser.templateName()).value();
  }
  options.spec.sourceDrafts = sources;
  options.spec.languages = chooser.languages();
  llm::ProviderProfile profile;
  profile.name = "Fake";
  profile.baseUrl = server.openAiBaseUrl();
  profile.apiKeyEnv = kKeyEnv;
  options.spec.targets.push_back({profile, "fake-small"});
  options.spec.maxTokens = 100;
  options.run.concurrency = 4;
  ui::BatchDialog dialog(store, bridge, options, {});
  REQUIRE(test::waitUntil([&] { return dialog.isEstimated(); }));
  CHECK(dialog.estimateText().startsWith(QStringLiteral("Drafts: 4,")));
  const auto labels = dialog.findChildren<QLabel*>();
  CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
    return label->text() == QStringLiteral("Approved drafts: 2 × languages: 2 (de, ja) × models: 1");
  }));
  dialog.start();
  REQUIRE(test::waitUntil([&] { return dialog.runsFinished() == 1; }, 20000));
  INFO(dialog.outcomeText().toStdString());

  auto db = Database::open(s.path);
  REQUIRE(db);
  DraftQuery german;
  german.language = "de";
  auto translations = DraftStore(**db).list(german);
  REQUIRE(translations);
  REQUIRE(translations->size() == 2);
  // The batch writes them as they finish: find the one of the first source.
  const auto it = std::find_if(translations->begin(), translations->end(),
                               [&](const Draft& d) { return d.sourceDraftId == sources[0]; });
  REQUIRE(it != translations->end());
  const Draft& first = *it;

  // The review page: the translation beside its source, then marked outdated once the source changes.
  ui::ReviewDetailView view;
  auto context = loadReviewContext(**db, first.id);
  REQUIRE(context);
  view.setContext(*context);
  ui::TranslationSourceView* side = view.translationView();
  CHECK(view.comparisons()->currentWidget() == side);
  CHECK(side->sourceText() == QStringLiteral("Soft linen, 140 cm wide."));
  CHECK(side->translationText() == QString::fromStdString(first.text));
  CHECK_FALSE(side->showsOutdated());

  REQUIRE(DraftStore(**db).editText(sources[0], "Soft linen, 150 cm wide.", "ann"));
  context = loadReviewContext(**db, first.id);
  REQUIRE(context);
  view.setContext(*context);
  CHECK(side->showsOutdated());
  CHECK(side->sourceText() == QStringLiteral("Soft linen, 150 cm wide."));
  CHECK(view.comparisons()->tabText(ui::ReviewDetailView::SourceAndTranslation) ==
        QStringLiteral("Source and translation (outdated)"));

  // A draft that is no translation has no such tab.
  auto original = loadReviewContext(**db, sources[1]);
  REQUIRE(original);
  view.setContext(*original);
  CHECK_FALSE(view.comparisons()->isTabVisible(ui::ReviewDetailView::SourceAndTranslation));

  // The queue names the language and marks the outdated translation.
  ui::ReviewQueueModel queue(store);
  ui::ReviewQueueFilter filter;
  filter.status = std::nullopt;
  queue.setFilter(filter);
  REQUIRE(test::waitUntil([&] { return !queue.isLoading() && queue.rowCount() == 6; }));
  QStringList fields;
  for (int row = 0; row < queue.rowCount(); ++row) {
    REQUIRE(test::waitUntil([&] { return queue.isRowLoaded(row); }));
    fields << queue.data(queue.index(row, ui::ReviewQueueModel::FieldColumn)).toString();
  }
  CHECK(fields.count(QStringLiteral("description → de (outdated)")) == 1);
  CHECK(fields.count(QStringLiteral("description → ja (outdated)")) == 1);
  CHECK(fields.count(QStringLiteral("description → de")) == 1);
  CHECK(fields.count(QStringLiteral("description")) == 2);
}

TEST_CASE("translation: Preferences' glossary edits the do-not-translate terms, kept by a save") {
  test::TempDir dir;
  const auto file = dir / "checks" / "glossary.toml";
  REQUIRE(writeGlossary(file, {{"", {}, {}, {}, {"Longjing"}}, {"Acme", {"cheap"}, {}, {}, {"West Lake"}}}));
  ui::GlossaryEditor editor(file);
  REQUIRE(editor.keepTable());
  REQUIRE(editor.keepTable()->rowCount() == 1);
  CHECK(editor.keepTable()->item(0, 0)->text() == QStringLiteral("Longjing"));
  editor.selectBrand(QStringLiteral("Acme"));
  REQUIRE(editor.keepTable()->rowCount() == 1);
  editor.keepTable()->item(0, 0)->setText(QStringLiteral("Dragon Well"));
  REQUIRE(editor.isModified());
  REQUIRE(editor.save());
  auto saved = readGlossary(file);
  REQUIRE(saved);
  REQUIRE(saved->size() == 2);
  CHECK(saved->at(0).keep == std::vector<std::string>{"Longjing"});  // an entry with only keep terms stays
  CHECK(saved->at(1).keep == std::vector<std::string>{"Dragon Well"});
  CHECK(saved->at(1).banned == std::vector<std::string>{"cheap"});
}
