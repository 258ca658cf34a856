#include "core/catalog/csv_cells.h"

#include <algorithm>
#include <cctype>

namespace copydesk {
namespace {

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

}  // namespace

std::string csvColumnName(std::string_view header) {
  std::string name = trimmed(header);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return name;
}

std::string csvCell(const CsvRecord& record, int column) {
  return column >= 0 && column < static_cast<int>(record.fields.size())
             ? trimmed(record.fields[static_cast<std::size_t>(column)])
             : std::string();
}

}  // namespace copydesk
