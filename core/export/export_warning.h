#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/export/text_limits.h"

namespace copydesk {

// Something a catalog manager should see before a file goes to the shop.
struct ExportWarning {
  enum class Kind { OverLimit, MissingColumn, MissingValue, Unapproved, FormulaLike, NotInLayout };
  Kind kind = Kind::OverLimit;
  std::string sku;     // empty for file-wide warnings
  std::string field;   // the copy field or column concerned
  std::string message;

  std::string describe() const { return sku.empty() ? message : sku + ": " + message; }
};

// Collects warnings; a layout adds to it while it builds rows.
class ExportWarnings final {
 public:
  void add(ExportWarning::Kind kind, std::string sku, std::string field, std::string message) {
    m_list.push_back({kind, std::move(sku), std::move(field), std::move(message)});
  }
  // Adds an OverLimit warning when `text` measures more than `limit`; true when it did.
  bool checkLimit(const std::string& sku, const std::string& field, const std::string& column,
                  const std::string& text, std::size_t limit, LengthUnit unit);

  const std::vector<ExportWarning>& list() const { return m_list; }
  std::vector<ExportWarning> take() { return std::move(m_list); }

 private:
  std::vector<ExportWarning> m_list;
};

}  // namespace copydesk
