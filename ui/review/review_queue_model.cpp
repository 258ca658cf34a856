#include "ui/review/review_queue_model.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

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
    : QAbstractTableModel(parent), m_store(store) {}

void ReviewQueueModel::setFilter(const ReviewQueueFilter& filter) {
  m_filter = filter;
  const int generation = ++m_generation;
  m_loading = true;
  m_store.run(
      this, [query = queryFor(filter)](Database& db) { return loadReviewQueue(db, query); },
      [this, generation](Result<std::vector<ReviewQueueRow>> rows) {
        if (generation != m_generation) return;
        m_loading = false;
        if (!rows) {
          emit loadFailed(qs(rows.error().describe()));
          return;
        }
        beginResetModel();
        m_rows = std::move(*rows);
        m_rowById.clear();
        for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) m_rowById[m_rows[static_cast<size_t>(i)].draft.id] = i;
        endResetModel();
        emit loaded(rowCount());
      });
}

std::int64_t ReviewQueueModel::draftId(int row) const {
  const ReviewQueueRow* r = rowAt(row);
  return r ? r->draft.id : 0;
}

int ReviewQueueModel::rowOfDraft(std::int64_t id) const {
  auto it = m_rowById.find(id);
  return it == m_rowById.end() ? -1 : it->second;
}

const ReviewQueueRow* ReviewQueueModel::rowAt(int row) const {
  return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
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
  Draft& kept = m_rows[static_cast<size_t>(row)].draft;
  kept = draft;
  kept.text = std::string();
  rowChanged(row);
}

void ReviewQueueModel::rowChanged(int row) {
  if (row >= 0) emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
  const ReviewQueueRow* r = rowAt(index.row());
  if (!index.isValid() || !r) return {};
  const Draft& d = r->draft;
  auto pending = m_pending.find(d.id);
  switch (role) {
    case DraftIdRole: return QVariant::fromValue<qint64>(d.id);
    case StatusRole: return static_cast<int>(d.status);
    case PendingRole: return pending != m_pending.end();
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
