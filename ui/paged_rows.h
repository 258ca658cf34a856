#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/common/result.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

// The rows of a table model that knows all its ids but reads rows from the store only as they are
// shown: pageSize rows per query on the StoreThread, least recently used pages dropped beyond
// maxCachedPages. The model keeps its own signals: PagedRows tells it when a page arrived (its
// first and last row) or failed to load, and the model announces that as it sees fit.
template <class Row>
class PagedRows {
 public:
  using Loader = std::function<Result<std::vector<Row>>(Database&, const std::vector<std::int64_t>& ids)>;
  using PageLoaded = std::function<void(int firstRow, int lastRow)>;
  using LoadFailed = std::function<void(const QString& message)>;

  // loader runs on the store thread with the ids of one page and returns their rows in that order.
  PagedRows(StoreThread& store, Loader loader, int pageSize, int maxCachedPages)
      : m_store(store), m_loader(std::move(loader)), m_pageSize(pageSize), m_maxCachedPages(maxCachedPages) {
    // Pages asked for during one paint are requested together once the paint is over, so a fast
    // drag of the scroll bar asks only for what was actually on screen.
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    QObject::connect(&m_requestTimer, &QTimer::timeout, &m_receiver, [this] { requestWanted(); });
  }
  PagedRows(const PagedRows&) = delete;
  PagedRows& operator=(const PagedRows&) = delete;

  void onPageLoaded(PageLoaded callback) { m_pageLoaded = std::move(callback); }
  void onLoadFailed(LoadFailed callback) { m_loadFailed = std::move(callback); }

  // Ascending (the stores list by id), so the row of an id is a binary search away.
  const std::vector<std::int64_t>& ids() const { return m_ids; }
  int size() const { return static_cast<int>(m_ids.size()); }
  std::int64_t id(int row) const { return row >= 0 && row < size() ? m_ids[static_cast<std::size_t>(row)] : 0; }
  int rowOf(std::int64_t id) const {
    auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
    return it != m_ids.end() && *it == id ? static_cast<int>(it - m_ids.begin()) : -1;
  }

  // Other rows: every page is dropped, and pages still on their way are not taken when they come.
  void setIds(std::vector<std::int64_t> ids) {
    m_ids = std::move(ids);
    m_pages.clear();
    forgetRequests();
    m_wanted.clear();
  }

  // The same rows changed in the store: every page is read again when next shown, its old rows
  // showing until then.
  void reloadAll() {
    forgetRequests();
    for (auto& [index, page] : m_pages) page.stale = true;
  }

  // Rows read along with something else (the first page with the ids), kept like a loaded page.
  void keep(int page, std::vector<Row> rows) {
    m_pages[page] = Page{std::move(rows), ++m_useClock, false};
    evictPages();
  }

  // The row, or nullptr while its page is not loaded: asking for it loads it (or reloads it, if
  // stale) once the current paint is over.
  const Row* row(int row) {
    if (row < 0 || row >= size()) return nullptr;
    const int pageIndex = row / m_pageSize;
    auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
      want(pageIndex);
      return nullptr;
    }
    Page& page = it->second;
    page.lastUse = ++m_useClock;
    if (page.stale) want(pageIndex);
    return rowIn(page, row);
  }

  // The row as held, stale or not, without asking for anything (to update it in place).
  Row* cached(int row) {
    auto it = m_pages.find(row / m_pageSize);
    return row >= 0 && it != m_pages.end() ? rowIn(it->second, row) : nullptr;
  }

  bool isLoaded(int row) const {
    auto it = m_pages.find(row / m_pageSize);
    return row >= 0 && row < size() && it != m_pages.end() && !it->second.stale;
  }

  int cachedRowCount() const {
    std::size_t rows = 0;
    for (const auto& [index, page] : m_pages) rows += page.rows.size();
    return static_cast<int>(rows);
  }

 private:
  struct Page {
    std::vector<Row> rows;
    std::uint64_t lastUse = 0;
    bool stale = false;  // shown until its reload arrives
  };

  Row* rowIn(Page& page, int row) {
    const auto offset = static_cast<std::size_t>(row % m_pageSize);
    return offset < page.rows.size() ? &page.rows[offset] : nullptr;
  }

  void forgetRequests() {
    ++m_generation;
    m_requested.clear();
  }

  void want(int page) {
    if (m_requested.count(page)) return;
    m_wanted.insert(page);
    if (!m_requestTimer.isActive()) m_requestTimer.start();
  }

  void requestWanted() {
    auto wanted = std::move(m_wanted);
    m_wanted.clear();
    for (int page : wanted) requestPage(page);
  }

  void requestPage(int page) {
    const auto first = static_cast<std::size_t>(page) * static_cast<std::size_t>(m_pageSize);
    if (first >= m_ids.size() || m_requested.count(page)) return;
    const std::size_t last = std::min(m_ids.size(), first + static_cast<std::size_t>(m_pageSize));
    std::vector<std::int64_t> ids(m_ids.begin() + static_cast<std::ptrdiff_t>(first),
                                  m_ids.begin() + static_cast<std::ptrdiff_t>(last));
    m_requested.insert(page);
    const int generation = m_generation;
    m_store.run(
        &m_receiver, [loader = m_loader, ids = std::move(ids)](Database& db) { return loader(db, ids); },
        [this, generation, page](Result<std::vector<Row>> rows) { adoptPage(generation, page, std::move(rows)); });
  }

  void adoptPage(int generation, int page, Result<std::vector<Row>> rows) {
    if (generation != m_generation) return;
    m_requested.erase(page);
    if (!rows) {
      if (m_loadFailed) m_loadFailed(ErrorText::describe(rows.error()));
      return;
    }
    keep(page, std::move(*rows));
    const int first = page * m_pageSize;
    const int last = std::min(size(), first + m_pageSize) - 1;
    if (m_pageLoaded) m_pageLoaded(first, last);
  }

  void evictPages() {
    while (m_pages.size() > static_cast<std::size_t>(m_maxCachedPages)) {
      auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                     [](const auto& a, const auto& b) { return a.second.lastUse < b.second.lastUse; });
      m_pages.erase(oldest);
    }
  }

  StoreThread& m_store;
  Loader m_loader;
  const int m_pageSize;
  const int m_maxCachedPages;
  PageLoaded m_pageLoaded;
  LoadFailed m_loadFailed;

  std::vector<std::int64_t> m_ids;
  std::unordered_map<int, Page> m_pages;
  std::unordered_set<int> m_requested;  // on their way under m_generation
  std::unordered_set<int> m_wanted;     // asked for during this paint
  std::uint64_t m_useClock = 0;
  int m_generation = 0;  // a page read for older ids, or before a reload, is not taken
  // Answers from the store thread and the timer reach this object only while it exists.
  QObject m_receiver;
  QTimer m_requestTimer;
};

}  // namespace copydesk::ui
