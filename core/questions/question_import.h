#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog/import_options.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

struct QuestionImport {
  std::int64_t rows = 0;      // data rows read, refused ones included
  std::int64_t imported = 0;  // new questions stored
  std::int64_t merged = 0;    // rows that were a product's question already (stored, or earlier in the file)
  std::vector<Error> refused;  // each refused row as FILE:LINE: cause, in file order
};

// Imports a questions file (readQuestionsFile) in one transaction. Each good row's question is
// compared with the product's questions (questionKey, questionSimilarity): a near-identical one is
// merged into it (counted as asked once more) instead of stored again. Rows without a SKU or a
// question, with a bad date or an SKU the catalog does not hold are refused; the other rows are
// imported all the same. An Error only when the file cannot be read or the store fails.
Result<QuestionImport> importQuestions(Database& db, const std::filesystem::path& path,
                                       TextEncoding encoding = TextEncoding::Utf8, std::string label = {});

// "imported 5 questions from FILE; 2 merged as duplicates, 1 refused"
std::string describeQuestionImport(const QuestionImport& import, const std::string& fileName);

}  // namespace copydesk
