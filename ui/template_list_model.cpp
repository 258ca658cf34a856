#include "ui/template_list_model.h"

#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Child rows carry their template's row + 1 as internal id; template rows carry 0.
constexpr quintptr kTopLevel = 0;

}  // namespace

Result<std::vector<TemplateEntry>> loadTemplateEntries(Database& db) {
  TemplateStore store(db);
  auto latest = store.listLatest();
  if (!latest) return latest.error();
  std::vector<TemplateEntry> entries;
  entries.reserve(latest->size());
  for (auto& version : *latest) {
    auto versions = store.versions(version.prompt.name);
    if (!versions) return versions.error();
    entries.push_back({std::move(version), std::move(*versions)});
  }
  return entries;
}

TemplateListModel::TemplateListModel(StoreThread& store, QObject* parent)
    : QAbstractItemModel(parent), m_store(store) {}

void TemplateListModel::reload() {
  const int generation = ++m_generation;
  m_store.run(this, [](Database& db) { return loadTemplateEntries(db); },
              [this, generation](Result<std::vector<TemplateEntry>> entries) {
                if (generation != m_generation) return;
                if (!entries) {
                  emit loadFailed(ErrorText::describe(entries.error()));
                  return;
                }
                setEntries(std::move(*entries));
                emit loaded();
              });
}

void TemplateListModel::setEntries(std::vector<TemplateEntry> entries) {
  beginResetModel();
  m_entries = std::move(entries);
  endResetModel();
}

const TemplateVersion* TemplateListModel::versionAt(const QModelIndex& index) const {
  if (!index.isValid()) return nullptr;
  if (index.internalId() == kTopLevel) return &m_entries[static_cast<size_t>(index.row())].latest;
  const auto& versions = m_entries[index.internalId() - 1].versions;
  return &versions[static_cast<size_t>(index.row())];
}

QModelIndex TemplateListModel::indexOfVersion(std::int64_t versionId) const {
  for (size_t t = 0; t < m_entries.size(); ++t) {
    const auto& versions = m_entries[t].versions;
    for (size_t v = 0; v < versions.size(); ++v) {
      if (versions[v].id == versionId) return index(static_cast<int>(v), 0, index(static_cast<int>(t), 0));
    }
  }
  return {};
}

QModelIndex TemplateListModel::indexOfTemplate(const std::string& name) const {
  for (size_t t = 0; t < m_entries.size(); ++t) {
    if (m_entries[t].latest.prompt.name == name) return index(static_cast<int>(t), 0);
  }
  return {};
}

QModelIndex TemplateListModel::index(int row, int column, const QModelIndex& parent) const {
  if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent)) return {};
  if (!parent.isValid()) return createIndex(row, column, kTopLevel);
  return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TemplateListModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == kTopLevel) return {};
  return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int TemplateListModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return static_cast<int>(m_entries.size());
  if (parent.internalId() != kTopLevel || parent.column() != 0) return 0;
  return static_cast<int>(m_entries[static_cast<size_t>(parent.row())].versions.size());
}

int TemplateListModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant TemplateListModel::data(const QModelIndex& index, int role) const {
  const TemplateVersion* v = versionAt(index);
  if (!v) return {};
  const bool isTemplate = index.internalId() == kTopLevel;
  if (role == VersionIdRole) return QVariant::fromValue<qint64>(v->id);
  if (role == TemplateNameRole) return qs(v->prompt.name);
  if (role == Qt::ToolTipRole && !v->note.empty()) return qs(v->note);
  if (role != Qt::DisplayRole) return {};
  switch (index.column()) {
    case NameColumn:
      if (isTemplate) return qs(v->prompt.name);
      return v->note.empty() ? tr("Version %1").arg(v->version)
                             : tr("Version %1 — %2").arg(v->version).arg(qs(v->note));
    case VersionColumn: return v->version;
    case FieldColumn: return qs(v->prompt.field);
    case ChannelColumn: return qs(v->prompt.channel);
    case AuthorColumn: return qs(v->author);
    case SavedColumn: return qs(v->createdAt.substr(0, 16)).replace(QLatin1Char('T'), QLatin1Char(' '));
    default: return {};
  }
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case NameColumn: return tr("Template");
    case VersionColumn: return tr("Version");
    case FieldColumn: return tr("Field");
    case ChannelColumn: return tr("Channel");
    case AuthorColumn: return tr("Author");
    case SavedColumn: return tr("Saved");
    default: return {};
  }
}

}  // namespace copydesk::ui
