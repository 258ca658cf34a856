#include "core/review/review_queue_row.h"

#include <algorithm>
#include <unordered_map>

#include "core/store/product_titles.h"

namespace copydesk {
namespace {

// The page's check summaries, by draft id.
Result<std::unordered_map<std::int64_t, CheckSummary>> loadSummaries(Database& db, const std::vector<std::int64_t>& ids,
                                                                      const std::string& fingerprint) {
  std::unordered_map<std::int64_t, CheckSummary> byId;
  if (fingerprint.empty() || ids.empty()) return byId;
  auto summaries = CheckSummaryStore(db, fingerprint).get(ids);
  if (!summaries) return summaries.error();
  for (CheckSummary& summary : *summaries) byId.emplace(summary.draftId, std::move(summary));
  return byId;
}

}  // namespace

Result<std::vector<ReviewQueueRow>> loadReviewQueueRows(Database& db, const std::vector<std::int64_t>& ids,
                                                        const std::string& checksFingerprint) {
  auto drafts = DraftStore(db).withoutText(ids);
  if (!drafts) return drafts.error();
  std::vector<std::int64_t> productIds;
  productIds.reserve(drafts->size());
  for (const Draft& draft : *drafts) productIds.push_back(draft.productId);
  auto titles = productTitles(db, productIds);
  if (!titles) return titles.error();
  auto summaries = loadSummaries(db, ids, checksFingerprint);
  if (!summaries) return summaries.error();

  // Both lists are in id order: one pass pairs them.
  std::vector<ReviewQueueRow> rows;
  rows.reserve(ids.size());
  auto next = drafts->begin();
  for (std::int64_t id : ids) {
    while (next != drafts->end() && next->id < id) ++next;
    ReviewQueueRow row;
    if (next != drafts->end() && next->id == id) {
      row.draft = std::move(*next);
      if (auto it = titles->find(row.draft.productId); it != titles->end()) row.productTitle = it->second;
      if (auto it = summaries->find(id); it != summaries->end()) row.checks = std::move(it->second);
    } else {
      row.draft.id = id;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<ReviewQueueStart> loadReviewQueueStart(Database& db, const DraftQuery& query, int firstRows) {
  auto ids = DraftStore(db).ids(query);
  if (!ids) return ids.error();
  const size_t first = std::min(ids->size(), static_cast<size_t>(std::max(firstRows, 0)));
  auto rows = loadReviewQueueRows(db, std::vector<std::int64_t>(ids->begin(), ids->begin() + static_cast<std::ptrdiff_t>(first)),
                                  query.checksFingerprint);
  if (!rows) return rows.error();
  return ReviewQueueStart{std::move(*ids), std::move(*rows)};
}

}  // namespace copydesk
