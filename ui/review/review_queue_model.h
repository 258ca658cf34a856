#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/store/draft.h"
#include "ui/review/review_queue_row.h"

namespace copydesk::ui {

class StoreThread;

// Which drafts the review queue lists. Empty strings mean "any".
struct ReviewQueueFilter {
  std::optional<DraftStatus> status = DraftStatus::Submitted;  // nullopt: every status
  std::string templateName;
  std::string channel;
  std::string writer;
};

// The review queue: drafts matching a filter, loaded on the StoreThread (the model resets when
// they arrive). A decision updates its row in place, so the reviewer's position in the queue
// survives approving and rejecting; a row whose decision is on its way shows it as pending.
class ReviewQueueModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    ProductColumn, FieldColumn, TemplateColumn, ChannelColumn, WriterColumn, StatusColumn, UpdatedColumn,
    ColumnCount
  };
  enum Role { DraftIdRole = Qt::UserRole + 1, StatusRole, PendingRole };

  explicit ReviewQueueModel(StoreThread& store, QObject* parent = nullptr);

  // Loads off the GUI thread; a newer filter supersedes an older one still loading.
  void setFilter(const ReviewQueueFilter& filter);
  const ReviewQueueFilter& filter() const { return m_filter; }
  void reload() { setFilter(m_filter); }
  bool isLoading() const { return m_loading; }

  std::int64_t draftId(int row) const;  // 0 outside the rows
  int rowOfDraft(std::int64_t id) const;  // -1 if not listed
  const ReviewQueueRow* rowAt(int row) const;

  // A decision about the draft was sent (the row shows it pending) or came back.
  void setPending(std::int64_t id, const QString& what);
  void clearPending(std::int64_t id);
  void updateDraft(const Draft& draft);  // keeps the row's product title; the text is not kept

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString statusText(DraftStatus status);

 signals:
  void loaded(int rows);
  void loadFailed(const QString& message);

 private:
  void rowChanged(int row);

  StoreThread& m_store;
  ReviewQueueFilter m_filter;
  std::vector<ReviewQueueRow> m_rows;
  std::unordered_map<std::int64_t, int> m_rowById;
  std::unordered_map<std::int64_t, QString> m_pending;
  bool m_loading = false;
  int m_generation = 0;
};

}  // namespace copydesk::ui
