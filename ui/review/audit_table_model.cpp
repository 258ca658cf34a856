#include "ui/review/audit_table_model.h"

#include <QDateTime>

#include <algorithm>

#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// A detail member as text, whatever JSON type a writer gave it.
QString member(const Json& detail, const char* key) {
  if (!detail.is_object() || !detail.contains(key)) return {};
  const Json& value = detail[key];
  if (value.is_string()) return qs(value.get<std::string>());
  if (value.is_null()) return {};
  return qs(value.dump());
}

}  // namespace

// The trail stores its words in English (they are data, read by scripts and the CSV audit export);
// the view says them in the reader's language and leaves words it does not know as they are.
QString AuditTableModel::actionText(const std::string& action) {
  if (action == "submit") return tr("submit");
  if (action == "approve") return tr("approve");
  if (action == "reject") return tr("reject");
  if (action == "supersede") return tr("supersede");
  if (action == "edit") return tr("edit");
  if (action == "export") return tr("export");
  return qs(action);
}

QString AuditTableModel::entityText(const std::string& entity) {
  if (entity == "draft") return tr("draft");
  if (entity == "export") return tr("export");
  return qs(entity);
}

QString AuditTableModel::statusWord(const QString& status) {
  const auto parsed = draftStatusFromString(status.toStdString());
  return parsed ? ReviewQueueModel::statusText(*parsed) : status;
}

QString AuditTableModel::modeText(const QString& mode) {
  if (mode == QStringLiteral("upload")) return tr("for upload");
  if (mode == QStringLiteral("spreadsheet-safe")) return tr("spreadsheet-safe");
  return mode;
}

AuditTableModel::AuditTableModel(StoreThread& store, QObject* parent) : QAbstractTableModel(parent), m_store(store) {}

void AuditTableModel::reload() {
  const int generation = ++m_generation;
  m_loading = true;
  m_store.run(this, [](Database& db) { return AuditStore(db).list(); },
              [this, generation](Result<std::vector<AuditEntry>> entries) {
                if (generation != m_generation) return;
                m_loading = false;
                if (!entries) {
                  emit loadFailed(ErrorText::describe(entries.error()));
                  return;
                }
                beginResetModel();
                m_entries = std::move(*entries);
                std::reverse(m_entries.begin(), m_entries.end());
                endResetModel();
                emit loaded(rowCount());
              });
}

const AuditEntry* AuditTableModel::entry(int row) const {
  return row >= 0 && row < rowCount() ? &m_entries[static_cast<size_t>(row)] : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
  const AuditEntry* e = entry(index.row());
  if (!index.isValid() || !e) return {};
  if (role == EntryIdRole) return QVariant::fromValue<qint64>(e->id);
  if (role == ActionRole) return qs(e->action);
  if (role == Qt::ToolTipRole && index.column() == SubjectColumn) return qs(e->detail.dump(2));
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  return text(*e, index.column());
}

QString AuditTableModel::text(const AuditEntry& e, int column) const {
  const Json& d = e.detail;
  switch (column) {
    case WhenColumn: {
      const QDateTime at = QDateTime::fromString(qs(e.at), Qt::ISODateWithMs);
      return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : qs(e.at);
    }
    case WhoColumn: return qs(e.actor);
    case ActionColumn:
      return d.is_object() && d.value("override", false) ? tr("%1 (override)").arg(actionText(e.action))
                                                         : actionText(e.action);
    case SubjectColumn: {
      QString subject = e.entityId ? tr("%1 %2").arg(entityText(e.entity)).arg(*e.entityId) : entityText(e.entity);
      const QString sku = member(d, "sku");
      if (!sku.isEmpty()) subject += tr(" · %1, %2").arg(sku, member(d, "field"));
      const QString layout = member(d, "layout");
      if (!layout.isEmpty()) subject += tr(" · %1 → %2").arg(layout, member(d, "path"));
      return subject;
    }
    case ChangeColumn: {
      const QString from = member(d, "from");
      const QString to = member(d, "to");
      if (!from.isEmpty() || !to.isEmpty()) return tr("%1 → %2").arg(statusWord(from), statusWord(to));
      const QString rows = member(d, "rows");
      if (!rows.isEmpty()) return tr("%1 rows, %2").arg(rows, modeText(member(d, "mode")));
      const QString status = member(d, "status");
      return status.isEmpty() ? QString() : tr("%1 (unchanged)").arg(statusWord(status));
    }
    case CommentColumn: return member(d, "comment");
    default: return {};
  }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole || orientation != Qt::Horizontal) return {};
  switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ActionColumn: return tr("Action");
    case SubjectColumn: return tr("Draft or export");
    case ChangeColumn: return tr("From → to");
    case CommentColumn: return tr("Comment");
    default: return {};
  }
}

}  // namespace copydesk::ui
