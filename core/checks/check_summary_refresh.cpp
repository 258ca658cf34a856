#include "core/checks/check_summary_refresh.h"

#include "core/checks/check_summary_store.h"
#include "core/checks/draft_check.h"

namespace copydesk {

Result<std::size_t> refreshCheckSummaries(Database& db, const RuleBook& book, std::size_t maxDrafts) {
  CheckSummaryStore summaries(db, fingerprintText(book.fingerprint));
  auto ids = summaries.stale(maxDrafts);
  if (!ids) return ids.error();
  if (ids->empty()) return std::size_t{0};
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  for (std::int64_t id : *ids) {
    auto findings = checkDraft(db, book, id);
    if (!findings) return findings.error();
    if (auto st = summaries.put(summarize(id, *findings)); !st) return st.error();
  }
  if (auto st = tx.commit(); !st) return st.error();
  return ids->size();
}

}  // namespace copydesk
