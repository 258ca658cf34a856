// A customer questions file as `questions import` and the Questions page read it (issue 14): the
// header's columns (sku, question, source, date in any order and case), every row or its refusal,
// then each question's key, by which the import merges near-duplicates.
//
// Input: one options byte, then the file's bytes.
//   bit 0  GB18030 instead of UTF-8
// What questions_file.h and question_key.h promise: a file read has rows or refused rows, in file
// order after the header; a row has a SKU and a question, trimmed, and a date that is "" or
// YYYY-MM-DD (read back as the same day); a refused row names FILE:LINE of its own line. A key has
// no space at either end and no run of spaces; a key is 1 alike with itself (unless empty), and
// two keys' likeness is the same both ways and within [0, 1].
#include <cctype>
#include <cstdint>
#include <string>

#include "core/questions/question_key.h"
#include "core/questions/questions_file.h"
#include "core/trends/trend_date.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

namespace {

bool trimmedText(const std::string& text) {
  return text.empty() ||
         (!std::isspace(static_cast<unsigned char>(text.front())) && !std::isspace(static_cast<unsigned char>(text.back())));
}

void checkRow(const QuestionRow& row) {
  fuzz::require(!row.sku.empty() && !row.question.empty(), "a row without a SKU or a question", row.sku);
  fuzz::require(trimmedText(row.sku) && trimmedText(row.question) && trimmedText(row.source), "a cell not trimmed",
                row.sku + " | " + row.question + " | " + row.source);
  if (!row.date.empty()) {
    const auto day = parseTrendDate(row.date);
    fuzz::require(row.date.size() == 10 && day && formatTrendDate(*day) == row.date, "a date not YYYY-MM-DD",
                  row.date);
  }
}

void checkKey(const std::string& key) {
  fuzz::require(key.empty() || (key.front() != ' ' && key.back() != ' '), "a key with a space at an end", key);
  fuzz::require(key.find("  ") == std::string::npos, "a key with a run of spaces", key);
  const double self = questionSimilarity(key, key);
  fuzz::require(key.empty() ? self == 0 : self == 1, "a key not alike with itself", key);
}

void checkLikeness(const std::string& a, const std::string& b) {
  const double ab = questionSimilarity(a, b);
  fuzz::require(ab >= 0 && ab <= 1 && ab == questionSimilarity(b, a), "likeness out of [0, 1] or one-sided",
                a + " | " + b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  const auto file = fuzz::writeScratch("questions.csv", text);
  auto read = readQuestionsFile(file, bits & 1 ? TextEncoding::Gb18030 : TextEncoding::Utf8, "questions.csv");
  if (!read) return 0;
  fuzz::require(read->label == "questions.csv", "the label changed", read->label);
  fuzz::require(!read->rows.empty() || !read->rowErrors.empty(), "a file read with no row at all");
  std::int64_t last = 1;  // the header's line at least
  std::size_t r = 0, e = 0;
  while (r < read->rows.size() || e < read->rowErrors.size()) {
    const bool takeRow =
        e == read->rowErrors.size() || (r < read->rows.size() && read->rows[r].line < read->rowErrors[e].line);
    const std::int64_t line = takeRow ? read->rows[r].line : read->rowErrors[e].line;
    fuzz::require(line > last, "rows out of file order", std::to_string(line) + " after " + std::to_string(last));
    last = line;
    if (takeRow) {
      checkRow(read->rows[r++]);
    } else {
      const Error& error = read->rowErrors[e++].error;
      fuzz::require(error.where == "questions.csv:" + std::to_string(line), "a refused row placed elsewhere",
                    error.where + " for line " + std::to_string(line));
    }
  }
  std::string previous;
  for (const QuestionRow& row : read->rows) {
    const std::string key = questionKey(row.question);
    checkKey(key);
    checkLikeness(key, previous);
    previous = key;
  }
  return 0;
}
