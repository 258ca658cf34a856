#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"  // WorstFinding, the queue's filter over these summaries

namespace copydesk {

// The outcome of checking one draft's current text, kept so the review queue can show and
// filter by each draft's worst finding without checking 100,000 texts to draw a page. A summary
// is current while the draft's text is unchanged (a trigger drops it on every edit) and the
// rule book's fingerprint is the one it was made with.
struct CheckSummary {
  std::int64_t draftId = 0;
  std::optional<Severity> worst;  // nullopt: checked, nothing found
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  std::string firstError;  // rule id of the first error, for the queue's tooltip
};

CheckSummary summarize(std::int64_t draftId, const std::vector<Finding>& findings);

class CheckSummaryStore final {
 public:
  CheckSummaryStore(Database& db, std::string fingerprint) : m_db(db), m_fingerprint(std::move(fingerprint)) {}

  Status put(const CheckSummary& summary);
  // The current summaries of these drafts (drafts without one are left out).
  Result<std::vector<CheckSummary>> get(const std::vector<std::int64_t>& draftIds);
  // Up to `limit` drafts whose summary is missing or was made with other rules, oldest id first.
  Result<std::vector<std::int64_t>> stale(std::size_t limit);

 private:
  Database& m_db;
  std::string m_fingerprint;
};

std::string fingerprintText(std::uint64_t fingerprint);  // 16 hex digits

}  // namespace copydesk
