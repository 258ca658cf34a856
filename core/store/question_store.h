#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/question.h"

namespace copydesk {

// The questions table (issue 14). A product holds each normalised question once (UNIQUE
// product_id, key); the import decides what counts as the same question (core/questions).
class QuestionStore final {
 public:
  explicit QuestionStore(Database& db) : m_db(db) {}

  // Inserts the question (productId, text, key, source, askedOn, asked); returns its id.
  // InvalidInput question.exists when the product already holds that key.
  Result<std::int64_t> add(const Question& question);
  // One more asking of a stored question: asked + 1, askedOn the later of both (an empty one never wins).
  Status countAgain(std::int64_t id, const std::string& askedOn);
  Result<std::optional<Question>> get(std::int64_t id);
  // Every question, by SKU (byte order) and then in import order; a SKU: that product's only.
  Result<std::vector<Question>> list(const std::string& sku = {});
  Result<std::vector<Question>> forProduct(std::int64_t productId);  // in import order

 private:
  Result<std::vector<Question>> select(const std::string& where, const std::string& value, std::int64_t id);

  Database& m_db;
};

}  // namespace copydesk
