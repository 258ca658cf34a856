#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <catch2/catch.hpp>

#include "core/export/audit_export.h"
#include "core/review/review_service.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/review/audit_table_model.h"
#include "ui/review/audit_view.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

QString shown(ui::AuditView& view, int row, int column) {
  auto* model = view.filtered();
  return model->data(model->index(row, column)).toString();
}

std::string auditBytes(Database& db, AuditFormat format) {
  std::string bytes;
  REQUIRE(writeAudit(db, {}, format, [&](std::string_view chunk) -> Status {
    bytes.append(chunk);
    return {};
  }));
  return bytes;
}

}  // namespace

TEST_CASE("the audit view lists the trail newest first, filters it and exports it as the CLI prints it") {
  test::ReviewFixture f(5);
  const auto a = f.draft(1, "title", "wendy", true);
  const auto b = f.draft(2, "description", "walt", true);
  ReviewService service(*f.db);
  REQUIRE(service.approve(a));  // by the settings' reviewer, Rita
  REQUIRE(service.reject(b, "too long for the channel"));
  REQUIRE(service.reject(a, "the price changed"));  // an override

  ui::StoreThread store(f.path);
  ui::AuditView view(store);
  // The trail's model and the filters over it, through every load and filter change below.
  QAbstractItemModelTester modelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester filteredTester(view.filtered(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  view.resize(1200, 500);
  view.show();
  view.reload();
  REQUIRE(test::waitUntil([&] { return !view.model()->isLoading() && view.filtered()->rowCount() == 5; }));

  // Newest first: the override.
  CHECK(shown(view, 0, ui::AuditTableModel::WhoColumn) == "Rita");
  CHECK(shown(view, 0, ui::AuditTableModel::ActionColumn) == "reject (override)");
  CHECK(shown(view, 0, ui::AuditTableModel::SubjectColumn) == QString("draft %1 · SKU-00001, title").arg(a));
  CHECK(shown(view, 0, ui::AuditTableModel::ChangeColumn) == "approved → rejected");
  CHECK(shown(view, 0, ui::AuditTableModel::CommentColumn) == "the price changed");
  CHECK(shown(view, 4, ui::AuditTableModel::ActionColumn) == "submit");
  CHECK(shown(view, 4, ui::AuditTableModel::WhoColumn) == "wendy");

  // The action filter offers what the trail holds; "reject" takes the override too.
  REQUIRE(view.actionFilter()->findData("reject") > 0);
  view.actionFilter()->setCurrentIndex(view.actionFilter()->findData("reject"));
  CHECK(view.filtered()->rowCount() == 2);
  view.actionFilter()->setCurrentIndex(0);
  view.searchEdit()->setText("sku-00002");
  CHECK(view.filtered()->rowCount() == 2);  // b's submit and reject
  view.searchEdit()->setText("too long");
  REQUIRE(view.filtered()->rowCount() == 1);
  CHECK(shown(view, 0, ui::AuditTableModel::SubjectColumn).contains("SKU-00002"));
  view.searchEdit()->clear();

  SECTION("export as JSON through the file dialog") {
    QSignalSpy exported(&view, &ui::AuditView::exported);
    view.exportButton()->click();
    QFileDialog* dialog = nullptr;
    REQUIRE(test::waitUntil([&] { return (dialog = view.findChild<QFileDialog*>("auditExportDialog")); }));
    const auto path = f.dir / "audit.json";
    dialog->selectFile(QString::fromStdString(path.string()));
    QMetaObject::invokeMethod(dialog, "accept");  // as the Save button does
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    CHECK(exported.front().at(1).toLongLong() == 5);
    CHECK(test::readFile(path) == auditBytes(*f.db, AuditFormat::Json));
    CHECK(Json::parse(test::readFile(path)).size() == 5);
    CHECK(view.message().contains("audit.json"));
  }
  SECTION("export as CSV") {
    QSignalSpy exported(&view, &ui::AuditView::exported);
    const auto path = f.dir / "audit.csv";
    view.exportTo(path, AuditFormat::Csv);
    REQUIRE(test::waitUntil([&] { return exported.count() == 1; }));
    CHECK(test::readFile(path) == auditBytes(*f.db, AuditFormat::Csv));
  }
  SECTION("an export that cannot be written says why") {
    QSignalSpy failed(&view, &ui::AuditView::exportFailed);
    view.exportTo(f.dir / "no-such-folder" / "audit.csv", AuditFormat::Csv);
    REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
    CHECK(view.message().startsWith("Could not export the audit trail"));
  }
}
