#include "ui/review/review_queue_model.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString localTime(const std::string& iso) {
  const QDateTime at = QDateTime::fromString(qs(iso), Qt::ISODateWithMs);
  return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : qs(iso);
}

DraftQuery queryFor(const ReviewQueueFilter& filter) {
  DraftQuery query;
  query.status = filter.status;
  query.templateName = filter.templateName;
  query.channel = filter.channel;
  query.author = filter.writer;
  return query;
}

}  // namespace

ReviewQueueModel::ReviewQueueModel(StoreThread& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store) {
  // Pages asked for during one paint are requested together once the paint is over, so a fast
  // drag of the scroll bar asks only for what was actually on screen.
  m_requestTimer.setSingleShot(true);
  m_requestTimer.setInterval(0);
  connect(&m_requestTimer, &QTimer::timeout, this, &ReviewQueueModel::requestWanted);
}

void ReviewQueueModel::setFilter(const ReviewQueueFilter& filter) {
  m_filter = filter;
  const int generation = ++m_generation;
  m_latestFilter->store(generation);
  m_loading = true;
  auto latest = m_latestFilter;
  m_store.run(
      this,
      [query = queryFor(filter), generation, latest](Database& db) -> Result<ReviewQueueStart> {
        // Filters changed in quick succession queue several loads: only the newest is worth running.
        if (latest->load() != generation) return ReviewQueueStart{};
        return loadReviewQueueStart(db, query, kPageSize);
      },
      [this, generation](Result<ReviewQueueStart> start) {
        if (generation != m_generation) return;
        m_loading = false;
        if (!start) {
          emit loadFailed(qs(start.error().describe()));
          return;
        }
        adoptStart(std::move(*start));
      });
}

void ReviewQueueModel::adoptStart(ReviewQueueStart start) {
  ++m_pageGeneration;  // pages asked for before may be older than these ids
  m_requested.clear();
  m_wanted.clear();
  if (start.ids == m_ids) {
    // The same drafts (the page shown again, F5): their rows are reloaded where they are.
    for (auto& [index, page] : m_pages) page.stale = true;
    if (!start.firstRows.empty()) keepPage(0, std::move(start.firstRows));
    if (!m_ids.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  } else {
    beginResetModel();
    m_ids = std::move(start.ids);
    m_pages.clear();
    if (!start.firstRows.empty()) keepPage(0, std::move(start.firstRows));
    endResetModel();
  }
  emit loaded(rowCount());
}

std::int64_t ReviewQueueModel::draftId(int row) const {
  return row >= 0 && row < rowCount() ? m_ids[static_cast<size_t>(row)] : 0;
}

int ReviewQueueModel::rowOfDraft(std::int64_t id) const {
  auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
  return it != m_ids.end() && *it == id ? static_cast<int>(it - m_ids.begin()) : -1;
}

const ReviewQueueRow* ReviewQueueModel::rowAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  const int pageIndex = row / kPageSize;
  auto it = m_pages.find(pageIndex);
  if (it == m_pages.end()) {
    want(pageIndex);
    return nullptr;
  }
  Page& page = it->second;
  page.lastUse = ++m_useClock;
  if (page.stale) want(pageIndex);
  const size_t offset = static_cast<size_t>(row % kPageSize);
  return offset < page.rows.size() ? &page.rows[offset] : nullptr;
}

bool ReviewQueueModel::isRowLoaded(int row) const {
  auto it = m_pages.find(row / kPageSize);
  return row >= 0 && row < rowCount() && it != m_pages.end() && !it->second.stale;
}

int ReviewQueueModel::loadedRowCount() const {
  size_t rows = 0;
  for (const auto& [index, page] : m_pages) rows += page.rows.size();
  return static_cast<int>(rows);
}

void ReviewQueueModel::setPending(std::int64_t id, const QString& what) {
  m_pending[id] = what;
  rowChanged(rowOfDraft(id));
}

void ReviewQueueModel::clearPending(std::int64_t id) {
  if (m_pending.erase(id)) rowChanged(rowOfDraft(id));
}

void ReviewQueueModel::updateDraft(const Draft& draft) {
  const int row = rowOfDraft(draft.id);
  if (row < 0) return;
  keepUpdated(row, draft);
  rowChanged(row);
}

void ReviewQueueModel::setPending(const std::vector<std::int64_t>& ids, const QString& what) {
  for (std::int64_t id : ids) m_pending[id] = what;
  rowsChanged(ids);
}

void ReviewQueueModel::clearPending(const std::vector<std::int64_t>& ids) {
  for (std::int64_t id : ids) m_pending.erase(id);
  rowsChanged(ids);
}

void ReviewQueueModel::updateDrafts(const std::vector<Draft>& drafts) {
  std::vector<std::int64_t> ids;
  ids.reserve(drafts.size());
  for (const Draft& draft : drafts) {
    const int row = rowOfDraft(draft.id);
    if (row < 0) continue;
    keepUpdated(row, draft);
    ids.push_back(draft.id);
  }
  rowsChanged(ids);
}

void ReviewQueueModel::keepUpdated(int row, const Draft& draft) {
  // A row not loaded has nothing to update: its page reads the draft as stored when it comes.
  auto it = m_pages.find(row / kPageSize);
  const size_t offset = static_cast<size_t>(row % kPageSize);
  if (it == m_pages.end() || offset >= it->second.rows.size()) return;
  Draft& kept = it->second.rows[offset].draft;
  kept = draft;
  kept.text = std::string();
}

