#pragma once

#include <QAbstractTableModel>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/store/draft.h"
#include "core/store/draft_store.h"
#include "ui/paged_rows.h"
#include "core/review/review_queue_row.h"

namespace copydesk::ui {

// Which drafts the review queue lists. Empty strings mean "any".
struct ReviewQueueFilter {
  std::optional<DraftStatus> status = DraftStatus::Submitted;  // nullopt: every status
  std::string templateName;
  std::string channel;
  std::string writer;
  WorstFinding worst = WorstFinding::Any;  // by the stored summary of the drafts' checks
  std::optional<std::string> persona;      // a persona's name; "": copy for no persona; nullopt: any
};

// The review queue: drafts matching a filter. It holds only their ids (read on the StoreThread in
// one query, with the first page of rows) and pages the rows in as they are shown, kPageSize at a
// time, least recently used pages dropped beyond kMaxCachedPages: a queue of 100,000 drafts loads
// like one of 256, and no row holds a draft's text. A decision updates its row in place, so the
// reviewer's position in the queue survives approving and rejecting; a row whose decision is on
// its way shows it as pending. Rows not loaded yet show a placeholder until their page arrives.
// The Checks column shows each draft's worst finding from the summaries stored for the rule book
// in force (CheckSummaryStore); a draft not checked with it yet shows "…".
class ReviewQueueModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    ProductColumn, FieldColumn, PersonaColumn, TemplateColumn, ChannelColumn, WriterColumn, StatusColumn, ChecksColumn,
    UpdatedColumn, ColumnCount
  };
  // WorstRole: -1 not checked yet, 0 no findings, 1 + Severity of the worst finding.
  enum Role { DraftIdRole = Qt::UserRole + 1, StatusRole, PendingRole, LoadedRole, WorstRole };
  static constexpr int kPageSize = 256;
  static constexpr int kMaxCachedPages = 64;

  explicit ReviewQueueModel(StoreThread& store, QObject* parent = nullptr);

  // Loads off the GUI thread; a newer filter supersedes an older one still loading. The model
  // resets when the ids arrive, unless they are the same as before: then the rows shown are
  // reloaded in place (the selection and the scroll position stay).
  void setFilter(const ReviewQueueFilter& filter);
  const ReviewQueueFilter& filter() const { return m_filter; }
  void reload() { setFilter(m_filter); }
  bool isLoading() const { return m_loading; }

  // The rule book whose summaries the Checks column shows and the filter goes by (its fingerprint).
  void setChecksFingerprint(const std::string& fingerprint);
  std::string checksFingerprint() const { return m_checksFingerprint->get(); }
  // The summaries changed in the store (the background refresh): the rows shown read them again.
  void refreshChecks();
  // A draft just checked (shown in the review page): its row shows this summary at once.
  void setChecks(const CheckSummary& summary);

  std::int64_t draftId(int row) const;  // 0 outside the rows; known for every row, loaded or not
  int rowOfDraft(std::int64_t id) const;  // -1 if not listed
  // The row, or nullptr while its page is not loaded (asking for it loads it).
  const ReviewQueueRow* rowAt(int row) const;
  bool isRowLoaded(int row) const;
  int loadedRowCount() const;  // the rows held in memory

  // A decision about the draft was sent (the row shows it pending) or came back.
  void setPending(std::int64_t id, const QString& what);
  void clearPending(std::int64_t id);
  void updateDraft(const Draft& draft);  // keeps the row's product title; the text is not kept
  // The same for many drafts at once (a bulk approval of the whole queue): one dataChanged.
  void setPending(const std::vector<std::int64_t>& ids, const QString& what);
  void clearPending(const std::vector<std::int64_t>& ids);
  void updateDrafts(const std::vector<Draft>& drafts);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString statusText(DraftStatus status);

 signals:
  void loaded(int rows);
  void pageLoaded(int firstRow, int lastRow);
  void loadFailed(const QString& message);

 private:
  void adoptStart(ReviewQueueStart start);
  void rowChanged(int row);
  void keepUpdated(int row, const Draft& draft);
  void rowsChanged(const std::vector<std::int64_t>& ids);
  // What a row shows while its page is on its way: "Loading…", and its pending decision if any.
  QVariant placeholder(const QModelIndex& index, int role, const QString& pending) const;
  QVariant checksData(const ReviewQueueRow& row, int role) const;

  // Read by page loads on the store thread while the GUI thread may change it.
  class SharedText {
   public:
    std::string get() const {
      std::lock_guard lock(m_mutex);
      return m_text;
    }
    void set(std::string text) {
      std::lock_guard lock(m_mutex);
      m_text = std::move(text);
    }

   private:
    mutable std::mutex m_mutex;
    std::string m_text;
  };

  StoreThread& m_store;
  ReviewQueueFilter m_filter;
  std::unordered_map<std::int64_t, QString> m_pending;
  bool m_loading = false;
  int m_generation = 0;
  std::shared_ptr<std::atomic<int>> m_latestFilter = std::make_shared<std::atomic<int>>(0);
  std::shared_ptr<SharedText> m_checksFingerprint = std::make_shared<SharedText>();

  // Paging state changes inside the const data(): the cache is not part of the model's value.
  mutable PagedRows<ReviewQueueRow> m_rows;
};

}  // namespace copydesk::ui
