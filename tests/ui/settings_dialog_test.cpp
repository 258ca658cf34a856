#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"

#include "core/llm/provider_profile_store.h"
#include "core/review/reviewer_name.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"
#include "tests/ui/settings_test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/provider_profile_form.h"
#include "ui/settings/settings_dialog.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"

using namespace copydesk;

namespace {

// The dialog with its profiles listed; a new profile filled in (not saved yet).
void addProfile(ui::SettingsDialog& dialog, const QString& name, const QString& baseUrl, const QString& keyEnv) {
  dialog.addButton()->click();
  ui::ProviderProfileForm* form = dialog.form();
  form->nameEdit()->setText(name);
  form->baseUrlEdit()->setText(baseUrl);
  form->keyEnvEdit()->setText(keyEnv);
}

}  // namespace

TEST_CASE("a profile saved in Preferences is in the store, and its key is in neither the database nor QSettings") {
  test::TempDir dir;
  test::ScopedEnv dataHome("XDG_DATA_HOME", (dir / "data").string());  // the opted-in key file goes here
  ui::StoreThread store(dir / "settings.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::SettingsDialog dialog(store, settings, vault, client);
  QSignalSpy loaded(&dialog, &ui::SettingsDialog::profilesLoaded);
  REQUIRE(loaded.wait(10000));
  CHECK(dialog.profileNames().contains("OpenAI"));
  CHECK(dialog.profileNames().contains("Ollama (local)"));

  const std::string secret = "sk-test-9f8e7d6c5b4a39281706";
  addProfile(dialog, "Shop GPT", "https://llm.example.com/v1", "SHOP_GPT_KEY");
  ui::ProviderProfileForm* form = dialog.form();
  form->keySourceBox()->setCurrentIndex(form->keySourceBox()->findData("file"));

  SECTION("choosing the plain-text file without ticking the box stores no key") {
    CHECK(form->keySource() == ui::KeySource::Environment);
    CHECK_FALSE(form->keyEdit()->isEnabled());
  }

  SECTION("with the opt-in the key goes to an owner-only file, nowhere else") {
    form->plainTextOptIn()->setChecked(true);
    CHECK(form->keySource() == ui::KeySource::PlainTextFile);
    REQUIRE(form->keyEdit()->isEnabled());
    form->keyEdit()->setText(QString::fromStdString(secret));
    QSignalSpy saved(&dialog, &ui::SettingsDialog::profileSaved);
    dialog.saveProfileButton()->click();
    REQUIRE(saved.wait(10000));
    REQUIRE(loaded.wait(10000));  // the list is read again
    CHECK(dialog.profileNames().contains("Shop GPT"));
    store.waitForIdle();

    auto db = Database::open(dir / "settings.db");
    REQUIRE(db);
    auto stored = llm::ProviderProfileStore(**db).find("Shop GPT");
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->baseUrl == "https://llm.example.com/v1");
    CHECK((*stored)->apiKeyEnv == "SHOP_GPT_KEY");
    CHECK(settings.keySource("Shop GPT") == ui::KeySource::PlainTextFile);
    // The client can use it right away — from the vault, not from the process environment.
    CHECK(vault.keySource()(**stored) == secret);
    CHECK_FALSE(qEnvironmentVariableIsSet("SHOP_GPT_KEY"));

    settings.setDefaultMaxTokens(settings.defaultMaxTokens());  // make sure the settings file exists
    QSettings(settings.fileName(), QSettings::NativeFormat).sync();
    const std::filesystem::path settingsFile = settings.fileName().toStdString();
    REQUIRE(std::filesystem::exists(settingsFile));
    CHECK_FALSE(test::fileContains(settingsFile, secret));
    for (const char* name : {"settings.db", "settings.db-wal", "settings.db-shm"}) {
      INFO(name);
      CHECK_FALSE(test::fileContains(dir / name, secret));
    }
    const std::filesystem::path keyFile = ui::KeyVault::plainTextFilePath().toStdString();
    CHECK(test::fileContains(keyFile, secret));
    CHECK(QFile::permissions(ui::KeyVault::plainTextFilePath()) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(ui::KeyVault::loadFromPlainTextFile("Shop GPT").toStdString() == secret);
  }
}

TEST_CASE("with no D-Bus session bus the keychain is never asked: every call answers later that there is none") {
  // QtKeychain's libsecret path could crash here by answering a job twice (seen under parallel
  // ctest runs); the vault must not start a job at all.
  test::TempDir dir;
  test::ScopedEnv noBus("DBUS_SESSION_BUS_ADDRESS", "");
  test::ScopedEnv noSocket("XDG_RUNTIME_DIR", dir.path().string());  // an empty folder: no "bus" in it
  test::ScopedEnv noSwitch("COPYDESK_NO_KEYCHAIN", "0");
  ui::KeyVault vault;
  vault.probe();
  REQUIRE(vault.isKnown());
  CHECK_FALSE(vault.isAvailable());
  CHECK(vault.problem().contains("D-Bus"));

  QSignalSpy stored(&vault, &ui::KeyVault::stored);
  QSignalSpy loaded(&vault, &ui::KeyVault::loaded);
  QSignalSpy removed(&vault, &ui::KeyVault::removed);
  vault.store("Shop GPT", "sk-never-stored");
  vault.load("Shop GPT");
  vault.remove("Shop GPT");
  CHECK(stored.isEmpty());  // answers come from the event loop, as a keychain job's would
  REQUIRE(test::waitUntil([&] { return !stored.isEmpty() && !loaded.isEmpty() && !removed.isEmpty(); }));
  CHECK_FALSE(stored.first().at(1).toBool());
  CHECK(stored.first().at(2).toString().contains("D-Bus"));
  CHECK(loaded.first().at(1).toString().isEmpty());
  CHECK(loaded.first().at(2).toString().contains("D-Bus"));
  CHECK(removed.first().at(0).toString() == "Shop GPT");
}

TEST_CASE("without a keychain the dialog says so and offers an environment variable") {
  test::TempDir dir;
  ui::StoreThread store(dir / "nokeychain.db");
  ui::StudioSettings settings;

  SECTION("switched off") {
    test::ScopedEnv off("COPYDESK_NO_KEYCHAIN", "1");
    ui::KeyVault vault;
    llm::LlmClient client;
    ui::SettingsDialog dialog(store, settings, vault, client);
    REQUIRE(test::waitUntil([&] { return vault.isKnown(); }));
    CHECK_FALSE(vault.isAvailable());
    ui::ProviderProfileForm* form = dialog.form();
    CHECK(form->keychainNote().contains("No keychain is available"));
    CHECK(form->keychainNote().contains("environment variable"));
    auto* model = qobject_cast<QStandardItemModel*>(form->keySourceBox()->model());
    REQUIRE(model);
    CHECK_FALSE(model->item(form->keySourceBox()->findData("keychain"))->isEnabled());
    form->keySourceBox()->setCurrentIndex(form->keySourceBox()->findData("keychain"));
    CHECK(form->keySource() == ui::KeySource::Environment);
    CHECK_FALSE(form->keyEdit()->isEnabled());
  }

  SECTION("as found in this session (offscreen test runs have no keychain service)") {
    ui::KeyVault vault;
    llm::LlmClient client;
    ui::SettingsDialog dialog(store, settings, vault, client);
    REQUIRE(test::waitUntil([&] { return vault.isKnown(); }, 60000));
    if (vault.isAvailable()) {
      WARN("a keychain answers in this session; the unavailable path is covered by the section above");
      CHECK(dialog.form()->keychainNote().contains("OS keychain"));
    } else {
      INFO(vault.problem().toStdString());
      CHECK(dialog.form()->keychainNote().contains("environment variable"));
    }
  }
}

TEST_CASE("Test connection and Fetch models ask the server off the GUI thread and list its models") {
  test::FakeServerProcess server;
  REQUIRE(server.running());
  test::TempDir dir;
  ui::StoreThread store(dir / "check.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::SettingsDialog dialog(store, settings, vault, client);
  QSignalSpy loaded(&dialog, &ui::SettingsDialog::profilesLoaded);
  REQUIRE(loaded.wait(10000));
  addProfile(dialog, "Fake", QString::fromStdString(server.openAiBaseUrl()), "COPYDESK_TEST_FAKE_KEY");
  QSignalSpy finished(&dialog, &ui::SettingsDialog::checkFinished);

  SECTION("a reachable server: its models, and the fetched list fills the form") {
    dialog.fetchButton()->click();
    CHECK_FALSE(dialog.fetchButton()->isEnabled());  // running, and the GUI thread is free meanwhile
    REQUIRE(finished.wait(15000));
    CHECK(finished.first().first().toBool());
    CHECK(dialog.statusText().contains("Models (3)"));
    CHECK(dialog.statusText().contains("fake-small"));
    CHECK(dialog.form()->profile().models == std::vector<std::string>{"fake-small", "fake-large", "fake-reasoner"});
    CHECK(dialog.form()->defaultModelBox()->currentText() == "fake-small");
    CHECK(server.requestCount("/v1/models") == 1);
  }

  SECTION("a wrong key: the provider's message") {
    test::ScopedEnv key("COPYDESK_TEST_FAKE_KEY", "bad-key");
    dialog.testButton()->click();
    REQUIRE(finished.wait(15000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(dialog.statusText().contains("Connection failed"));
    CHECK(dialog.statusText().contains("Incorrect API key"));
  }
}

TEST_CASE("the generation defaults and the reviewer name are kept; reviews use the name") {
  test::TempDir dir;
  ui::StoreThread store(dir / "defaults.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  {
    ui::SettingsDialog dialog(store, settings, vault, client);
    QSignalSpy loaded(&dialog, &ui::SettingsDialog::profilesLoaded);
    REQUIRE(loaded.wait(10000));
    dialog.defaultProfileBox()->setCurrentText("DeepSeek");
    dialog.temperatureSpin()->setValue(0.3);
    dialog.maxTokensSpin()->setValue(2000);
    dialog.reviewerEdit()->setText("Lin");
    dialog.accept();
  }
  store.waitForIdle();
  ui::StudioSettings reread;
  CHECK(reread.defaultProfile() == "DeepSeek");
  CHECK(reread.defaultTemperature() == Approx(0.3));
  CHECK(reread.defaultMaxTokens() == 2000);
  auto db = Database::open(dir / "defaults.db");
  REQUIRE(db);
  CHECK(reviewerName(**db) == "Lin");
  CHECK(reviewerName(**db, "Ann") == "Ann");  // an explicit name still wins

  ui::SettingsDialog again(store, settings, vault, client);
  QSignalSpy loaded(&again, &ui::SettingsDialog::profilesLoaded);
  REQUIRE(loaded.wait(10000));
  CHECK(again.reviewerEdit()->text() == "Lin");
  CHECK(again.defaultProfileBox()->currentText() == "DeepSeek");

  if (const QByteArray shots = qgetenv("COPYDESK_TEST_SCREENSHOTS"); !shots.isEmpty()) {
    again.resize(960, 720);
    again.show();
    again.selectProfile("OpenAI");
    test::waitUntil([] { return false; }, 300);
    again.grab().save(QString::fromUtf8(shots) + "/settings-providers.png");
    again.tabs()->setCurrentIndex(1);
    again.grab().save(QString::fromUtf8(shots) + "/settings-generation.png");
  }
}
