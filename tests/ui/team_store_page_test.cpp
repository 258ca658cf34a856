// Preferences → Team store (issue 11): Test connection against the run's PostgreSQL server names the
// role and the schema version, or words why not; Switch keeps the address in the settings without a
// password and hands the studio the store to reopen on.
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/store_source.h"
#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/team_store_page.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"

using namespace copydesk;

namespace {

constexpr int kPatienceMs = 30000;

// A page with no keychain (as on CI): the password then comes from ~/.pgpass or PGPASSWORD.
struct PageFixture {
  ui::StudioSettings settings;
  ui::KeyVault vault;
  ui::TeamStorePage page;

  PageFixture() : page(withoutKeychain(settings), vault, "/home/anna/copydesk.db") {}

  static ui::StudioSettings& withoutKeychain(ui::StudioSettings& settings) {
    qputenv("COPYDESK_NO_KEYCHAIN", "1");
    settings.setStoreSource(QString());  // the settings of the run are shared by its tests
    return settings;
  }
  ~PageFixture() {
    settings.setStoreSource(QString());
    qunsetenv("COPYDESK_NO_KEYCHAIN");
  }

  // Test connection on this address; the worded result.
  QString test(const std::string& uri) {
    page.teamChoice()->setChecked(true);
    page.uriEdit()->setText(QString::fromStdString(uri));
    QSignalSpy finished(&page, &ui::TeamStorePage::checkFinished);
    page.testButton()->click();
    REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }, kPatienceMs));
    return page.resultText();
  }
};

}  // namespace

TEST_CASE("team store page: Test connection names the role and the schema version of a team store", "[postgres]") {
  const test::PostgresTestDatabase database = test::createTestDatabase();
  REQUIRE(Database::open(database.connectionString()).ok());  // a store made by a first studio
  PageFixture f;
  CHECK(f.page.localChoice()->isChecked());  // nothing chosen yet: this desk's own file
  CHECK_FALSE(f.page.testButton()->isEnabled());

  const QString result = f.test(database.uri());
  CHECK(result == QString("Connected as postgres, schema version %1.").arg(latestSchemaVersion()));
  CHECK(f.page.keychainText().startsWith("No keychain answers here"));
  CHECK(f.page.keychainText().contains("~/.pgpass or PGPASSWORD"));
}

TEST_CASE("team store page: an empty database is offered as a new store", "[postgres]") {
  const test::PostgresTestDatabase database = test::createTestDatabase();
  PageFixture f;
  CHECK(f.test(database.connectionString()).startsWith("Connected as postgres. The database has no Copydesk store yet"));
}

TEST_CASE("team store page: a database that does not exist is worded, with no password shown", "[postgres]") {
  PageFixture f;
  const std::string server = test::PostgresTestServer::instance().connectionString();
  f.page.passwordEdit()->setText("hunter2");
  const QString result = f.test(test::toUri(test::withDatabase(server, "copydesk_no_such_db")));
  CHECK(result.startsWith("Not connected: "));
  CHECK(result.contains("cannot connect to the team store"));
  CHECK(result.contains("\"copydesk_no_such_db\" does not exist"));
  CHECK_FALSE(result.contains("hunter2"));
}

TEST_CASE("team store page: a database that cannot classify Chinese characters is refused in words", "[postgres]") {
  const std::string server = test::PostgresTestServer::instance().connectionString();
  const std::string name = "copydesk_test_c_ctype_" + std::to_string(QCoreApplication::applicationPid());
  {
    test::PgConnection admin(test::withDatabase(server, "postgres"));
    admin.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
  }
  const test::PostgresTestDatabase database(server, name);  // dropped at the end
  PageFixture f;
  const QString result = f.test(database.connectionString());
  CHECK(result.contains("this database cannot search Chinese text"));
  CHECK(result.contains("'C'"));
}

TEST_CASE("team store page: Switch keeps the address without its password and hands over the store", "[postgres]") {
  const test::PostgresTestDatabase database = test::createTestDatabase();
  PageFixture f;
  f.page.teamChoice()->setChecked(true);
  f.page.uriEdit()->setText(QString::fromStdString(database.uri()));
  f.page.passwordEdit()->setText("s3cret-pw");
  QSignalSpy switched(&f.page, &ui::TeamStorePage::switchRequested);
  f.page.switchButton()->click();
  REQUIRE(test::waitUntil([&] { return !switched.isEmpty(); }, kPatienceMs));

  CHECK(f.settings.storeSource() == QString::fromStdString(database.uri()));
  QFile file(f.settings.fileName());
  REQUIRE(file.open(QIODevice::ReadOnly));
  const QByteArray stored = file.readAll();
  CHECK(stored.contains(QByteArray::fromStdString(database.name())));
  CHECK_FALSE(stored.contains("s3cret-pw"));
  // The studio gets the password in memory, and shows it nowhere.
  const auto source = switched.first().first().value<std::filesystem::path>().native();
  CHECK(source.find("s3cret-pw") != std::string::npos);
  CHECK(redactedSource(source).find("s3cret-pw") == std::string::npos);
  REQUIRE(Database::open(source).ok());
}

TEST_CASE("team store page: Switch to this desk's own store forgets the team store") {
  PageFixture f;
  f.settings.setStoreSource("postgresql://anna@db.example.com/copydesk");
  ui::TeamStorePage page(f.settings, f.vault, "postgresql://anna@db.example.com/copydesk");
  CHECK(page.teamChoice()->isChecked());
  CHECK(page.uriEdit()->text() == "postgresql://anna@db.example.com/copydesk");
  page.localChoice()->setChecked(true);
  CHECK_FALSE(page.uriEdit()->isEnabled());
  QSignalSpy switched(&page, &ui::TeamStorePage::switchRequested);
  page.switchButton()->click();
  REQUIRE(switched.size() == 1);
  CHECK(f.settings.storeSource().isEmpty());
  CHECK(switched.first().first().value<std::filesystem::path>().filename() == "copydesk.db");
}

TEST_CASE("team store page: Preferences has it, naming the store open now") {
  test::TempDir dir;
  qputenv("COPYDESK_NO_KEYCHAIN", "1");
  ui::StoreThread store(dir / "prefs.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::SettingsDialog dialog(store, settings, vault, client);
  REQUIRE(dialog.teamStorePage() != nullptr);
  QStringList tabs;
  for (int i = 0; i < dialog.tabs()->count(); ++i) tabs << dialog.tabs()->tabText(i).remove('&');
  CHECK(tabs.contains("Team store"));
  const auto* now = dialog.teamStorePage()->findChild<QLabel*>("teamStoreCurrent");
  REQUIRE(now != nullptr);
  CHECK(now->text().contains("prefs.db"));
  store.waitForIdle();
  qunsetenv("COPYDESK_NO_KEYCHAIN");
}
