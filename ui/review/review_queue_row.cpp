#include "ui/review/review_queue_row.h"

#include <unordered_map>

namespace copydesk::ui {

Result<std::vector<ReviewQueueRow>> loadReviewQueue(Database& db, const DraftQuery& query) {
  auto drafts = DraftStore(db).list(query);
  if (!drafts) return drafts.error();
  std::vector<ReviewQueueRow> rows;
  rows.reserve(drafts->size());
  std::string ids = "[";
  for (Draft& draft : *drafts) {
    if (ids.size() > 1) ids += ',';
    ids += std::to_string(draft.productId);
    draft.text = std::string();  // a queue of thousands of drafts holds no texts
    rows.push_back({std::move(draft), {}});
  }
  ids += ']';
  // The titles in one statement, whatever the queue's length.
  auto titles = db.prepare("SELECT id, title FROM products WHERE id IN (SELECT value FROM json_each(?1))");
  if (!titles) return titles.error();
  titles->bind(1, ids);
  std::unordered_map<std::int64_t, std::string> byId;
  while (titles->step()) byId.emplace(titles->integer(0), titles->text(1));
  if (!titles->ok()) return db.lastError("reading the queue's product titles");
  for (ReviewQueueRow& row : rows) {
    if (auto it = byId.find(row.draft.productId); it != byId.end()) row.productTitle = it->second;
  }
  return rows;
}

}  // namespace copydesk::ui
