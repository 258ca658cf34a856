#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog/import_options.h"
#include "core/common/result.h"

namespace copydesk {

// One data row of a questions file, trimmed; date is YYYY-MM-DD or "".
struct QuestionRow {
  std::int64_t line = 0;
  std::string sku;
  std::string question;
  std::string source;
  std::string date;
};

// A refused row: its line and why (FILE:LINE: cause).
struct QuestionRowError {
  std::int64_t line = 0;
  Error error;
};

struct QuestionsFile {
  std::string label;  // how errors name the file
  std::vector<QuestionRow> rows;
  std::vector<QuestionRowError> rowErrors;  // in file order
};

// Reads a questions file (issue 14): CSV (',', ';' or TAB) with a header naming `sku` and `question`,
// optionally `source` and `date`, in any order and case; other columns are ignored. A row without
// a SKU or a question, or with a date that is not one (core/trends' parseTrendDate: 2024-03-07,
// 2024/3/7, 2024年3月7日 …) is a row error; the file is an Error only when it cannot be read, has
// no header, lacks a column or holds no row.
Result<QuestionsFile> readQuestionsFile(const std::filesystem::path& path, TextEncoding encoding = TextEncoding::Utf8,
                                        std::string label = {});

}  // namespace copydesk
