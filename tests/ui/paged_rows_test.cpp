// PagedRows on its own: pages read on a real StoreThread, kept least recently used first out, and
// pages read for ids that were replaced meanwhile dropped.
#include <QCoreApplication>

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <numeric>
#include <utility>
#include <vector>

#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/paged_rows.h"
#include "ui/store_thread.h"

using namespace copydesk;
using Rows = ui::PagedRows<std::int64_t>;

namespace {

constexpr int kPageSize = 4;
constexpr int kMaxPages = 2;

// A row is its id times ten, so a row read for the wrong id shows.
Result<std::vector<std::int64_t>> tenfold(Database&, const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> rows;
  for (std::int64_t id : ids) rows.push_back(id * 10);
  return rows;
}

std::vector<std::int64_t> idsFrom(std::int64_t first, int count) {
  std::vector<std::int64_t> ids(static_cast<size_t>(count));
  std::iota(ids.begin(), ids.end(), first);
  return ids;
}

// Asks for the row and waits for its page.
std::int64_t loaded(Rows& rows, int row) {
  rows.row(row);
  REQUIRE(test::waitUntil([&] { return rows.isLoaded(row); }));
  REQUIRE(rows.row(row));
  return *rows.row(row);
}

}  // namespace

TEST_CASE("paged rows load a far page on demand, and keep only the most recently used pages") {
  test::TempDir dir;
  ui::StoreThread store(dir / "paged.db");
  Rows rows(store, tenfold, kPageSize, kMaxPages);
  std::vector<std::pair<int, int>> pages;
  rows.onPageLoaded([&](int first, int last) { pages.emplace_back(first, last); });
  rows.setIds(idsFrom(1, 18));  // five pages, the last one of two rows

  REQUIRE(rows.size() == 18);
  CHECK(rows.id(17) == 18);
  CHECK(rows.rowOf(18) == 17);
  CHECK(rows.rowOf(99) == -1);
  CHECK(rows.row(17) == nullptr);  // not loaded: asks for its page
  CHECK_FALSE(rows.isLoaded(17));
  REQUIRE(test::waitUntil([&] { return rows.isLoaded(17); }));
  REQUIRE(pages == std::vector<std::pair<int, int>>{{16, 17}});
  CHECK(*rows.row(16) == 170);
  CHECK(*rows.row(17) == 180);
  CHECK(rows.cachedRowCount() == 2);
  CHECK_FALSE(rows.isLoaded(15));
  CHECK_FALSE(rows.isLoaded(18));  // beyond the rows, though in the last page

  // Pages 0 and 1 on top of page 4: page 4, the least recently used, goes.
  CHECK(loaded(rows, 0) == 10);
  CHECK(loaded(rows, 5) == 60);
  CHECK_FALSE(rows.isLoaded(17));
  CHECK(rows.cachedRowCount() == 2 * kPageSize);
  // Page 0 shown again, then page 2 loaded: page 1 is now the least recently used.
  CHECK(*rows.row(1) == 20);
  CHECK(loaded(rows, 9) == 100);
  CHECK(rows.isLoaded(0));
  CHECK(rows.isLoaded(9));
  CHECK_FALSE(rows.isLoaded(5));
  CHECK(rows.cachedRowCount() == 2 * kPageSize);
}

TEST_CASE("paged rows drop a page read for ids since replaced, and report a page that failed") {
  test::TempDir dir;
  ui::StoreThread store(dir / "paged.db");
  // The store thread reads the first page only once the test lets it, after the ids changed.
  std::promise<void> gate;
  std::shared_future<void> open = gate.get_future().share();
  std::atomic<int> reads{0};
  Rows rows(
      store,
      [open, &reads](Database& db, const std::vector<std::int64_t>& ids) -> Result<std::vector<std::int64_t>> {
        if (reads++ == 0) open.wait();
        if (ids.front() < 0) return makeError(ErrorCode::Database, "no such page", "drafts");
        return tenfold(db, ids);
      },
      kPageSize, kMaxPages);
  int pagesLoaded = 0;
  QString failure;
  rows.onPageLoaded([&](int, int) { ++pagesLoaded; });
  rows.onLoadFailed([&](const QString& message) { failure = message; });

  rows.setIds(idsFrom(1, 8));
  CHECK(rows.row(5) == nullptr);
  REQUIRE(test::waitUntil([&] { return reads == 1; }));  // the read is under way
  rows.setIds(idsFrom(101, 8));
  gate.set_value();
  store.waitForIdle();
  QCoreApplication::sendPostedEvents();  // the old page's answer comes back, and is dropped
  CHECK(pagesLoaded == 0);
  CHECK_FALSE(rows.isLoaded(5));
  CHECK(rows.cachedRowCount() == 0);
  CHECK(loaded(rows, 5) == 1060);  // asked for again, read for the new ids
  CHECK(pagesLoaded == 1);

  rows.setIds(idsFrom(-8, 4));
  CHECK(rows.row(0) == nullptr);
  REQUIRE(test::waitUntil([&] { return !failure.isEmpty(); }));
  CHECK(failure == "drafts: no such page");
  CHECK_FALSE(rows.isLoaded(0));
  CHECK(pagesLoaded == 1);
}
