// The real keychain path: KeyVault and Preferences against a real Secret Service.
//
// Runs only inside tests/ui/with_secret_service.sh, which gives the test a private D-Bus session
// with gnome-keyring-daemon and a throwaway, unlocked keyring (ctest does that; see
// tests/ui/CMakeLists.txt). What the keyring holds is also checked with libsecret's secret-tool,
// outside QtKeychain, so the test does not only trust the code it tests.
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTimer>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"

#include "core/llm/provider_profile_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/settings_test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/provider_profile_form.h"
#include "ui/settings/settings_dialog.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"

using namespace copydesk;

namespace {

// QtKeychain's libsecret backend files an entry under the schema "org.qt.keychain" with the
// service as "server" and the entry's key (for KeyVault: the profile name) as "user". The UTF-8
// locale lets secret-tool take a non-ASCII name where none is set (CI). Exit code 1 with nothing
// written: no such entry.
test::CommandResult secretToolLookup(const std::string& profile) {
  return test::runCommand("LC_ALL=C.UTF-8 secret-tool lookup server Copydesk user " + test::shellQuote(profile));
}

// How many entries the keyring holds for the profile (secret-tool prints "[/path]" for each and
// exits with 0 also when there are none); -1: secret-tool failed.
int secretToolEntryCount(const std::string& profile) {
  const test::CommandResult search =
      test::runCommand("LC_ALL=C.UTF-8 secret-tool search --all server Copydesk user " + test::shellQuote(profile));
  if (search.exitCode != 0) return -1;
  int count = 0;
  for (std::size_t at = 0; (at = search.out.find("[/", at)) != std::string::npos; ++at)
    if (at == 0 || search.out[at - 1] == '\n') ++count;
  return count;
}

// secret-tool's answer "there is no such entry" (and not, say, a usage error).
bool secretToolFindsNothing(const test::CommandResult& lookup) {
  return lookup.exitCode == 1 && lookup.out.empty() && lookup.err.empty();
}

// What a fresh KeyVault (nothing cached, a new job) reads for the profile: {key, error}.
std::pair<QString, QString> readThroughFreshVault(const QString& profile) {
  ui::KeyVault vault;
  QSignalSpy loaded(&vault, &ui::KeyVault::loaded);
  vault.load(profile);
  if (!loaded.wait(20000)) return {QString(), QStringLiteral("no answer from the keychain")};
  const QList<QVariant> answer = loaded.takeFirst();
  if (answer.at(0).toString() != profile) return {QString(), QStringLiteral("an answer for another profile")};
  return {answer.at(1).toString(), answer.at(2).toString()};
}

// A KeyVault that has asked whether the keychain answers.
void requireAvailable(ui::KeyVault& vault) {
  INFO("this test needs a Secret Service: run it through tests/ui/with_secret_service.sh");
  REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
  if (!vault.isKnown()) {
    QSignalSpy probed(&vault, &ui::KeyVault::probed);
    vault.probe();
    REQUIRE(probed.wait(20000));
  }
  INFO("the keychain says: " << vault.problem().toStdString());
  REQUIRE(vault.isAvailable());
}

// Clicks `button` in the next message box that opens (polled, so it does not matter how long the
// box takes to appear).
void answerNextQuestion(QMessageBox::StandardButton button) {
  auto* poll = new QTimer(qApp);
  QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box) return;
    poll->stop();
    poll->deleteLater();
    box->button(button)->click();
  });
  poll->start(20);
}

}  // namespace

TEST_CASE("KeyVault keeps a key in the Secret Service: stored, read back, really there, replaced, removed") {
  ui::KeyVault vault;
  requireAvailable(vault);
  const QString profile = QStringLiteral("Vault Test / 测试");
  const std::string first = "sk-vault-first-0a1b2c3d4e5f";
  const std::string second = "sk-vault-second-6a7b8c9d0e1f";

  QSignalSpy stored(&vault, &ui::KeyVault::stored);
  vault.store(profile, QString::fromStdString(first));
  REQUIRE(stored.wait(20000));
  CHECK(stored.first().at(0).toString() == profile);
  INFO("error: " << stored.first().at(2).toString().toStdString());
  REQUIRE(stored.first().at(1).toBool());

  auto [key, error] = readThroughFreshVault(profile);
  CHECK(error.isEmpty());
  CHECK(key.toStdString() == first);
  test::CommandResult lookup = secretToolLookup(profile.toStdString());
  INFO("secret-tool: " << lookup.err);
  CHECK(lookup.exitCode == 0);
  CHECK(lookup.out == first);

  stored.clear();
  vault.store(profile, QString::fromStdString(second));
  REQUIRE(stored.wait(20000));
  REQUIRE(stored.first().at(1).toBool());
  CHECK(readThroughFreshVault(profile).first.toStdString() == second);
  CHECK(secretToolLookup(profile.toStdString()).out == second);
  CHECK(secretToolEntryCount(profile.toStdString()) == 1);  // replaced, not a second entry beside it

  QSignalSpy removed(&vault, &ui::KeyVault::removed);
  vault.remove(profile);
  REQUIRE(removed.wait(20000));
  std::tie(key, error) = readThroughFreshVault(profile);
  CHECK(key.isEmpty());
  CHECK(error.isEmpty());  // "none stored", not a failure
  lookup = secretToolLookup(profile.toStdString());
  INFO("secret-tool: " << lookup.exitCode << " " << lookup.err);
  CHECK(secretToolFindsNothing(lookup));
  CHECK(secretToolEntryCount(profile.toStdString()) == 0);
}

