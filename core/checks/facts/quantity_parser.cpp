#include "core/checks/facts/quantity_parser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "core/checks/facts/number_literal.h"

namespace copydesk {
namespace {

bool startsWith(std::string_view text, std::size_t pos, std::string_view prefix) {
  return pos <= text.size() && text.size() - pos >= prefix.size() && text.substr(pos, prefix.size()) == prefix;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) {
  return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Spaces between a number and its unit: ASCII, no-break, thin, narrow no-break.
std::size_t skipSpaces(std::string_view text, std::size_t pos) {
  for (;;) {
    if (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    else if (startsWith(text, pos, "\u00A0")) pos += 2;
    else if (startsWith(text, pos, "\u2009") || startsWith(text, pos, "\u202F")) pos += 3;
    else return pos;
  }
}

// A number with what follows it: a unit ("50 g"), a count word ("5袋", "5 packs") or nothing.
struct Factor {
  NumberLiteral number;
  double scale = 1;  // 2万毫安: 20,000 mAh
  const Unit* unit = nullptr;
  bool counted = false;
  bool negative = false;
  std::size_t start = 0;
  std::size_t end = 0;
};

bool isPowerOfTwo(double value) {
  if (value < 8 || value != std::floor(value)) return false;  // 4G is a network
  const auto n = static_cast<unsigned long long>(value);
  return (n & (n - 1)) == 0;
}

bool opensQuotation(std::string_view text, std::size_t numberStart) {
  if (numberStart == 0) return false;
  const char before = text[numberStart - 1];
  return before == '"' || before == '\'' || (numberStart >= 3 && startsWith(text, numberStart - 3, "\u201C"));
}

std::optional<UnitMatch> unitAfter(std::string_view text, const NumberLiteral& number, std::size_t at) {
  const std::size_t spaced = skipSpaces(text, at);
  const bool glued = spaced == at;
  auto unit = unitAt(text, spaced, glued);
  // "15-inch", "6-ft": a hyphen joins a spelt-out or two-letter unit to its number.
  if (!unit && glued && at < text.size() && text[at] == '-') {
    unit = unitAt(text, at + 1, false);
    if (unit && (unit->unit->text.size() < 2 || unit->unit->text == "in" ||
                 static_cast<unsigned char>(unit->unit->text[0]) >= 0x80))
      unit.reset();
  }
  if (!unit) return std::nullopt;
  if (unit->unit->powersOfTwo && !isPowerOfTwo(number.value)) return std::nullopt;
  if (unit->unit->quoteMark && opensQuotation(text, number.start)) return std::nullopt;
  return unit;
}

std::optional<Factor> factorAt(std::string_view text, std::size_t pos) {
  auto number = numberAt(text, pos);
  if (!number) return std::nullopt;
  Factor f;
  f.number = *number;
  f.start = number->start;
  f.end = number->end;
  std::size_t at = number->end;
  // 2万毫安, 5千毫安: a Chinese multiplier before the unit (千克 itself is a unit, so it goes first).
  for (auto [word, scale] : {std::pair<std::string_view, double>{"万", 1e4}, {"千", 1e3}}) {
    if (startsWith(text, at, word) && !unitAt(text, at, true) && unitAt(text, at + word.size(), true)) {
      f.scale = scale;
      at += word.size();
      break;
    }
  }
  if (auto unit = unitAfter(text, *number, at)) {
    f.unit = unit->unit;
    f.end = unit->end;
  } else if (f.scale == 1) {
    const std::size_t counted = countWordAt(text, skipSpaces(text, at));
    if (counted != skipSpaces(text, at)) {
      f.counted = true;
      f.end = counted;
    }
  }
  return f;
}

// The multiplication sign between the factors of a pack or a size: × x X * ＊ ✕.
std::optional<std::size_t> timesAfter(std::string_view text, std::size_t pos) {
  std::size_t at = skipSpaces(text, pos);
  static constexpr std::array<std::string_view, 6> kSigns = {"\u00D7", "x", "X", "*", "\uFF0A", "\u2715"};
  for (std::string_view sign : kSigns) {
    if (!startsWith(text, at, sign)) continue;
    const std::size_t next = skipSpaces(text, at + sign.size());
    if (next < text.size() && isDigit(text[next])) return next;
  }
  return std::nullopt;
}

// A range's joint: 10-20, 10–20, 10~20, 10 to 20, 10至20, 10到20.
std::optional<std::size_t> rangeJointAfter(std::string_view text, std::size_t pos) {
  std::size_t at = skipSpaces(text, pos);
  static constexpr std::array<std::string_view, 8> kJoints = {"-", "\u2013", "\u2014", "~", "\uFF5E",
                                                              "to ", "至", "到"};
  for (std::string_view joint : kJoints) {
    if (!startsWith(text, at, joint)) continue;
    const std::size_t next = skipSpaces(text, at + joint.size());
    if (next < text.size() && isDigit(text[next])) return next;
  }
  return std::nullopt;
}

Amount amountOf(double value, int decimals, double scale, const Unit& unit, double factor, Dimension dimension) {
  Amount a;
  a.dimension = dimension;
  a.low = a.high = value * scale * factor + (dimension == unit.dimension ? unit.offset : 0);
  a.slack = decimals > 0 ? 0.5 * std::pow(10.0, -decimals) * scale * factor : 0;
  a.unit = &unit;
  return a;
}

// The readings of `value` in `unit`: one, or two for an ounce (mass and fluid).
void addReadings(std::vector<Amount>& out, double value, int decimals, double scale, const Unit& unit, int part = 0) {
  out.push_back(amountOf(value, decimals, scale, unit, unit.factor, unit.dimension));
  if (unit.altFactor > 0) out.push_back(amountOf(value, decimals, scale, unit, unit.altFactor, unit.altDimension));
  for (std::size_t i = out.size() - (unit.altFactor > 0 ? 2 : 1); i < out.size(); ++i) out[i].part = part;
}

double signedValue(const Factor& f) { return f.negative ? -f.number.value : f.number.value; }

Quantity quantityOver(std::string_view text, std::size_t start, std::size_t end) {
  Quantity q;
  q.start = start;
  q.end = end;
  q.text = std::string(text.substr(start, end - start));
  return q;
}

Quantity single(std::string_view text, const Factor& f) {
  Quantity q = quantityOver(text, f.start, f.end);
  addReadings(q.amounts, signedValue(f), f.number.decimals, f.scale, *f.unit);
  return q;
}

// -20°C, 零下20℃: the sign is read for temperatures only (elsewhere "-" joins words and codes).
void readSign(std::string_view text, Factor& f) {
  if (!f.unit || f.unit->dimension != Dimension::Temperature) return;
  for (std::string_view sign : {std::string_view("-"), std::string_view("\u2212"), std::string_view("零下")}) {
    if (f.start < sign.size() || text.substr(f.start - sign.size(), sign.size()) != sign) continue;
    const std::size_t before = f.start - sign.size();
    if (before > 0 && isAsciiAlnum(text[before - 1])) continue;
    f.negative = true;
    f.start = before;
    return;
  }
}

void addPack(std::string_view text, const Factor& item, double count, std::size_t start, std::size_t end,
             std::vector<Quantity>& out) {
  Quantity q = quantityOver(text, start, end);
  addReadings(q.amounts, item.number.value, item.number.decimals, item.scale, *item.unit);
  addReadings(q.amounts, item.number.value * count, item.number.decimals, item.scale, *item.unit);
  out.push_back(std::move(q));
}

// "80×160 cm", "30cm x 20cm x 10cm": sides in a length unit, their own or the last one's.
bool isSize(const std::vector<Factor>& factors) {
  const Factor& last = factors.back();
  if (!last.unit || last.unit->dimension != Dimension::Length) return false;
  return std::all_of(factors.begin(), factors.end(), [](const Factor& f) {
    return !f.counted && (!f.unit || f.unit->dimension == Dimension::Length);
  });
}

// The factors of "a × b × c …" read as a pack, a size, or quantities side by side.
void addProduct(std::string_view text, const std::vector<Factor>& factors, std::vector<Quantity>& out) {
  const Factor& first = factors.front();
  const Factor& last = factors.back();
  const bool restCounts = std::all_of(factors.begin() + 1, factors.end(),
                                      [](const Factor& f) { return !f.unit && f.number.integer; });
  if (first.unit && restCounts) {  // 50g×5, 50克*5袋
    double count = 1;
    for (std::size_t i = 1; i < factors.size(); ++i) count *= factors[i].number.value;
    addPack(text, first, count, first.start, last.end, out);
    return;
  }
  if (isSize(factors)) {
    Quantity q = quantityOver(text, first.start, last.end);
    for (std::size_t i = 0; i < factors.size(); ++i) {
      const Factor& f = factors[i];
      const Unit& unit = f.unit ? *f.unit : *last.unit;
      addReadings(q.amounts, f.number.value, f.number.decimals, f.unit ? f.scale : last.scale, unit,
                  static_cast<int>(i));
    }
    out.push_back(std::move(q));
    return;
  }
  const bool leadingCounts = std::all_of(factors.begin(), factors.end() - 1,
                                         [](const Factor& f) { return !f.unit && f.number.integer; });
  if (last.unit && leadingCounts) {  // 5 x 50 g, 5袋×50克
    double count = 1;
    for (std::size_t i = 0; i + 1 < factors.size(); ++i) count *= factors[i].number.value;
    addPack(text, last, count, first.start, last.end, out);
    return;
  }
  for (const Factor& f : factors)  // 500ml x 2L: each stands for itself
    if (f.unit) out.push_back(single(text, f));
}

// Reads the expression that starts with a number at `pos`; returns where scanning goes on.
std::size_t readExpression(std::string_view text, std::size_t pos, std::vector<Quantity>& out) {
  auto first = factorAt(text, pos);
  if (!first) return pos;
  std::vector<Factor> factors{*first};
  while (auto next = timesAfter(text, factors.back().end)) {
    auto factor = factorAt(text, *next);
    if (!factor) break;
    factors.push_back(*factor);
  }
  if (factors.size() > 1) {
    addProduct(text, factors, out);
    return factors.back().end;
  }

  Factor f = *first;
  if (auto joint = rangeJointAfter(text, f.end)) {
    auto upper = factorAt(text, *joint);
    if (upper && upper->unit && (!f.unit || f.unit->dimension == upper->unit->dimension)) {
      const Unit& lowUnit = f.unit ? *f.unit : *upper->unit;
      readSign(text, f);
      Quantity q = quantityOver(text, f.start, upper->end);
      std::vector<Amount> low, high;
      addReadings(low, signedValue(f), f.number.decimals, f.unit ? f.scale : upper->scale, lowUnit);
      addReadings(high, upper->number.value, upper->number.decimals, upper->scale, *upper->unit);
      for (std::size_t i = 0; i < low.size() && i < high.size(); ++i) {
        Amount a = high[i];
        a.low = std::min(low[i].low, high[i].high);
        a.high = std::max(low[i].low, high[i].high);
        a.slack = std::max(low[i].slack, high[i].slack);
        q.amounts.push_back(a);
      }
      out.push_back(std::move(q));
      return upper->end;
    }
  }
  if (!f.unit) return f.end;
  readSign(text, f);
  out.push_back(single(text, f));
  return f.end;
}

std::size_t charLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

}  // namespace

std::vector<Quantity> findQuantities(std::string_view text) {
  std::vector<Quantity> found;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto c = static_cast<unsigned char>(text[pos]);
    const bool numberLike = isDigit(static_cast<char>(c)) || c == 0xC2 || c == 0xE2;
    if (numberLike && numberMayStartAt(text, pos) && numberAt(text, pos)) {
      pos = std::max(readExpression(text, pos, found), pos + 1);
      while (pos < text.size() && isDigit(text[pos])) ++pos;  // never restart inside a number
      continue;
    }
    pos += charLength(c);
  }
  return found;
}

}  // namespace copydesk
