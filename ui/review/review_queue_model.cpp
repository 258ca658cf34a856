#include "ui/review/review_queue_model.h"

#include <QDateTime>
#include <QApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

#include <algorithm>

#include "ui/checks/finding_text.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString localTime(const std::string& iso) {
  const QDateTime at = QDateTime::fromString(qs(iso), Qt::ISODateWithMs);
  return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : qs(iso);
}

DraftQuery queryFor(const ReviewQueueFilter& filter, const std::string& checksFingerprint) {
  DraftQuery query;
  query.worst = filter.worst;
  query.checksFingerprint = checksFingerprint;
  query.status = filter.status;
  query.templateName = filter.templateName;
  query.channel = filter.channel;
  query.author = filter.writer;
  query.persona = filter.persona;
  return query;
}

}  // namespace

ReviewQueueModel::ReviewQueueModel(StoreThread& store, QObject* parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_rows(store,
             [fingerprint = m_checksFingerprint](Database& db, const std::vector<std::int64_t>& ids) {
               return loadReviewQueueRows(db, ids, fingerprint->get());
             },
             kPageSize, kMaxCachedPages) {
  m_rows.onPageLoaded([this](int first, int last) {
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(first, last);
  });
  m_rows.onLoadFailed([this](const QString& message) { emit loadFailed(message); });
}

void ReviewQueueModel::setFilter(const ReviewQueueFilter& filter) {
  m_filter = filter;
  const int generation = ++m_generation;
  m_latestFilter->store(generation);
  m_loading = true;
  auto latest = m_latestFilter;
  m_store.run(
      this,
      [query = queryFor(filter, checksFingerprint()), generation, latest](Database& db) -> Result<ReviewQueueStart> {
        // Filters changed in quick succession queue several loads: only the newest is worth running.
        if (latest->load() != generation) return ReviewQueueStart{};
        return loadReviewQueueStart(db, query, kPageSize);
      },
      [this, generation](Result<ReviewQueueStart> start) {
        if (generation != m_generation) return;
        m_loading = false;
        if (!start) {
          emit loadFailed(ErrorText::describe(start.error()));
          return;
        }
        adoptStart(std::move(*start));
      });
}

void ReviewQueueModel::adoptStart(ReviewQueueStart start) {
  if (start.ids == m_rows.ids()) {
    // The same drafts (the page shown again, F5): their rows are reloaded where they are.
    m_rows.reloadAll();
    if (!start.firstRows.empty()) m_rows.keep(0, std::move(start.firstRows));
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  } else {
    beginResetModel();
    m_rows.setIds(std::move(start.ids));  // pages asked for before are older than these ids
    if (!start.firstRows.empty()) m_rows.keep(0, std::move(start.firstRows));
    endResetModel();
  }
  emit loaded(rowCount());
}

void ReviewQueueModel::setChecksFingerprint(const std::string& fingerprint) { m_checksFingerprint->set(fingerprint); }

void ReviewQueueModel::refreshChecks() {
  // Each page shown is read again (its rows stay on screen until then); pages not shown are
  // read when they are.
  m_rows.reloadAll();
  if (rowCount() > 0) emit dataChanged(index(0, ChecksColumn), index(rowCount() - 1, ChecksColumn));
}

void ReviewQueueModel::setChecks(const CheckSummary& summary) {
  const int row = rowOfDraft(summary.draftId);
  ReviewQueueRow* kept = row >= 0 ? m_rows.cached(row) : nullptr;
  if (!kept) return;
  kept->checks = summary;
  emit dataChanged(index(row, ChecksColumn), index(row, ChecksColumn));
}

std::int64_t ReviewQueueModel::draftId(int row) const { return m_rows.id(row); }

int ReviewQueueModel::rowOfDraft(std::int64_t id) const { return m_rows.rowOf(id); }

const ReviewQueueRow* ReviewQueueModel::rowAt(int row) const { return m_rows.row(row); }

bool ReviewQueueModel::isRowLoaded(int row) const { return m_rows.isLoaded(row); }

int ReviewQueueModel::loadedRowCount() const { return m_rows.cachedRowCount(); }

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
  ReviewQueueRow* kept = m_rows.cached(row);
  if (!kept) return;
  kept->draft = draft;
  kept->draft.text = std::string();
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

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : m_rows.size();
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
  if (index.column() == ChecksColumn || role == WorstRole) return checksData(*r, role);
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
    case FieldColumn: {
      if (d.language.empty()) return qs(d.field);
      // A translation (issue 14): "title → de", marked when its source has changed since.
      const QString field = tr("%1 → %2").arg(qs(d.field), qs(d.language));
      return d.outdated ? tr("%1 (outdated)").arg(field) : field;
    }
    case PersonaColumn: return qs(d.persona);
    case TemplateColumn:
      return d.templateName.empty() ? QString() : tr("%1 v%2").arg(qs(d.templateName)).arg(d.templateVersion);
    case ChannelColumn: return qs(d.channel);
    case WriterColumn: return qs(d.author);
    case StatusColumn: return pending != m_pending.end() ? pending->second : statusText(d.status);
    case UpdatedColumn: return localTime(d.updatedAt);
    default: return {};
  }
}

QVariant ReviewQueueModel::checksData(const ReviewQueueRow& row, int role) const {
  const std::optional<CheckSummary>& checks = row.checks;
  if (role == WorstRole) return !checks ? -1 : checks->worst ? 1 + static_cast<int>(*checks->worst) : 0;
  switch (role) {
    case Qt::DisplayRole:
      if (!checks) return QStringLiteral("…");
      if (!checks->worst) return tr("OK");
      return FindingText::counts(checks->errors, checks->warnings, checks->infos, true);
    case Qt::DecorationRole: {
      if (!checks || !checks->worst) return {};
      const QStyle::StandardPixmap icon = *checks->worst == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                          : *checks->worst == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                : QStyle::SP_MessageBoxInformation;
      return QApplication::style()->standardIcon(icon);
    }
    case Qt::ForegroundRole:
      if (!checks) return QGuiApplication::palette().brush(QPalette::PlaceholderText);
      return {};
    case Qt::ToolTipRole: {
      if (!checks) return tr("Not checked yet: the checks run in the background");
      QString tip = FindingText::counts(checks->errors, checks->warnings, checks->infos);
      if (!checks->firstError.empty()) tip += QLatin1Char('\n') + tr("First error: %1").arg(qs(checks->firstError));
      return tip;
    }
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
    case PersonaColumn: return tr("Persona");
    case TemplateColumn: return tr("Template");
    case ChannelColumn: return tr("Channel");
    case WriterColumn: return tr("Writer");
    case StatusColumn: return tr("Status");
    case ChecksColumn: return tr("Checks");
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
