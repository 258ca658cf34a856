#include "core/checks/check_summary_store.h"

#include <cinttypes>
#include <cstdio>

namespace copydesk {

CheckSummary summarize(std::int64_t draftId, const std::vector<Finding>& findings) {
  CheckSummary summary{.draftId = draftId};
  summary.worst = worstSeverity(findings);
  for (const Finding& f : findings) {
    if (f.severity == Severity::Error) {
      if (summary.errors++ == 0) summary.firstError = f.rule;
    } else if (f.severity == Severity::Warning) {
      ++summary.warnings;
    } else {
      ++summary.infos;
    }
  }
  return summary;
}

std::string fingerprintText(std::uint64_t fingerprint) {
  char text[17];
  std::snprintf(text, sizeof text, "%016" PRIx64, fingerprint);
  return text;
}

Status CheckSummaryStore::put(const CheckSummary& summary) {
  auto stmt = m_db.prepare(
      "INSERT INTO draft_checks (draft_id, fingerprint, worst, errors, warnings, infos, first_error) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (draft_id) DO UPDATE SET fingerprint = excluded.fingerprint, "
      "worst = excluded.worst, errors = excluded.errors, warnings = excluded.warnings, infos = excluded.infos, "
      "first_error = excluded.first_error, checked_at = excluded.checked_at");
  if (!stmt) return stmt.error();
  std::optional<std::int64_t> worst;
  if (summary.worst) worst = static_cast<std::int64_t>(*summary.worst);
  stmt->bind(1, summary.draftId)
      .bind(2, m_fingerprint)
      .bind(3, worst)
      .bind(4, summary.errors)
      .bind(5, summary.warnings)
      .bind(6, summary.infos)
      .bind(7, summary.firstError);
  if (!stmt->run()) return m_db.lastError("storing the checks of draft " + std::to_string(summary.draftId));
  return {};
}

Result<std::vector<CheckSummary>> CheckSummaryStore::get(const std::vector<std::int64_t>& draftIds) {
  auto stmt = m_db.prepare(
      "SELECT draft_id, worst, errors, warnings, infos, first_error FROM draft_checks "
      "WHERE draft_id = ? AND fingerprint = ?");
  if (!stmt) return stmt.error();
  std::vector<CheckSummary> summaries;
  for (std::int64_t id : draftIds) {
    stmt->reset();
    stmt->bind(1, id).bind(2, m_fingerprint);
    if (stmt->step()) {
      CheckSummary s{.draftId = id};
      if (auto worst = stmt->optionalInteger(1)) s.worst = static_cast<Severity>(*worst);
      s.errors = static_cast<int>(stmt->integer(2));
      s.warnings = static_cast<int>(stmt->integer(3));
      s.infos = static_cast<int>(stmt->integer(4));
      s.firstError = stmt->text(5);
      summaries.push_back(std::move(s));
    }
    if (!stmt->ok()) return m_db.lastError("reading the checks of draft " + std::to_string(id));
  }
  return summaries;
}

Result<std::vector<std::int64_t>> CheckSummaryStore::stale(std::size_t limit) {
  auto stmt = m_db.prepare(
      "SELECT d.id FROM drafts d LEFT JOIN draft_checks c ON c.draft_id = d.id AND c.fingerprint = ? "
      "WHERE c.draft_id IS NULL ORDER BY d.id LIMIT ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, m_fingerprint).bind(2, static_cast<std::int64_t>(limit));
  std::vector<std::int64_t> ids;
  while (stmt->step()) ids.push_back(stmt->integer(0));
  if (!stmt->ok()) return m_db.lastError("finding drafts to check");
  return ids;
}

}  // namespace copydesk
