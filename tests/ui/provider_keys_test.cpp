// The studio's keys and provider check: keys stay out of the process environment (and so out of
// every child process) yet reach the server; the start-up check, the Write page and the CLI agree
// on the default profile; the banner stops giving set-up advice once generation works.
#include <QAction>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/llm/provider_profile_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/settings_test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/generation/generation_pane.h"
#include "ui/generation/variant_column.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/provider_banner.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/settings_dialog.h"
#include "ui/studio_settings.h"
#include "ui/template_editor.h"

using namespace copydesk;

namespace {

constexpr const char* kProfile = "Shop Cloud";
constexpr const char* kKeyEnv = "COPYDESK_TEST_STUDIO_KEY";
constexpr const char* kSecret = "sk-studio-only-3f9a1c7e5b";

// What a child process started now by the studio sees in its environment.
QByteArray childEnvironment() {
  QProcess child;
  child.start(QStringLiteral("/usr/bin/env"), {});
  REQUIRE(child.waitForFinished(10000));
  REQUIRE(child.exitCode() == 0);
  return child.readAllStandardOutput();
}

QByteArray ownEnvironment() {
  QFile environ(QStringLiteral("/proc/self/environ"));
  REQUIRE(environ.open(QIODevice::ReadOnly));
  return environ.readAll();
}

// A profile on the fake server whose key is kept in the opted-in key file; the server answers only
// requests carrying that key.
void storeKeyedProfile(const test::GenerationFixture& fixture, const test::FakeServerProcess& server) {
  auto db = Database::open(fixture.path);
  REQUIRE(db);
  llm::ProviderProfile profile;
  profile.name = kProfile;
  profile.baseUrl = server.openAiBaseUrl();
  profile.defaultModel = "fake-small";
  profile.apiKeyEnv = kKeyEnv;
  profile.maxConcurrency = 0;
  profile.extraHeaders = {{"X-Fake-Require-Key", kSecret}};
  REQUIRE(llm::ProviderProfileStore(**db).save(profile));
  ui::StudioSettings().setKeySource(kProfile, ui::KeySource::PlainTextFile);
  QString error;
  REQUIRE(ui::KeyVault::storeInPlainTextFile(kProfile, kSecret, &error));
}

}  // namespace

TEST_CASE("a key the studio loads never enters its environment or a child's, yet generation and Test connection carry it") {
  test::FakeServerProcess server;
  test::GenerationFixture fixture(server, 3, {});
  test::ScopedEnv dataHome("XDG_DATA_HOME", (fixture.dir / "data").string());  // the key file goes here
  test::ScopedEnv noKeychain("COPYDESK_NO_KEYCHAIN", "1");
  unsetenv(kKeyEnv);
  storeKeyedProfile(fixture, server);

  ui::MainWindow window(test::quietWindow(fixture.path));
  window.show();
  REQUIRE(test::waitUntil([&] { return window.keyVault()->remembers(kProfile); }));

  // Loaded, and nowhere in the process environment, nor in what a child inherits.
  CHECK_FALSE(qEnvironmentVariableIsSet(kKeyEnv));
  CHECK_FALSE(ownEnvironment().contains(kSecret));
  QByteArray inherited = childEnvironment();
  CHECK_FALSE(inherited.isEmpty());
  CHECK_FALSE(inherited.contains(kSecret));
  CHECK_FALSE(inherited.contains(kKeyEnv));

  // A generation through the Write page: the fake server refuses any request without the key.
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 3; }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  window.productsPane()->view()->selectRow(0);
  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  pane->setCheckedProfiles({kProfile});
  pane->setModels("fake-small");
  pane->setVariants(1);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  QSignalSpy finished(pane, &ui::GenerationPane::generationFinished);
  pane->generateAction()->trigger();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  REQUIRE(pane->columns().size() == 1);
  INFO(pane->columns().front()->text().toStdString());
  CHECK(pane->columns().front()->state() == ui::VariantColumn::State::Done);
  CHECK(server.requestCount("/v1/chat/completions") == 1);

  // Preferences → Test connection goes through the same client and the same vault.
  ui::SettingsDialog* dialog = window.openPreferences();
  QSignalSpy listed(dialog, &ui::SettingsDialog::profilesLoaded);
  REQUIRE(listed.wait(10000));
  dialog->selectProfile(kProfile);
  QSignalSpy checked(dialog, &ui::SettingsDialog::checkFinished);
  dialog->testButton()->click();
  REQUIRE(checked.wait(15000));
  INFO(dialog->statusText().toStdString());
  CHECK(checked.first().first().toBool());
  CHECK(server.requestCount("/v1/models") == 1);
  dialog->close();

  // Still nothing in the environment after all that.
  CHECK_FALSE(qEnvironmentVariableIsSet(kKeyEnv));
  inherited = childEnvironment();
  CHECK_FALSE(inherited.contains(kSecret));
}

TEST_CASE("a built-in profile changed with copydesk-cli providers add is what the studio checks at start and generates with") {
  test::FakeServerProcess server;
  test::GenerationFixture fixture(server, 2, {});
  ui::StudioSettings().setDefaultProfile(QString());  // the built-in default, as a newcomer has it
  const auto added = test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                                      test::shellQuote(fixture.path.string()) + " providers add " +
                                      test::shellQuote("Ollama (local)") + " --base-url " + server.openAiBaseUrl() +
                                      " --model fake-small");
  INFO(added.err);
  REQUIRE(added.exitCode == 0);

  ui::MainWindowOptions options = test::quietWindow(fixture.path);
  options.probeProvider = true;
  ui::MainWindow window(options);
  ui::ProviderBanner* banner = window.providerBanner();
  REQUIRE(test::waitUntil([&] { return banner->text().contains("Generation is available"); }, 15000));
  CHECK(banner->text().contains(QString::fromStdString(server.openAiBaseUrl())));
  CHECK_FALSE(banner->text().contains("localhost:11434"));
  // It works now: no advice to start a server.
  CHECK_FALSE(banner->text().contains("start a local OpenAI-compatible server"));
  CHECK(window.generationStatus().contains("ready"));
  CHECK(server.requestCount("/v1/models") == 1);

  // The Write page offers the same profile first, and generates through it.
  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  CHECK(pane->checkedProfiles() == QStringList{"Ollama (local)"});
  REQUIRE(test::waitUntil([&] { return window.productsPane()->model()->rowCount() == 2; }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  window.productsPane()->view()->selectRow(0);
  pane->setVariants(1);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  QSignalSpy finished(pane, &ui::GenerationPane::generationFinished);
  pane->generateAction()->trigger();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  REQUIRE(pane->columns().size() == 1);
  CHECK(pane->columns().front()->state() == ui::VariantColumn::State::Done);
  CHECK(server.requestCount("/v1/chat/completions") == 1);
}
