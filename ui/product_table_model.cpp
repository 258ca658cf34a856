#include "ui/product_table_model.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

ProductTableModel::ProductTableModel(StoreThread& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store) {
  // Pages asked for during one paint are requested together once the paint is over, so a fast
  // drag of the scroll bar asks only for what was actually on screen.
  m_requestTimer.setSingleShot(true);
  m_requestTimer.setInterval(0);
  connect(&m_requestTimer, &QTimer::timeout, this, &ProductTableModel::requestWanted);
}

void ProductTableModel::setQuery(const ProductQuery& query) {
  m_query = query;
  const int generation = ++m_queryGeneration;
  m_latestQuery->store(generation);
  m_loading = true;
  auto latest = m_latestQuery;
  m_store.run(
      this,
      [query, generation, latest](Database& db) -> Result<std::vector<std::int64_t>> {
        // Typing fast queues several searches: only the newest one is worth running.
        if (latest->load() != generation) return std::vector<std::int64_t>{};
        return ProductStore(db).ids(query);
      },
      [this, generation](Result<std::vector<std::int64_t>> ids) {
        if (generation != m_queryGeneration) return;
        m_loading = false;
        if (!ids) {
          emit loadFailed(qs(ids.error().describe()));
          return;
        }
        beginResetModel();
        m_ids = std::move(*ids);
        m_pages.clear();
        m_pending.clear();
        m_wanted.clear();
        ++m_pageGeneration;
        endResetModel();
        emit queryFinished(rowCount());
      });
}

void ProductTableModel::refreshRows() {
  ++m_pageGeneration;
  m_pending.clear();
  for (auto& [index, page] : m_pages) page.stale = true;
  if (!m_ids.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::int64_t ProductTableModel::productId(int row) const {
  return row >= 0 && row < rowCount() ? m_ids[static_cast<size_t>(row)] : 0;
}

int ProductTableModel::rowOfProduct(std::int64_t id) const {
  // Ids come in id order (the store's ORDER BY p.id), so a binary search finds the row.
  auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
  return it != m_ids.end() && *it == id ? static_cast<int>(it - m_ids.begin()) : -1;
}

bool ProductTableModel::isRowLoaded(int row) const {
  auto it = m_pages.find(row / kPageSize);
  return it != m_pages.end() && !it->second.stale;
}

int ProductTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const ProductRow* ProductTableModel::row(int index) const {
  const int pageIndex = index / kPageSize;
  auto it = m_pages.find(pageIndex);
  if (it == m_pages.end()) {
    want(pageIndex);
    return nullptr;
  }
  Page& page = it->second;
  page.lastUse = ++m_useClock;
  if (page.stale) want(pageIndex);
  const size_t offset = static_cast<size_t>(index % kPageSize);
  return offset < page.rows.size() ? &page.rows[offset] : nullptr;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  if (role == ProductIdRole) return QVariant::fromValue<qint64>(productId(index.row()));
  if (role == LoadedRole) return isRowLoaded(index.row());
  const ProductRow* r = row(index.row());
  if (role == Qt::TextAlignmentRole && index.column() == VariantsColumn) {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  }
  if (!r) {
    if (role == Qt::DisplayRole && index.column() == TitleColumn) return tr("Loading…");
    if (role == Qt::ForegroundRole) return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    return {};
  }
  if (role == CopyStatusRole) return static_cast<int>(r->status);
  if (role == Qt::ForegroundRole && index.column() == StatusColumn && r->status == CopyStatus::None) {
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
  }
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case SkuColumn: return qs(r->sku);
    case TitleColumn: return qs(r->title);
    case CategoryColumn: return qs(r->category);
    case VariantsColumn: return r->variants;
    case StatusColumn: return statusText(r->status);
    default: return {};
  }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  switch (section) {
    case SkuColumn: return tr("SKU");
    case TitleColumn: return tr("Title");
    case CategoryColumn: return tr("Category");
    case VariantsColumn: return tr("Variants");
    case StatusColumn: return tr("Status");
    default: return {};
  }
}

QString ProductTableModel::statusText(CopyStatus status) {
  switch (status) {
    case CopyStatus::None: return tr("no copy");
    case CopyStatus::Draft: return tr("draft");
    case CopyStatus::InReview: return tr("in review");
    case CopyStatus::Approved: return tr("approved");
    case CopyStatus::Exported: return tr("exported");
  }
  return {};
}

void ProductTableModel::want(int page) const {
  if (m_pending.count(page)) return;
  m_wanted.insert(page);
  if (!m_requestTimer.isActive()) m_requestTimer.start();
}

void ProductTableModel::requestWanted() {
  auto wanted = std::move(m_wanted);
  m_wanted.clear();
  for (int page : wanted) requestPage(page);
}

void ProductTableModel::requestPage(int page) {
  const size_t first = static_cast<size_t>(page) * kPageSize;
  if (first >= m_ids.size() || m_pending.count(page)) return;
  const size_t last = std::min(m_ids.size(), first + kPageSize);
  std::vector<std::int64_t> ids(m_ids.begin() + static_cast<std::ptrdiff_t>(first),
                                m_ids.begin() + static_cast<std::ptrdiff_t>(last));
  m_pending.insert(page);
  const int generation = m_pageGeneration;
  m_store.run(
      this, [ids = std::move(ids)](Database& db) { return loadProductRows(db, ids); },
      [this, generation, page](Result<std::vector<ProductRow>> rows) {
        adoptPage(generation, page, std::move(rows));
      });
}

void ProductTableModel::adoptPage(int generation, int page, Result<std::vector<ProductRow>> rows) {
  if (generation != m_pageGeneration) return;
  m_pending.erase(page);
  if (!rows) {
    emit loadFailed(qs(rows.error().describe()));
    return;
  }
  m_pages[page] = Page{std::move(*rows), ++m_useClock, false};
  evictPages();
  const int first = page * kPageSize;
  const int last = std::min(rowCount(), first + kPageSize) - 1;
  emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
  emit pageLoaded(first, last);
}

void ProductTableModel::evictPages() {
  while (m_pages.size() > static_cast<size_t>(kMaxCachedPages)) {
    auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                   [](const auto& a, const auto& b) { return a.second.lastUse < b.second.lastUse; });
    m_pages.erase(oldest);
  }
}

}  // namespace copydesk::ui
