#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/column_mapping.h"
#include "core/catalog/csv_reader.h"
#include "core/catalog/product_sink.h"
#include "core/common/error_id.h"

namespace copydesk {

// Turns the records of one CSV layout into products and hands them to a sink. Some layouts spread
// a product over several rows, so products may reach the sink only at a later row or at finish().
class RowMapping {
 public:
  RowMapping(ProductSink& sink, std::string label, std::vector<std::string> header)
      : m_sink(sink), m_label(std::move(label)), m_header(std::move(header)) {}
  virtual ~RowMapping() = default;
  RowMapping(const RowMapping&) = delete;
  RowMapping& operator=(const RowMapping&) = delete;

  // Checks the header can be imported (e.g. it has a key column).
  virtual Status start() = 0;
  virtual Status addRow(const CsvRecord& record) = 0;
  virtual Status finish() = 0;
  // Which source columns feed the product fields, for the preview.
  virtual ColumnMapping mapping() const = 0;

 protected:
  // The field at `index`, or "" when the column is absent or the row is short.
  static std::string_view cell(const CsvRecord& record, int index) {
    return index >= 0 && static_cast<size_t>(index) < record.fields.size()
               ? std::string_view(record.fields[static_cast<size_t>(index)])
               : std::string_view();
  }
  static bool blank(const CsvRecord& record);
  Error errorAt(std::int64_t line, ErrorId id, std::vector<std::string> args = {}) const;
  Error error(ErrorId id, std::vector<std::string> args = {}) const;
  // Header name for attribute keys ("column 7" when the header cell is empty).
  std::string attributeName(size_t index) const;

  ProductSink& m_sink;
  std::string m_label;
  std::vector<std::string> m_header;
};

std::string_view trimmed(std::string_view text);

// "a, b ,c" → "a", "b", "c" handed to `visit` in order: split on ',' (and the Chinese '，' '、'),
// trimmed, empties dropped.
template <class Visit>
void forEachTag(std::string_view text, Visit&& visit) {
  size_t start = 0;
  auto push = [&](size_t end) {
    const std::string_view tag = trimmed(text.substr(start, end - start));
    if (!tag.empty()) visit(tag);
  };
  for (size_t i = 0; i < text.size();) {
    // ',' or the full-width '，' (EF BC 8C) or '、' (E3 80 81).
    size_t sep = 0;
    if (text[i] == ',') sep = 1;
    else if (static_cast<unsigned char>(text[i]) >= 0xE3 &&
             (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0)) sep = 3;
    if (sep) {
      push(i);
      i += sep;
      start = i;
    } else {
      ++i;
    }
  }
  push(text.size());
}
std::vector<std::string> splitTags(std::string_view text);

}  // namespace copydesk
