#include <QTableView>

#include <catch2/catch.hpp>

#include <optional>

#include "core/review/review_service.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/checks/findings_pane.h"
#include "ui/main_window.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"

using namespace copydesk;
using Model = ui::ReviewQueueModel;

namespace {

// The shipped rule files only: the developer's own checks folder is pointed at an empty one.
struct ShippedRulesOnly {
  test::TempDir empty;
  std::optional<QByteArray> old;
  ShippedRulesOnly() {
    if (qEnvironmentVariableIsSet("COPYDESK_CHECKS_DIR")) old = qgetenv("COPYDESK_CHECKS_DIR");
    qputenv("COPYDESK_CHECKS_DIR", QByteArray::fromStdString(empty.path().string()));
  }
  ~ShippedRulesOnly() {
    if (old) qputenv("COPYDESK_CHECKS_DIR", *old);
    else qunsetenv("COPYDESK_CHECKS_DIR");
  }
};

std::int64_t submitted(test::ReviewFixture& f, int index, const std::string& text) {
  auto product = ProductStore(*f.db).findBySku(f.sku(index)).value();
  REQUIRE(product);
  NewDraft draft{.productId = product->id, .field = "description", .text = text, .author = "wendy"};
  const std::int64_t id = DraftStore(*f.db).create(draft).value().id;
  REQUIRE(ReviewService(*f.db).submit(id, "wendy"));
  return id;
}

QString checksCell(const ui::ReviewPane& pane, std::int64_t draftId) {
  const int row = pane.model()->rowOfDraft(draftId);
  return row < 0 ? QString() : pane.model()->data(pane.model()->index(row, Model::ChecksColumn)).toString();
}

}  // namespace

TEST_CASE("the studio checks its drafts with the shipped rules at start: 全网第一 is an Advertising Law error") {
  ShippedRulesOnly rules;
  test::ReviewFixture f(5);
  const std::int64_t other = submitted(f, 1, "保温杯，保温十二小时，304不锈钢内胆。");
  const std::int64_t claim = submitted(f, 2, "保温杯，全网第一的保温效果。");

  ui::MainWindow window(test::quietWindow(f.path));
  window.resize(1400, 900);
  window.show();
  REQUIRE(window.showPage("review"));
  ui::ReviewPane* pane = window.reviewPane();
  // The background refresh at start fills the queue's Checks column, the draft not shown included.
  REQUIRE(test::waitUntil([&] { return checksCell(*pane, claim).contains("error"); }, 20000));
  REQUIRE(test::waitUntil([&] { return checksCell(*pane, other) != QString::fromUtf8("…"); }, 20000));
  CHECK_FALSE(checksCell(*pane, other).contains("error"));

  pane->view()->selectRow(pane->model()->rowOfDraft(claim));
  ui::FindingsPane* findings = pane->detail()->findingsPane();
  auto absolute = [&]() -> const Finding* {
    for (const Finding& found : findings->findings())
      if (found.rule == "cn-ad-law.absolute") return &found;
    return nullptr;
  };
  REQUIRE(test::waitUntil([&] { return pane->detail()->draftId() == claim && absolute() != nullptr; }));
  CHECK(absolute()->severity == Severity::Error);
  CHECK(absolute()->start <= 4);  // 全网第一 (or its 第一) after 保温杯，
  CHECK(absolute()->start + absolute()->length >= 8);
  CHECK(findings->headerText().contains("error"));
}
