#include "core/checks/facts/number_literal.h"

#include <array>
#include <cmath>

namespace copydesk {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) {
  return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct VulgarFraction {
  std::string_view text;
  double value;
};

constexpr std::array<VulgarFraction, 11> kVulgar = {{{"\u00BD", 0.5},
                                                     {"\u00BC", 0.25},
                                                     {"\u00BE", 0.75},
                                                     {"\u2153", 1.0 / 3},
                                                     {"\u2154", 2.0 / 3},
                                                     {"\u215B", 0.125},
                                                     {"\u215C", 0.375},
                                                     {"\u215D", 0.625},
                                                     {"\u215E", 0.875},
                                                     {"\u2155", 0.2},
                                                     {"\u2159", 1.0 / 6}}};

std::optional<VulgarFraction> vulgarAt(std::string_view text, std::size_t pos) {
  for (const auto& v : kVulgar)
    if (text.substr(pos, v.text.size()) == v.text) return v;
  return std::nullopt;
}

// Digits, with thousands groups ("1,000,000": exactly three digits after each comma).
std::size_t digitsEnd(std::string_view text, std::size_t pos, double& value) {
  std::size_t at = pos;
  value = 0;
  while (at < text.size() && isDigit(text[at])) value = value * 10 + (text[at++] - '0');
  const std::size_t leading = at - pos;
  while (leading > 0 && leading <= 3 && at + 3 < text.size() && text[at] == ',' && isDigit(text[at + 1]) &&
         isDigit(text[at + 2]) && isDigit(text[at + 3]) && (at + 4 >= text.size() || !isDigit(text[at + 4]))) {
    value = value * 1000 + (text[at + 1] - '0') * 100 + (text[at + 2] - '0') * 10 + (text[at + 3] - '0');
    at += 4;
  }
  return at;
}

// "9/16" at pos: digits, a slash, digits; nullopt unless both are there.
std::optional<NumberLiteral> fractionAt(std::string_view text, std::size_t pos) {
  std::size_t at = pos;
  double numerator = 0, denominator = 0;
  while (at < text.size() && isDigit(text[at])) numerator = numerator * 10 + (text[at++] - '0');
  if (at == pos || at >= text.size() || text[at] != '/') return std::nullopt;
  const std::size_t denStart = ++at;
  while (at < text.size() && isDigit(text[at])) denominator = denominator * 10 + (text[at++] - '0');
  if (at == denStart || denominator == 0) return std::nullopt;
  if (at < text.size() && (text[at] == '/' || text[at] == '.')) return std::nullopt;  // a date, a version
  NumberLiteral n;
  n.value = numerator / denominator;
  n.start = pos;
  n.end = at;
  n.integer = false;
  return n;
}

}  // namespace

bool numberMayStartAt(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  const char before = text[pos - 1];
  if (isAsciiAlnum(before) || before == '_' || before == '#') return false;
  // "1.5" and "1,5" are read from their first digit; "AB-500" and "x/500" are codes.
  if ((before == '.' || before == ',' || before == '-' || before == '/') && pos >= 2 &&
      (isAsciiAlnum(text[pos - 2]) || text[pos - 2] == '_'))
    return false;
  return true;
}

std::optional<NumberLiteral> numberAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  if (auto vulgar = vulgarAt(text, pos))
    return NumberLiteral{vulgar->value, pos, pos + vulgar->text.size(), 0, false};
  if (!isDigit(text[pos])) return std::nullopt;

  if (auto fraction = fractionAt(text, pos)) return fraction;

  NumberLiteral n;
  n.start = pos;
  std::size_t at = digitsEnd(text, pos, n.value);
  if (at + 1 < text.size() && text[at] == '.' && isDigit(text[at + 1])) {
    double scale = 0.1;
    for (++at; at < text.size() && isDigit(text[at]); ++at, scale /= 10) {
      n.value += (text[at] - '0') * scale;
      ++n.decimals;
    }
    n.integer = false;
    if (at < text.size() && text[at] == '.' && at + 1 < text.size() && isDigit(text[at + 1]))
      return std::nullopt;  // 1.2.3: a version
    n.end = at;
    return n;
  }
  n.end = at;

  // A mixed number: 1½, 1 9/16, 1-9/16 (a proper fraction after the whole number).
  if (auto vulgar = vulgarAt(text, at)) {
    n.value += vulgar->value;
    n.end = at + vulgar->text.size();
    n.integer = false;
    return n;
  }
  if (at + 1 < text.size() && (text[at] == ' ' || text[at] == '-')) {
    if (auto vulgar = vulgarAt(text, at + 1); vulgar && text[at] == ' ') {
      n.value += vulgar->value;
      n.end = at + 1 + vulgar->text.size();
      n.integer = false;
      return n;
    }
    if (auto fraction = fractionAt(text, at + 1); fraction && fraction->value < 1) {
      n.value += fraction->value;
      n.end = fraction->end;
      n.integer = false;
    }
  }
  return n;
}

}  // namespace copydesk
