#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// The product fields a source column can feed.
enum class ProductField { Sku, Title, Description, Brand, Category, Tags, Price };
inline constexpr std::array<ProductField, 7> kProductFields = {
    ProductField::Sku,      ProductField::Title, ProductField::Description, ProductField::Brand,
    ProductField::Category, ProductField::Tags,  ProductField::Price};
std::string_view fieldName(ProductField field);  // "sku", "title", …

// Which source column (by its header name as written in the file) feeds each field; an empty
// name means none. The GUI's import dialog edits this; generic CSV and JSON imports use it.
struct ColumnMapping {
  std::array<std::string, kProductFields.size()> columns;
  // Source columns left out of the product altogether; any other unmapped column is kept as an
  // attribute under its header name.
  std::vector<std::string> ignored;

  const std::string& column(ProductField field) const { return columns[static_cast<size_t>(field)]; }
  std::string& column(ProductField field) { return columns[static_cast<size_t>(field)]; }
  bool isIgnored(std::string_view name) const;
  bool operator==(const ColumnMapping&) const = default;
};

// Matches header names to fields ignoring case, spaces, punctuation and language:
// "SKU", "handle", "货号", "编码" → sku; "Name", "标题", "名称" → title; …
ColumnMapping matchColumns(const std::vector<std::string>& header);

// The field a single header name stands for, if any.
bool matchesField(std::string_view header, ProductField field);

// Position of each mapped column in the header (-1 when unmapped or absent).
using ColumnIndexes = std::array<int, kProductFields.size()>;
ColumnIndexes resolveColumns(const ColumnMapping& mapping, const std::vector<std::string>& header);

// Lower-cased ASCII with spaces, '_', '-', '.', '/', '(' and ')' removed; other bytes kept.
std::string normalizeHeader(std::string_view header);

}  // namespace copydesk