void ReviewQueueModel::rowChanged(int row) {
  if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReviewQueueModel::rowsChanged(const std::vector<std::int64_t>& ids) {
  int first = rowCount();
  int last = -1;
  for (std::int64_t id : ids) {
    const int row = rowOfDraft(id);
    if (row < 0) continue;
    first = std::min(first, row);
    last = std::max(last, row);
  }
  if (last >= 0) emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ReviewQueueModel::want(int page) const {
  if (m_requested.count(page)) return;
  m_wanted.insert(page);
  if (!m_requestTimer.isActive()) m_requestTimer.start();
}

void ReviewQueueModel::requestWanted() {
  auto wanted = std::move(m_wanted);
  m_wanted.clear();
  for (int page : wanted) requestPage(page);
}

void ReviewQueueModel::requestPage(int page) {
  const size_t first = static_cast<size_t>(page) * kPageSize;
  if (first >= m_ids.size() || m_requested.count(page)) return;
  const size_t last = std::min(m_ids.size(), first + kPageSize);
  std::vector<std::int64_t> ids(m_ids.begin() + static_cast<std::ptrdiff_t>(first),
                                m_ids.begin() + static_cast<std::ptrdiff_t>(last));
  m_requested.insert(page);
  const int generation = m_pageGeneration;
  m_store.run(
      this, [ids = std::move(ids)](Database& db) { return loadReviewQueueRows(db, ids); },
      [this, generation, page](Result<std::vector<ReviewQueueRow>> rows) {
        adoptPage(generation, page, std::move(rows));
      });
}

void ReviewQueueModel::adoptPage(int generation, int page, Result<std::vector<ReviewQueueRow>> rows) {
  if (generation != m_pageGeneration) return;
  m_requested.erase(page);
  if (!rows) {
    emit loadFailed(qs(rows.error().describe()));
    return;
  }
  keepPage(page, std::move(*rows));
  const int first = page * kPageSize;
  const int last = std::min(rowCount(), first + kPageSize) - 1;
  emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
  emit pageLoaded(first, last);
}

void ReviewQueueModel::keepPage(int page, std::vector<ReviewQueueRow> rows) {
  m_pages[page] = Page{std::move(rows), ++m_useClock, false};
  evictPages();
}

void ReviewQueueModel::evictPages() {
  while (m_pages.size() > static_cast<size_t>(kMaxCachedPages)) {
    auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                   [](const auto& a, const auto& b) { return a.second.lastUse < b.second.lastUse; });
    m_pages.erase(oldest);
  }
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const std::int64_t id = draftId(index.row());
  auto pending = m_pending.find(id);
  switch (role) {
    case DraftIdRole: return QVariant::fromValue<qint64>(id);
    case PendingRole: return pending != m_pending.end();
    case LoadedRole: return isRowLoaded(index.row());
    default: break;
  }
  const ReviewQueueRow* r = rowAt(index.row());
  if (!r) return placeholder(index, role, pending != m_pending.end() ? pending->second : QString());
  const Draft& d = r->draft;
  switch (role) {
    case StatusRole: return static_cast<int>(d.status);
    case Qt::ForegroundRole:
      if (index.column() == StatusColumn && pending != m_pending.end()) {
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
      }
      return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
      break;
    default:
      return {};
  }
  switch (index.column()) {
    case ProductColumn:
      return r->productTitle.empty() ? qs(d.sku) : tr("%1 — %2").arg(qs(d.sku), qs(r->productTitle));
    case FieldColumn: return qs(d.field);
    case TemplateColumn:
      return d.templateName.empty() ? QString() : tr("%1 v%2").arg(qs(d.templateName)).arg(d.templateVersion);
    case ChannelColumn: return qs(d.channel);
    case WriterColumn: return qs(d.author);
    case StatusColumn: return pending != m_pending.end() ? pending->second : statusText(d.status);
    case UpdatedColumn: return localTime(d.updatedAt);
    default: return {};
  }
}

QVariant ReviewQueueModel::placeholder(const QModelIndex& index, int role, const QString& pending) const {
  if (role == Qt::ForegroundRole) return QGuiApplication::palette().brush(QPalette::PlaceholderText);
  if (role != Qt::DisplayRole) return {};
  if (index.column() == ProductColumn) return tr("Loading…");
  if (index.column() == StatusColumn && !pending.isEmpty()) return pending;
  return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole || orientation != Qt::Horizontal) return {};
  switch (section) {
    case ProductColumn: return tr("Product");
    case FieldColumn: return tr("Field");
    case TemplateColumn: return tr("Template");
    case ChannelColumn: return tr("Channel");
    case WriterColumn: return tr("Writer");
    case StatusColumn: return tr("Status");
    case UpdatedColumn: return tr("Updated");
    default: return {};
  }
}

QString ReviewQueueModel::statusText(DraftStatus status) {
  switch (status) {
    case DraftStatus::Draft: return tr("draft");
    case DraftStatus::Submitted: return tr("submitted");
    case DraftStatus::Approved: return tr("approved");
    case DraftStatus::Rejected: return tr("rejected");
    case DraftStatus::Exported: return tr("exported");
  }
  return {};
}

}  // namespace copydesk::ui
