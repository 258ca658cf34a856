#include "core/export/export_warning.h"

namespace copydesk {

bool ExportWarnings::checkLimit(const std::string& sku, const std::string& field, const std::string& column,
                                const std::string& text, std::size_t limit, LengthUnit unit) {
  const std::size_t actual = measure(text, unit);
  if (actual <= limit) return false;
  add(ExportWarning::Kind::OverLimit, sku, field,
      field + " (" + column + ") is " + std::to_string(actual) + " " + std::string(unitName(unit)) +
          ", over the limit of " + std::to_string(limit));
  return true;
}

}  // namespace copydesk
