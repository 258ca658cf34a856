#include "core/questions/approved_answers.h"

namespace copydesk {

Result<std::vector<ApprovedAnswer>> readApprovedAnswers(Database& db) {
  // Newest approval first within a question, so its first row is the one that counts (approving
  // an answer supersedes the others, so normally there is only one).
  auto stmt = db.prepare(
      "SELECT p.id, p.sku, q.id, q.question, d.id, d.text FROM drafts d "
      "JOIN questions q ON q.id = d.question_id JOIN products p ON p.id = d.product_id "
      "WHERE d.status IN ('approved', 'exported') ORDER BY p.id, q.id, d.updated_at DESC, d.id DESC");
  if (!stmt) return stmt.error();
  std::vector<ApprovedAnswer> answers;
  while (stmt->step()) {
    const std::int64_t questionId = stmt->integer(2);
    if (!answers.empty() && answers.back().questionId == questionId) continue;
    answers.push_back({stmt->integer(0), stmt->text(1), questionId, stmt->text(3), stmt->integer(4), stmt->text(5)});
  }
  if (!stmt->ok()) return db.lastError("reading approved answers");
  return answers;
}

}  // namespace copydesk
