#include "core/store/review_store.h"

#include "core/common/paths.h"

namespace copydesk {

Result<Review> ReviewStore::add(Review review) {
  if (review.createdAt.empty()) review.createdAt = nowIso8601();
  auto stmt = m_db.prepare(
      "INSERT INTO reviews (draft_id, action, from_status, to_status, reviewer, comment, text, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt) return stmt.error();
  stmt->bind(1, review.draftId)
      .bind(2, review.action)
      .bind(3, review.fromStatus)
      .bind(4, review.toStatus)
      .bind(5, review.reviewer)
      .bind(6, review.comment)
      .bind(7, review.text)
      .bind(8, review.createdAt);
  if (!stmt->run()) return m_db.lastError("recording a review of draft " + std::to_string(review.draftId));
  review.id = m_db.lastInsertId();
  return review;
}

namespace {

Review readReview(const Statement& stmt) {
  return {stmt.integer(0), stmt.integer(1), stmt.text(2), stmt.text(3), stmt.text(4),
          stmt.text(5),    stmt.text(6),    stmt.text(7), stmt.text(8)};
}

}  // namespace

Result<std::vector<Review>> ReviewStore::forDraft(std::int64_t draftId) {
  auto stmt = m_db.prepare(
      "SELECT id, draft_id, action, from_status, to_status, reviewer, comment, text, created_at FROM reviews "
      "WHERE draft_id = ? ORDER BY id");
  if (!stmt) return stmt.error();
  stmt->bind(1, draftId);
  std::vector<Review> reviews;
  while (stmt->step()) reviews.push_back(readReview(*stmt));
  if (!stmt->ok()) return m_db.lastError("reading the reviews of draft " + std::to_string(draftId));
  return reviews;
}

Result<std::optional<Review>> ReviewStore::lastApproval(std::int64_t productId, const std::string& field,
                                                        std::optional<std::int64_t> personaId,
                                                        const std::string& language,
                                                        std::optional<std::int64_t> questionId) {
  auto stmt = m_db.prepare(
      "SELECT r.id, r.draft_id, r.action, r.from_status, r.to_status, r.reviewer, r.comment, r.text, r.created_at "
      "FROM reviews r JOIN drafts d ON d.id = r.draft_id "
      "WHERE d.product_id = ? AND d.field = ? AND coalesce(d.persona_id, 0) = ? AND coalesce(d.language, '') = ? "
      "AND coalesce(d.question_id, 0) = ? AND r.action = 'approve' "
      "ORDER BY r.id DESC LIMIT 1");
  if (!stmt) return stmt.error();
  stmt->bind(1, productId).bind(2, field).bind(3, personaId.value_or(0)).bind(4, language).bind(5, questionId.value_or(0));
  if (stmt->step()) return std::optional<Review>(readReview(*stmt));
  if (!stmt->ok()) return m_db.lastError("reading the last approval of " + field);
  return std::optional<Review>{};
}

}  // namespace copydesk
