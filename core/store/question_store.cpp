#include "core/store/question_store.h"

#include "core/common/error_id.h"
#include "core/common/paths.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

constexpr const char* kSelect =
    "SELECT q.id, q.product_id, p.sku, q.question, q.question_key, q.source, q.asked_on, q.asked, q.imported_at "
    "FROM questions q JOIN products p ON p.id = q.product_id";

Question readQuestion(const Statement& stmt) {
  Question q;
  q.id = stmt.integer(0);
  q.productId = stmt.integer(1);
  q.sku = stmt.text(2);
  q.text = stmt.text(3);
  q.key = stmt.text(4);
  q.source = stmt.text(5);
  q.askedOn = stmt.text(6);
  q.asked = stmt.integer(7);
  q.importedAt = stmt.text(8);
  return q;
}

}  // namespace

Result<std::int64_t> QuestionStore::add(const Question& question) {
  auto stmt = m_db.prepare(
      "INSERT INTO questions (product_id, question, question_key, source, asked_on, asked, imported_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
  if (!stmt) return stmt.error();
  stmt->bind(1, question.productId)
      .bind(2, question.text)
      .bind(3, question.key)
      .bind(4, question.source)
      .bind(5, question.askedOn)
      .bind(6, question.asked)
      .bind(7, nowIso8601());
  if (!stmt->step()) {
    if (stmt->uniqueViolation()) {
      return makeError("question.exists", ErrorCode::InvalidInput, {question.text});
    }
    return m_db.lastError("saving a question");
  }
  const std::int64_t id = stmt->integer(0);
  stmt->reset();
  return id;
}

Status QuestionStore::countAgain(std::int64_t id, const std::string& askedOn) {
  auto stmt = m_db.prepare(
      "UPDATE questions SET asked = asked + 1, "
      "asked_on = CASE WHEN ?1 > asked_on THEN ?1 ELSE asked_on END WHERE id = ?2");
  if (!stmt) return stmt.error();
  if (!stmt->bind(1, askedOn).bind(2, id).run()) return m_db.lastError("counting a question again");
  return {};
}

Result<std::optional<Question>> QuestionStore::get(std::int64_t id) {
  auto found = select(" WHERE q.id = ?", {}, id);
  if (!found) return found.error();
  if (found->empty()) return std::optional<Question>{};
  return std::optional<Question>(std::move(found->front()));
}

Result<std::vector<Question>> QuestionStore::list(const std::string& sku) {
  if (sku.empty()) return select(" ORDER BY p.sku" + std::string(byteOrder(m_db)) + ", q.id", {}, 0);
  return select(" WHERE p.sku = ? ORDER BY q.id", sku, 0);
}

Result<std::vector<Question>> QuestionStore::forProduct(std::int64_t productId) {
  return select(" WHERE q.product_id = ? ORDER BY q.id", {}, productId);
}

// `where` has at most one parameter: `value` when it is not empty, else `id`.
Result<std::vector<Question>> QuestionStore::select(const std::string& where, const std::string& value,
                                                    std::int64_t id) {
  auto stmt = m_db.prepare(std::string(kSelect) + where);
  if (!stmt) return stmt.error();
  if (!value.empty()) stmt->bind(1, value);
  else if (where.find('?') != std::string::npos) stmt->bind(1, id);
  std::vector<Question> questions;
  while (stmt->step()) questions.push_back(readQuestion(*stmt));
  if (!stmt->ok()) return m_db.lastError("reading the questions");
  return questions;
}

}  // namespace copydesk
