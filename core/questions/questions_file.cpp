#include "core/questions/questions_file.h"

#include "core/catalog/csv_cells.h"
#include "core/catalog/csv_reader.h"
#include "core/catalog/text_decoder.h"
#include "core/trends/trend_date.h"

namespace copydesk {
namespace {

struct Columns {
  int sku = -1, question = -1, source = -1, date = -1;
};

Result<Columns> findColumns(const CsvRecord& header, const TextDecoder& file) {
  Columns c;
  for (int i = 0; i < static_cast<int>(header.fields.size()); ++i) {
    const std::string name = csvColumnName(header.fields[static_cast<std::size_t>(i)]);
    int* column = name == "sku" ? &c.sku : name == "question" ? &c.question : name == "source" ? &c.source
                                 : name == "date" ? &c.date : nullptr;
    if (column && *column < 0) *column = i;
  }
  if (c.sku < 0) return file.errorAt(header.line, "questions.missing-column", {"sku"});
  if (c.question < 0) return file.errorAt(header.line, "questions.missing-column", {"question"});
  return c;
}

Result<QuestionRow> readRow(const CsvRecord& record, const Columns& c, const TextDecoder& file) {
  QuestionRow row{record.line, csvCell(record, c.sku), csvCell(record, c.question), csvCell(record, c.source), {}};
  if (row.sku.empty()) return file.errorAt(record.line, "questions.row-without-sku");
  if (row.question.empty()) return file.errorAt(record.line, "questions.empty-question", {row.sku});
  if (const std::string date = csvCell(record, c.date); !date.empty()) {
    const auto day = parseTrendDate(date);
    if (!day) return file.errorAt(record.line, "questions.bad-date", {date});
    row.date = formatTrendDate(*day);
  }
  return row;
}

}  // namespace

Result<QuestionsFile> readQuestionsFile(const std::filesystem::path& path, TextEncoding encoding, std::string label) {
  auto file = TextDecoder::open(path, encoding, label.empty() ? path.string() : std::move(label));
  if (!file) return file.error();
  CsvReader reader(**file);
  CsvRecord record;
  auto header = reader.next(record);
  if (!header) return header.error();
  if (!*header) return (*file)->error("questions.file-empty");
  auto columns = findColumns(record, **file);
  if (!columns) return columns.error();
  QuestionsFile out;
  out.label = (*file)->label();
  for (;;) {
    auto got = reader.next(record);
    if (!got) return got.error();
    if (!*got) break;
    auto row = readRow(record, *columns, **file);
    if (row) out.rows.push_back(std::move(*row));
    else out.rowErrors.push_back({record.line, row.error()});
  }
  if (out.rows.empty() && out.rowErrors.empty()) return (*file)->error("questions.no-rows");
  return out;
}

}  // namespace copydesk
