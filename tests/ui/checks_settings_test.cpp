// Preferences → Checks and Glossary: the rule files in force, a broken file's FILE:LINE:COLUMN,
// editing (the shipped file copied to the user's folder first), restoring, and the glossary saved
// on OK and applied by the reloaded rule book.
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/checks/checker.h"
#include "core/checks/glossary.h"
#include "core/checks/rule_book.h"
#include "tests/support/test_paths.h"
#include "tests/ui/settings_test_support.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/settings/checks_settings_page.h"
#include "ui/settings/glossary_editor.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/settings_dialog.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"

using namespace copydesk;
namespace fs = std::filesystem;

namespace {

using Page = ui::ChecksSettingsPage;

void writeFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

QString cell(const Page& page, int row, int column) {
  const QTableWidgetItem* item = page.table()->item(row, column);
  return item ? item->text() : QString();
}

// A rule set of the user's own; `severity` on line 10, so a wrong one is reported there.
std::string houseRules(const std::string& severity) {
  return "[set]\n"                           // 1
         "id = \"house\"\n"                  // 2
         "name_en = \"House style\"\n"       // 3
         "name_zh = \"本店风格\"\n"           // 4
         "market = \"any\"\n"                // 5
         "version = 1\n"                     // 6
         "\n"                                // 7
         "[[rule]]\n"                        // 8
         "id = \"hype\"\n"                   // 9
         "severity = \"" + severity + "\"\n"  // 10
         "kind = \"terms\"\n"                // 11
         "terms = [\"insanely great\"]\n";   // 12
}

bool hasFinding(const RuleBook& book, const std::string& text, const std::string& brand, const std::string& rule) {
  CheckInput input;
  input.text = text;
  input.field = "description";
  input.brand = brand;
  const auto findings = runChecks(book, input);
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; });
}

// Every test reads the shipped rules from the source tree and keeps the user's in a folder of its own.
struct ChecksFixture {
  test::TempDir dir;
  fs::path userDir = dir / "checks";
  test::ScopedEnv checksDir{"COPYDESK_CHECKS_DIR", userDir.string()};
};

}  // namespace

TEST_CASE("the Checks tab lists every shipped rule set with its id, origin, rule count and file") {
  ChecksFixture fixture;
  ui::RuleBookHolder rules;
  REQUIRE_FALSE(rules.book()->sets.empty());
  Page page(rules);

  CHECK(page.table()->rowCount() == static_cast<int>(rules.book()->sets.size() + rules.problems().size()));
  for (const RuleSetInfo& set : rules.book()->sets) {
    INFO(set.id);
    const int row = page.rowOf(set.file);
    REQUIRE(row >= 0);
    CHECK(cell(page, row, Page::IdColumn) == QString::fromStdString(set.id));
    CHECK(cell(page, row, Page::NameColumn) == QString::fromStdString(set.nameEn));  // the tests run in English
    CHECK(cell(page, row, Page::OriginColumn) == "Shipped");
    CHECK(cell(page, row, Page::RulesColumn) == QString::number(set.ruleCount));
    CHECK(cell(page, row, Page::FileColumn) == QString::fromStdString(set.file.string()));
  }
  const auto ids = [&] {
    QStringList list;
    for (int row = 0; row < page.table()->rowCount(); ++row) list << cell(page, row, Page::IdColumn);
    return list;
  }();
  CHECK(ids.contains("cn-ad-law"));
  CHECK(ids.contains("marketplace"));
  CHECK(page.problemList()->count() == 0);  // the shipped files load
  CHECK_FALSE(page.restoreButton()->isEnabled());  // nothing of the user's to remove
}

