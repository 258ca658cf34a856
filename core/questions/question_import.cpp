#include "core/questions/question_import.h"

#include <algorithm>
#include <map>

#include "core/common/error_id.h"
#include "core/questions/question_key.h"
#include "core/questions/questions_file.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"

namespace copydesk {
namespace {

struct Known {
  std::int64_t id = 0;
  std::string key;
};

// The product's questions, read once per product of the file and kept up to date as rows are added.
class ProductQuestions final {
 public:
  explicit ProductQuestions(Database& db) : m_db(db), m_questions(db) {}

  // The product's id, 0 when the catalog has no such SKU.
  Result<std::int64_t> productOf(const std::string& sku) {
    if (auto it = m_products.find(sku); it != m_products.end()) return it->second;
    auto found = ProductStore(m_db).findBySku(sku);
    if (!found) return found.error();
    const std::int64_t id = *found ? (*found)->id : 0;
    m_products[sku] = id;
    if (id != 0) {
      auto stored = m_questions.forProduct(id);
      if (!stored) return stored.error();
      for (const Question& q : *stored) m_known[id].push_back({q.id, q.key});
    }
    return id;
  }

  // The product's question this key is a near-duplicate of (the most similar), or 0.
  std::int64_t duplicateOf(std::int64_t productId, const std::string& key) const {
    auto it = m_known.find(productId);
    if (it == m_known.end()) return 0;
    std::int64_t best = 0;
    double bestScore = 0;
    for (const Known& known : it->second) {
      const double score = questionSimilarity(known.key, key);
      if (score >= kQuestionDuplicateThreshold && score > bestScore) {
        best = known.id;
        bestScore = score;
      }
    }
    return best;
  }

  void remember(std::int64_t productId, std::int64_t id, std::string key) {
    m_known[productId].push_back({id, std::move(key)});
  }

 private:
  Database& m_db;
  QuestionStore m_questions;
  std::map<std::string, std::int64_t> m_products;
  std::map<std::int64_t, std::vector<Known>> m_known;
};

Error refusedAt(const QuestionsFile& file, const QuestionRow& row, ErrorId id, std::vector<std::string> args) {
  return makeError(id, ErrorCode::InvalidInput, std::move(args), file.label + ":" + std::to_string(row.line));
}

}  // namespace

Result<QuestionImport> importQuestions(Database& db, const std::filesystem::path& path, TextEncoding encoding,
                                       std::string label) {
  auto file = readQuestionsFile(path, encoding, std::move(label));
  if (!file) return file.error();
  QuestionImport result;
  result.rows = static_cast<std::int64_t>(file->rows.size() + file->rowErrors.size());
  std::vector<QuestionRowError> refused = file->rowErrors;  // the reader's and the catalog's, by line
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  ProductQuestions products(db);
  QuestionStore store(db);
  for (const QuestionRow& row : file->rows) {
    auto productId = products.productOf(row.sku);
    if (!productId) return productId.error();
    if (*productId == 0) {
      refused.push_back({row.line, refusedAt(*file, row, "questions.unknown-sku", {row.sku})});
      continue;
    }
    std::string key = questionKey(row.question);
    if (key.empty()) {  // only punctuation: nothing was asked
      refused.push_back({row.line, refusedAt(*file, row, "questions.empty-question", {row.sku})});
      continue;
    }
    if (const std::int64_t same = products.duplicateOf(*productId, key); same != 0) {
      if (auto st = store.countAgain(same, row.date); !st) return st.error();
      ++result.merged;
      continue;
    }
    Question question{.productId = *productId, .text = row.question, .key = key, .source = row.source,
                      .askedOn = row.date};
    auto id = store.add(question);
    if (!id) return id.error();
    products.remember(*productId, *id, std::move(key));
    ++result.imported;
  }
  if (auto st = tx.commit(); !st) return st.error();
  std::stable_sort(refused.begin(), refused.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  for (auto& r : refused) result.refused.push_back(std::move(r.error));
  return result;
}

std::string describeQuestionImport(const QuestionImport& import, const std::string& fileName) {
  std::string text = "imported " + std::to_string(import.imported) +
                     (import.imported == 1 ? " question" : " questions") + " from " + fileName + "; " +
                     std::to_string(import.merged) + " merged as duplicates, " +
                     std::to_string(import.refused.size()) + " refused";
  return text;
}

}  // namespace copydesk