TEST_CASE("with a Secret Service, Preferences keeps a saved key in the keychain only; the studio loads it at start") {
  test::TempDir dir;
  const std::filesystem::path dbPath = dir / "keychain.db";
  const QString profile = QStringLiteral("Shop Keychain");
  const std::string secret = "sk-keychain-5e4d3c2b1a09f8e7";
  qunsetenv("SHOP_KEYCHAIN_KEY");
  ui::StudioSettings settings;
  {
    ui::StoreThread store(dbPath);
    ui::KeyVault vault;
    llm::LlmClient client;
    ui::SettingsDialog dialog(store, settings, vault, client);
    QSignalSpy loaded(&dialog, &ui::SettingsDialog::profilesLoaded);
    REQUIRE(loaded.wait(10000));
    REQUIRE(test::waitUntil([&] { return vault.isKnown(); }, 20000));
    requireAvailable(vault);

    // The dialog reports the keychain as there and offers it.
    ui::ProviderProfileForm* form = dialog.form();
    CHECK(form->keychainNote().contains("Keys are kept in the OS keychain"));
    auto* model = qobject_cast<QStandardItemModel*>(form->keySourceBox()->model());
    REQUIRE(model);
    CHECK(model->item(form->keySourceBox()->findData("keychain"))->isEnabled());

    dialog.addButton()->click();
    form->nameEdit()->setText(profile);
    form->baseUrlEdit()->setText("https://llm.example.com/v1");
    form->keyEnvEdit()->setText("SHOP_KEYCHAIN_KEY");
    form->keySourceBox()->setCurrentIndex(form->keySourceBox()->findData("keychain"));
    REQUIRE(form->keySource() == ui::KeySource::Keychain);
    REQUIRE(form->keyEdit()->isEnabled());
    form->keyEdit()->setText(QString::fromStdString(secret));

    QSignalSpy stored(&vault, &ui::KeyVault::stored);
    QSignalSpy saved(&dialog, &ui::SettingsDialog::profileSaved);
    dialog.saveProfileButton()->click();
    REQUIRE(saved.wait(10000));
    REQUIRE((!stored.isEmpty() || stored.wait(20000)));
    INFO("status: " << dialog.statusText().toStdString());
    CHECK(stored.first().at(1).toBool());
    CHECK(dialog.statusText().contains("its key is in the keychain"));
    CHECK(settings.keySource(profile) == ui::KeySource::Keychain);
    // Usable right away, from the vault; the process environment never holds it.
    llm::ProviderProfile savedProfile;
    savedProfile.name = profile.toStdString();
    savedProfile.apiKeyEnv = "SHOP_KEYCHAIN_KEY";
    CHECK(vault.keySource()(savedProfile) == secret);
    CHECK_FALSE(qEnvironmentVariableIsSet("SHOP_KEYCHAIN_KEY"));

    // In the keychain, as QtKeychain reads it and as libsecret sees it.
    CHECK(readThroughFreshVault(profile).first.toStdString() == secret);
    CHECK(secretToolLookup(profile.toStdString()).out == secret);

    // Nowhere on disk that the studio writes: store, WAL, settings, the plain-text key file.
    store.waitForIdle();
    settings.setDefaultMaxTokens(settings.defaultMaxTokens());  // make sure the settings file exists
    QSettings(settings.fileName(), QSettings::NativeFormat).sync();
    const std::filesystem::path settingsFile = settings.fileName().toStdString();
    REQUIRE(std::filesystem::exists(settingsFile));
    CHECK(test::fileContains(settingsFile, "keychain"));  // the key's source is written there, the key is not
    CHECK_FALSE(test::fileContains(settingsFile, secret));
    for (const char* name : {"keychain.db", "keychain.db-wal", "keychain.db-shm"}) {
      INFO(name);
      CHECK_FALSE(test::fileContains(dir / name, secret));
    }
    CHECK_FALSE(test::fileContains(ui::KeyVault::plainTextFilePath().toStdString(), secret));
  }

  SECTION("the studio loads the key into its vault at start, not into its environment") {
    ui::MainWindow window(test::quietWindow(dbPath));
    CHECK(test::waitUntil([&] { return window.keyVault()->remembers(profile); }, 20000));
    llm::ProviderProfile saved;
    saved.name = profile.toStdString();
    saved.apiKeyEnv = "SHOP_KEYCHAIN_KEY";
    CHECK(window.keyVault()->keySource()(saved) == secret);
    CHECK_FALSE(qEnvironmentVariableIsSet("SHOP_KEYCHAIN_KEY"));
  }

  SECTION("removing the profile in Preferences removes its key from the keychain") {
    ui::StoreThread store(dbPath);
    ui::KeyVault vault;
    llm::LlmClient client;
    ui::SettingsDialog dialog(store, settings, vault, client);
    QSignalSpy loaded(&dialog, &ui::SettingsDialog::profilesLoaded);
    REQUIRE(loaded.wait(10000));
    REQUIRE(dialog.profileNames().contains(profile));
    dialog.selectProfile(profile);
    REQUIRE(dialog.removeButton()->isEnabled());
    QSignalSpy removedProfile(&dialog, &ui::SettingsDialog::profileRemoved);
    QSignalSpy removedKey(&vault, &ui::KeyVault::removed);
    answerNextQuestion(QMessageBox::Yes);
    dialog.removeButton()->click();
    REQUIRE((!removedProfile.isEmpty() || removedProfile.wait(10000)));
    REQUIRE((!removedKey.isEmpty() || removedKey.wait(20000)));
    CHECK(removedKey.first().at(0).toString() == profile);
    const auto [key, error] = readThroughFreshVault(profile);
    CHECK(key.isEmpty());
    CHECK(error.isEmpty());
    CHECK(secretToolFindsNothing(secretToolLookup(profile.toStdString())));
    CHECK(settings.keySource(profile) == ui::KeySource::Environment);
  }
  qunsetenv("SHOP_KEYCHAIN_KEY");
}
