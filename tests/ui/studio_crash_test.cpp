// No lost copy with the real studio binary (issue 12): build/bin/copydesk restores a text a studio
// that is gone left (--recover) into its copy editor, which journals it as its own unsaved working
// copy; the studio is then killed with SIGKILL, and the next start offers the text back — through
// `copydesk --list-unsaved` and through the restore dialog of a studio started here.
#include <sys/wait.h>
#include <unistd.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include "core/store/journal_owner.h"
#include "core/store/product_store.h"
#include "core/store/unsaved_copy_journal.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window.h"
#include "ui/unsaved/unsaved_copy_dialog.h"

using namespace copydesk;

namespace {

std::string goneOwner() {
  JournalOwner owner = JournalOwner::current();
  const pid_t child = fork();
  if (child == 0) _exit(0);
  int status = 0;
  waitpid(child, &status, 0);
  owner.pid = child;
  return owner.id();
}

QProcess* startStudio(const test::TempDir& home, const std::filesystem::path& db, const QStringList& extra) {
  auto* studio = new QProcess;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), QString::fromStdString((home / "config").string()));
  studio->setProcessEnvironment(env);
  studio->setProgram(QString::fromStdString((test::binDir() / "copydesk").string()));
  studio->setArguments(QStringList{QStringLiteral("--db"), QString::fromStdString(db.string()),
                                   QStringLiteral("--no-provider-check"), QStringLiteral("--no-seed"),
                                   QStringLiteral("--default-layout")} +
                       extra);
  studio->start();
  return studio;
}

// The journal rows a process wrote (its owner id names its pid).
std::vector<UnsavedCopy> rowsOf(const std::filesystem::path& db, qint64 pid) {
  auto conn = Database::open(db);
  REQUIRE(conn);
  auto all = UnsavedCopyJournal(**conn, "").all();
  REQUIRE(all);
  std::vector<UnsavedCopy> rows;
  for (auto& row : *all) {
    const auto owner = JournalOwner::parse(row.owner);
    if (owner && owner->pid == pid) rows.push_back(row);
  }
  return rows;
}

}  // namespace

TEST_CASE("the real studio journals the copy it holds; after kill -9 the next start offers it back") {
  test::TempDir dir;
  const auto db = dir / "c.db";
  const std::string text = "Bamboo board, oiled by hand — 竹砧板";
  std::int64_t product = 0;
  {
    auto conn = Database::open(db);
    REQUIRE(conn);
    test::fillProducts(**conn, 5);
    product = ProductStore(**conn).findBySku("SKU-00002")->value().id;
    // Left by a studio that is gone, against a draft deleted since: restoring it makes the editor
    // show the product's description (no draft) and journal the text under that key itself.
    REQUIRE(UnsavedCopyJournal(**conn, goneOwner()).put(UnsavedCopyKey::copy(product, "description", 4242), text));
  }

  std::unique_ptr<QProcess> studio(startStudio(dir, db, {QStringLiteral("--recover")}));
  REQUIRE(studio->waitForStarted(10000));
  const qint64 pid = studio->processId();
  std::vector<UnsavedCopy> rows;
  // The editor's own journaling: the row under the editor's key (draft 0), the restored key's gone.
  const bool journaled = test::waitUntil(
      [&] {
        rows = rowsOf(db, pid);
        return rows.size() == 1 && rows[0].key == UnsavedCopyKey::copy(product, "description", 0) &&
               rows[0].text == text;
      },
      30000);
  INFO(studio->readAllStandardError().toStdString());
  REQUIRE(journaled);

  studio->kill();  // SIGKILL: no chance to clean up
  REQUIRE(studio->waitForFinished(10000));
  CHECK(studio->exitStatus() == QProcess::CrashExit);
  REQUIRE(rowsOf(db, pid).size() == 1);  // nothing took it out on the way down

  // The next start: what it would offer, listed by the binary itself.
  std::unique_ptr<QProcess> listing(startStudio(dir, db, {QStringLiteral("--list-unsaved")}));
  REQUIRE(listing->waitForFinished(30000));
  CHECK(listing->exitCode() == 0);
  const QString listed = QString::fromUtf8(listing->readAllStandardOutput());
  INFO(listed.toStdString());
  CHECK(listed.contains(QStringLiteral("copy\tSKU-00002\tdescription\t")));
  CHECK(listed.contains(QString::fromStdString(text)));

  // And a studio started on it asks, listing the text of the killed one.
  ui::MainWindow window(test::quietWindow(db));
  window.show();
  ui::UnsavedCopyDialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] { return (dialog = window.findChild<ui::UnsavedCopyDialog*>()) != nullptr; }));
  REQUIRE(dialog->list()->topLevelItemCount() == 1);
  CHECK(dialog->list()->topLevelItem(0)->text(0) == "SKU-00002 · Product 2");
  CHECK(dialog->entries()[0].text == text);
}
