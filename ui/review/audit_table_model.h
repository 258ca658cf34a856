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
  enum Role { EntryIdRole = Qt::UserRole + 1, ActionRole };  // ActionRole: the stored action word

  explicit AuditTableModel(StoreThread& store, QObject* parent = nullptr);

  void reload();
  bool isLoading() const { return m_loading; }
  const AuditEntry* entry(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // A stored action word (submit, approve…) in the reader's language; unknown words as they are.
  static QString actionText(const std::string& action);

 signals:
  void loaded(int rows);
  void loadFailed(const QString& message);

 private:
  QString text(const AuditEntry& entry, int column) const;
  static QString entityText(const std::string& entity);
  static QString statusWord(const QString& status);
  static QString modeText(const QString& mode);

  StoreThread& m_store;
  std::vector<AuditEntry> m_entries;  // newest first
  bool m_loading = false;
  int m_generation = 0;
};

}  // namespace copydesk::ui
