#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "core/store/audit_store.h"

namespace copydesk::ui {

class StoreThread;

// The audit trail, newest first, loaded whole on the StoreThread. Each entry's detail is spread
// over columns a person reads: what it was about, the change it made and the comment.
class AuditTableModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { WhenColumn, WhoColumn, ActionColumn, SubjectColumn, ChangeColumn, CommentColumn, ColumnCount };
  enum Role { EntryIdRole = Qt::UserRole + 1 };

  explicit AuditTableModel(StoreThread& store, QObject* parent = nullptr);

  void reload();
  bool isLoading() const { return m_loading; }
  const AuditEntry* entry(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 signals:
  void loaded(int rows);
  void loadFailed(const QString& message);

 private:
  QString text(const AuditEntry& entry, int column) const;

  StoreThread& m_store;
  std::vector<AuditEntry> m_entries;  // newest first
  bool m_loading = false;
  int m_generation = 0;
};

}  // namespace copydesk::ui