TEST_CASE("Preferences has the Checks and Glossary tabs when given the rule book") {
  ChecksFixture fixture;
  ui::StoreThread store(fixture.dir / "prefs.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::RuleBookHolder rules;
  ui::SettingsDialog dialog(store, settings, vault, client);
  dialog.addChecksPages(rules);
  REQUIRE(dialog.checksPage());
  REQUIRE(dialog.glossaryEditor());
  QStringList tabs;
  for (int i = 0; i < dialog.tabs()->count(); ++i) tabs << dialog.tabs()->tabText(i).remove('&');
  CHECK(tabs.contains("Checks"));
  CHECK(tabs.contains("Glossary"));
  store.waitForIdle();
}

TEST_CASE("a broken user rule file shows its FILE:LINE:COLUMN problem; Reload after fixing it clears it") {
  ChecksFixture fixture;
  const fs::path house = fixture.userDir / "house.toml";
  writeFile(house, houseRules("loud"));
  ui::RuleBookHolder rules;
  Page page(rules);

  REQUIRE(page.problemList()->count() == 1);
  CHECK_FALSE(page.problemList()->isHidden());
  const QString problem = page.problemList()->item(0)->text();
  INFO(problem.toStdString());
  const QRegularExpression where(QRegularExpression::escape(QString::fromStdString(house.string())) + ":10:\\d+: ");
  CHECK(where.match(problem).hasMatch());
  CHECK(problem.contains("loud"));
  const QColor red = page.problemList()->item(0)->foreground().color();
  CHECK(red.red() > 150);
  CHECK(red.green() < red.red() / 2);  // red on the light palette and on the dark one
  const int row = page.rowOf(house);
  REQUIRE(row >= 0);
  CHECK(cell(page, row, Page::NameColumn) == "Does not load");
  CHECK(cell(page, row, Page::OriginColumn) == "Yours");
  CHECK(page.table()->item(row, Page::NameColumn)->toolTip() == problem);
  CHECK(page.table()->item(row, Page::NameColumn)->foreground().color() == red);

  writeFile(house, houseRules("warning"));
  QSignalSpy changed(&rules, &ui::RuleBookHolder::changed);
  page.reloadButton()->click();
  CHECK(changed.count() == 1);
  CHECK(page.problemList()->count() == 0);
  CHECK(page.problemList()->isHidden());
  const int fixed = page.rowOf(house);
  REQUIRE(fixed >= 0);
  CHECK(cell(page, fixed, Page::NameColumn) == "House style");
  CHECK(cell(page, fixed, Page::IdColumn) == "house");
  CHECK(cell(page, fixed, Page::RulesColumn) == "1");
  CHECK(hasFinding(*rules.book(), "An insanely great kettle.", "", "house.hype"));
}

TEST_CASE("Edit rule file copies a shipped file into the user's folder and opens the copy; Restore shipped removes it") {
  ChecksFixture fixture;
  ui::RuleBookHolder rules;
  Page page(rules);
  QList<QUrl> opened;
  page.setUrlOpener([&](const QUrl& url) { opened << url; });

  const auto shipped = std::find_if(rules.book()->sets.begin(), rules.book()->sets.end(),
                                    [](const RuleSetInfo& set) { return set.id == "cn-ad-law"; });
  REQUIRE(shipped != rules.book()->sets.end());
  const fs::path shippedFile = shipped->file;
  const fs::path copy = fixture.userDir / shippedFile.filename();
  REQUIRE_FALSE(fs::exists(copy));
  page.selectFile(shippedFile);
  REQUIRE(page.editButton()->isEnabled());
  page.editButton()->click();

  REQUIRE(fs::exists(copy));
  CHECK(readFile(copy) == readFile(shippedFile));
  REQUIRE(opened.size() == 1);
  CHECK(opened.front() == QUrl::fromLocalFile(QString::fromStdString(copy.string())));
  // The copy is in force now, as the user's, and replaces the shipped set.
  const int row = page.rowOf(copy);
  REQUIRE(row >= 0);
  CHECK(cell(page, row, Page::OriginColumn) == "Yours (replaces shipped)");
  CHECK(page.rowOf(shippedFile) == -1);
  CHECK(page.restoreButton()->isEnabled());

  SECTION("editing the user's copy again opens it without copying over it") {
    writeFile(copy, readFile(copy) + "\n# my note\n");
    page.editButton()->click();
    REQUIRE(opened.size() == 2);
    CHECK(opened.back() == opened.front());
    CHECK(readFile(copy).find("# my note") != std::string::npos);
  }
  SECTION("Restore shipped asks, and only a yes removes the copy") {
    QString asked;
    page.setConfirmation([&](const QString& question) {
      asked = question;
      return false;
    });
    page.restoreButton()->click();
    CHECK(asked.contains(QString::fromStdString(copy.string())));
    CHECK(fs::exists(copy));

    page.setConfirmation([](const QString&) { return true; });
    page.restoreButton()->click();
    CHECK_FALSE(fs::exists(copy));
    const int back = page.rowOf(shippedFile);
    REQUIRE(back >= 0);
    CHECK(cell(page, back, Page::OriginColumn) == "Shipped");
  }
  SECTION("Show folder opens the user's checks folder") {
    page.folderButton()->click();
    REQUIRE(opened.size() == 2);
    CHECK(opened.back() == QUrl::fromLocalFile(QString::fromStdString(fixture.userDir.string())));
  }
}

TEST_CASE("a brand and a banned term added in the glossary are saved on OK and checked at once") {
  ChecksFixture fixture;
  ui::StoreThread store(fixture.dir / "prefs.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::RuleBookHolder rules;
  CHECK_FALSE(hasFinding(*rules.book(), "A miracle kettle.", "Acme", "glossary.banned"));

  ui::SettingsDialog dialog(store, settings, vault, client);
  dialog.addChecksPages(rules);
  ui::GlossaryEditor* glossary = dialog.glossaryEditor();
  REQUIRE(glossary);
  CHECK(glossary->brands().front().isEmpty());  // "Every brand" first
  CHECK(glossary->addBrand("Acme"));
  CHECK(glossary->currentBrand() == "Acme");
  CHECK(glossary->brands().contains("Acme"));
  const int banned = glossary->addRow(glossary->bannedTable());
  glossary->bannedTable()->item(banned, 0)->setText("miracle");
  const int preferred = glossary->addRow(glossary->preferredTable());
  glossary->preferredTable()->item(preferred, 0)->setText("wifi");
  glossary->preferredTable()->item(preferred, 1)->setText("Wi-Fi");
  glossary->addRow(glossary->requiredTable());  // left blank: not saved
  // Another brand's terms are its own.
  glossary->selectBrand(QString());
  CHECK(glossary->bannedTable()->rowCount() == 0);
  glossary->selectBrand("Acme");
  REQUIRE(glossary->bannedTable()->rowCount() == 1);
  CHECK(glossary->bannedTable()->item(0, 0)->text() == "miracle");

  QSignalSpy changed(&rules, &ui::RuleBookHolder::changed);
  dialog.accept();
  CHECK(changed.count() == 1);
  CHECK(dialog.result() == QDialog::Accepted);

  const fs::path file = fixture.userDir / "glossary.toml";
  REQUIRE(fs::exists(file));
  CHECK(readFile(file).find("miracle") != std::string::npos);
  auto read = readGlossary(file);
  REQUIRE(read);
  const auto acme = std::find_if(read->begin(), read->end(), [](const GlossaryEntry& e) { return e.brand == "Acme"; });
  REQUIRE(acme != read->end());
  CHECK(acme->banned == std::vector<std::string>{"miracle"});
  CHECK(acme->required.empty());
  REQUIRE(acme->preferred.size() == 1);
  CHECK(acme->preferred.front() == std::pair<std::string, std::string>{"wifi", "Wi-Fi"});

  CHECK(hasFinding(*rules.book(), "A miracle kettle.", "Acme", "glossary.banned"));
  CHECK_FALSE(hasFinding(*rules.book(), "A miracle kettle.", "Other", "glossary.banned"));
  CHECK(rules.problems().empty());
  // The Checks tab follows: the glossary is the user's now.
  const int row = dialog.checksPage()->rowOf(file);
  REQUIRE(row >= 0);
  CHECK(cell(*dialog.checksPage(), row, Page::OriginColumn).startsWith("Yours"));

  SECTION("a second Preferences shows the saved brand and terms") {
    ui::GlossaryEditor again(file);
    CHECK(again.brands().contains("Acme"));
    again.selectBrand("Acme");
    REQUIRE(again.bannedTable()->rowCount() == 1);
    CHECK(again.bannedTable()->item(0, 0)->text() == "miracle");
    CHECK_FALSE(again.isModified());
  }
  store.waitForIdle();
}

TEST_CASE("OK without touching the glossary writes no glossary file") {
  ChecksFixture fixture;
  ui::StoreThread store(fixture.dir / "prefs.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::RuleBookHolder rules;
  ui::SettingsDialog dialog(store, settings, vault, client);
  dialog.addChecksPages(rules);
  QSignalSpy changed(&rules, &ui::RuleBookHolder::changed);
  dialog.accept();
  CHECK(changed.count() == 0);
  CHECK_FALSE(fs::exists(fixture.userDir / "glossary.toml"));
  store.waitForIdle();
}

TEST_CASE("a glossary edited by hand is read again on Reload, and one that does not load is not written over") {
  ChecksFixture fixture;
  const fs::path file = fixture.userDir / "glossary.toml";
  fs::create_directories(fixture.userDir);
  REQUIRE(writeGlossary(file, {GlossaryEntry{"Acme", {"miracle"}, {}, {}}}));
  ui::StoreThread store(fixture.dir / "prefs.db");
  ui::StudioSettings settings;
  ui::KeyVault vault;
  llm::LlmClient client;
  ui::RuleBookHolder rules;
  ui::SettingsDialog dialog(store, settings, vault, client);
  dialog.addChecksPages(rules);
  ui::GlossaryEditor* glossary = dialog.glossaryEditor();
  CHECK(glossary->brands() == QStringList{QString(), "Acme"});

  REQUIRE(writeGlossary(file, {GlossaryEntry{"Acme", {"miracle"}, {}, {}}, GlossaryEntry{"Brightly", {"cheap"}, {}, {}}}));
  dialog.checksPage()->reloadButton()->click();
  CHECK(glossary->brands() == QStringList{QString(), "Acme", "Brightly"});

  const std::string broken = readFile(file) + "\n[[brand\n";
  writeFile(file, broken);
  dialog.checksPage()->reloadButton()->click();
  CHECK(glossary->hasLoadProblem());
  CHECK_FALSE(glossary->brandBox()->isEnabled());
  CHECK(dialog.checksPage()->rowOf(file) >= 0);
  CHECK(dialog.checksPage()->problemList()->count() == 1);
  dialog.accept();
  CHECK(readFile(file) == broken);  // the user's file is left for them to fix
  store.waitForIdle();
}
