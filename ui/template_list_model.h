#pragma once

#include <QAbstractItemModel>

#include <vector>

#include "core/store/template_store.h"

namespace copydesk::ui {

class StoreThread;

// A template with every saved version of it, newest last.
struct TemplateEntry {
  TemplateVersion latest;
  std::vector<TemplateVersion> versions;
};

// All templates and their versions, loaded in one store job.
Result<std::vector<TemplateEntry>> loadTemplateEntries(Database& db);

// The templates pane: one row per template (its latest version), its versions as child rows.
class TemplateListModel final : public QAbstractItemModel {
  Q_OBJECT

 public:
  enum Column { NameColumn, VersionColumn, FieldColumn, ChannelColumn, AuthorColumn, SavedColumn, ColumnCount };
  enum Role { VersionIdRole = Qt::UserRole + 1, TemplateNameRole };

  explicit TemplateListModel(StoreThread& store, QObject* parent = nullptr);

  void reload();  // off the GUI thread; emits loaded() once the model holds the new list
  void setEntries(std::vector<TemplateEntry> entries);
  const std::vector<TemplateEntry>& entries() const { return m_entries; }
  // The version a row stands for: the latest for a template row, that version for a child row.
  const TemplateVersion* versionAt(const QModelIndex& index) const;
  QModelIndex indexOfVersion(std::int64_t versionId) const;
  QModelIndex indexOfTemplate(const std::string& name) const;

  QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
  QModelIndex parent(const QModelIndex& child) const override;
  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 signals:
  void loaded();
  void loadFailed(const QString& message);

 private:
  StoreThread& m_store;
  std::vector<TemplateEntry> m_entries;
  int m_generation = 0;
};

}  // namespace copydesk::ui
