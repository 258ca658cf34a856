#include "core/export/formula_guard.h"

namespace copydesk {
namespace {

// Whether the line starting at `begin` would be evaluated; `first` says whether it is the cell's
// first line (where a leading CR or LF also counts: the cell then starts with a line break).
bool dangerousLine(std::string_view cell, std::size_t begin, bool first) {
  std::size_t i = begin;
  while (i < cell.size() && cell[i] == ' ') ++i;
  if (i >= cell.size()) return false;
  switch (cell[i]) {
    case '=': case '+': case '-': case '@': case '\t': return true;
    case '\r': case '\n': return first;
    default: return false;
  }
}

template <class Visit>
void forEachLineStart(std::string_view cell, Visit visit) {
  visit(std::size_t{0}, true);
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == '\r' && i + 1 < cell.size() && cell[i + 1] == '\n') ++i;
    if ((cell[i] == '\n' || cell[i] == '\r') && i + 1 < cell.size()) visit(i + 1, false);
  }
}

}  // namespace

bool looksLikeFormula(std::string_view cell) {
  bool found = false;
  forEachLineStart(cell, [&](std::size_t begin, bool first) { found = found || dangerousLine(cell, begin, first); });
  return found;
}

std::string neutralizeFormula(std::string_view cell) {
  std::string out;
  out.reserve(cell.size() + 4);
  std::size_t copied = 0;
  forEachLineStart(cell, [&](std::size_t begin, bool first) {
    if (!dangerousLine(cell, begin, first)) return;
    out.append(cell.substr(copied, begin - copied));
    out += '\'';
    copied = begin;
  });
  out.append(cell.substr(copied));
  return out;
}

}  // namespace copydesk
