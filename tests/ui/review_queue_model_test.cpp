#include <QAbstractItemModelTester>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include "core/review/review_service.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

std::vector<std::int64_t> listed(ui::ReviewQueueModel& model, const ui::ReviewQueueFilter& filter) {
  model.setFilter(filter);
  REQUIRE(test::waitUntil([&] { return !model.isLoading(); }));
  std::vector<std::int64_t> ids;
  for (int row = 0; row < model.rowCount(); ++row) ids.push_back(model.draftId(row));
  return ids;
}

QString cell(const ui::ReviewQueueModel& model, int row, int column) {
  return model.data(model.index(row, column)).toString();
}

}  // namespace

TEST_CASE("the review queue lists submitted drafts by default and filters by status, template, channel and writer") {
  test::ReviewFixture f(20);
  const auto a = f.draft(1, "bullets", "wendy", true, f.amazonVersion);
  const auto b = f.draft(2, "description", "walt", true, f.shopifyVersion);
  const auto c = f.draft(3, "description", "wendy", true, f.shopifyVersion);
  const auto d = f.draft(4, "title", "wendy", false);  // still a draft
  const auto e = f.draft(5, "bullets", "walt", true, f.amazonVersion);
  REQUIRE(ReviewService(*f.db).approve(e, "", "Rita"));

  ui::StoreThread store(f.path);
  ui::ReviewQueueModel model(store);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);  // every filter change checked
  CHECK(listed(model, {}) == std::vector<std::int64_t>{a, b, c});

  // What each column shows, for the first row.
  CHECK(cell(model, 0, ui::ReviewQueueModel::ProductColumn) == "SKU-00001 — Product 1");
  CHECK(cell(model, 0, ui::ReviewQueueModel::FieldColumn) == "bullets");
  CHECK(cell(model, 0, ui::ReviewQueueModel::TemplateColumn) == "bullets-amazon v1");
  CHECK(cell(model, 0, ui::ReviewQueueModel::ChannelColumn) == "amazon");
  CHECK(cell(model, 0, ui::ReviewQueueModel::WriterColumn) == "wendy");
  CHECK(cell(model, 0, ui::ReviewQueueModel::StatusColumn) == "submitted");
  const QRegularExpression minute("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$");
  CHECK(cell(model, 0, ui::ReviewQueueModel::UpdatedColumn).contains(minute));
  CHECK(model.headerData(ui::ReviewQueueModel::WriterColumn, Qt::Horizontal).toString() == "Writer");

  CHECK(listed(model, {.status = DraftStatus::Draft}) == std::vector<std::int64_t>{d});
  CHECK(listed(model, {.status = DraftStatus::Approved}) == std::vector<std::int64_t>{e});
  CHECK(listed(model, {.status = std::nullopt}) == std::vector<std::int64_t>{a, b, c, d, e});
  CHECK(listed(model, {.templateName = "description-shopify"}) == std::vector<std::int64_t>{b, c});
  CHECK(listed(model, {.channel = "amazon"}) == std::vector<std::int64_t>{a});
  CHECK(listed(model, {.status = std::nullopt, .channel = "amazon"}) == std::vector<std::int64_t>{a, e});
  CHECK(listed(model, {.writer = "wendy"}) == std::vector<std::int64_t>{a, c});
  CHECK(listed(model, {.channel = "shopify", .writer = "walt"}) == std::vector<std::int64_t>{b});
  CHECK(listed(model, {.channel = "taobao"}).empty());
}

TEST_CASE("a decision updates its row in place and a pending one shows as pending") {
  test::ReviewFixture f(5);
  const auto a = f.draft(1, "title", "wendy", true);
  ui::StoreThread store(f.path);
  ui::ReviewQueueModel model(store);
  REQUIRE(listed(model, {}).size() == 1);
  model.setPending(a, "approving…");
  CHECK(cell(model, 0, ui::ReviewQueueModel::StatusColumn) == "approving…");
  CHECK(model.data(model.index(0, 0), ui::ReviewQueueModel::PendingRole).toBool());
  auto approved = ReviewService(*f.db).approve(a, "", "Rita");
  REQUIRE(approved);
  model.clearPending(a);
  model.updateDraft(*approved);
  CHECK(cell(model, 0, ui::ReviewQueueModel::StatusColumn) == "approved");
  CHECK(cell(model, 0, ui::ReviewQueueModel::ProductColumn) == "SKU-00001 — Product 1");  // the title is kept
  CHECK(model.data(model.index(0, 0), ui::ReviewQueueModel::StatusRole).toInt() ==
        static_cast<int>(DraftStatus::Approved));
}
