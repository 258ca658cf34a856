#pragma once

#include <string>
#include <string_view>

namespace copydesk {

// Spreadsheet formula injection (OWASP "CSV injection"): a cell whose first character after any
// leading spaces is = + - @ TAB CR or LF is evaluated by spreadsheets, and so is each line of a
// multi-line cell. The guard puts a ' in front of every such line (before its leading spaces).
// Only spreadsheet-safe exports use it: a shop importer would store the ' literally.
bool looksLikeFormula(std::string_view cell);
std::string neutralizeFormula(std::string_view cell);

}  // namespace copydesk
