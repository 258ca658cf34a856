#include "core/catalog/row_mapping.h"

namespace copydesk {

bool RowMapping::blank(const CsvRecord& record) {
  for (const auto& f : record.fields) {
    if (!trimmed(f).empty()) return false;
  }
  return true;
}

Error RowMapping::errorAt(std::int64_t line, ErrorId id, std::vector<std::string> args) const {
  return makeError(id, ErrorCode::InvalidInput, std::move(args), m_label + ":" + std::to_string(line));
}

Error RowMapping::error(ErrorId id, std::vector<std::string> args) const {
  return makeError(id, ErrorCode::InvalidInput, std::move(args), m_label);
}

std::string RowMapping::attributeName(size_t index) const {
  if (index < m_header.size() && !m_header[index].empty()) return m_header[index];
  return "column " + std::to_string(index + 1);
}

std::string_view trimmed(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string> splitTags(std::string_view text) {
  std::vector<std::string> tags;
  forEachTag(text, [&](std::string_view tag) { tags.emplace_back(tag); });
  return tags;
}

}  // namespace copydesk
