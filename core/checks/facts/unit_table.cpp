#include "core/checks/facts/unit_table.h"

#include <array>

namespace copydesk {
namespace {

using D = Dimension;

constexpr double kInch = 25.4;
constexpr double kFoot = 304.8;
constexpr double kFluidOunce = 29.5735;
constexpr double kOunce = 28.3495;
constexpr double kPound = 453.592;

Unit metric(std::string_view text, D dimension, double factor) { return Unit{text, dimension, factor}; }

Unit imperial(std::string_view text, D dimension, double factor) {
  Unit unit{text, dimension, factor};
  unit.imperial = true;
  return unit;
}

Unit exact(Unit unit) {
  unit.caseSensitive = true;
  return unit;
}

Unit glued(Unit unit) {
  unit.gluedOnly = true;
  return unit;
}

Unit notBefore(Unit unit, std::string_view characters) {
  unit.notBefore = characters;
  return unit;
}

Unit quote(std::string_view text) {
  Unit unit = glued(imperial(text, D::Length, kInch));
  unit.quoteMark = true;
  return unit;
}

Unit ounce(std::string_view text) {
  Unit unit = imperial(text, D::Mass, kOunce);
  unit.altFactor = kFluidOunce;
  unit.altDimension = D::Volume;
  return unit;
}

Unit fahrenheit(std::string_view text) {
  Unit unit = imperial(text, D::Temperature, 5.0 / 9.0);
  unit.offset = -32.0 * 5.0 / 9.0;
  return unit;
}

Unit storageG() {
  Unit unit = exact(glued(metric("G", D::Data, 1e9)));
  unit.powersOfTwo = true;
  return unit;
}

// Latin units compare ASCII case-insensitively unless marked exact; the longest that fits wins,
// so "mAh" beats "m" and "fl oz" beats nothing.
const std::vector<Unit>& units() {
  static const std::vector<Unit> table = {
      // volume
      metric("ml", D::Volume, 1), metric("millilitre", D::Volume, 1), metric("millilitres", D::Volume, 1),
      metric("milliliter", D::Volume, 1), metric("milliliters", D::Volume, 1), metric("cl", D::Volume, 10),
      metric("l", D::Volume, 1000), metric("litre", D::Volume, 1000), metric("litres", D::Volume, 1000),
      metric("liter", D::Volume, 1000), metric("liters", D::Volume, 1000), metric("cc", D::Volume, 1),
      imperial("fl oz", D::Volume, kFluidOunce), imperial("fl. oz", D::Volume, kFluidOunce),
      imperial("fl. oz.", D::Volume, kFluidOunce), imperial("fl.oz", D::Volume, kFluidOunce),
      imperial("fl.oz.", D::Volume, kFluidOunce), imperial("floz", D::Volume, kFluidOunce),
      imperial("fluid ounce", D::Volume, kFluidOunce), imperial("fluid ounces", D::Volume, kFluidOunce),
      imperial("gal", D::Volume, 3785.41), imperial("gallon", D::Volume, 3785.41),
      imperial("gallons", D::Volume, 3785.41), imperial("qt", D::Volume, 946.353),
      imperial("quart", D::Volume, 946.353), imperial("quarts", D::Volume, 946.353),
      imperial("pint", D::Volume, 473.176), imperial("pints", D::Volume, 473.176),
      metric("毫升", D::Volume, 1), notBefore(metric("升", D::Volume, 1000), "级降温高值华旗"),
      metric("公升", D::Volume, 1000),
      // mass
      metric("mg", D::Mass, 0.001), metric("milligram", D::Mass, 0.001), metric("milligrams", D::Mass, 0.001),
      exact(metric("g", D::Mass, 1)), metric("gram", D::Mass, 1), metric("grams", D::Mass, 1),
      metric("gramme", D::Mass, 1), metric("grammes", D::Mass, 1), metric("kg", D::Mass, 1000),
      metric("kilogram", D::Mass, 1000), metric("kilograms", D::Mass, 1000), metric("kilo", D::Mass, 1000),
      metric("kilos", D::Mass, 1000), imperial("lb", D::Mass, kPound), imperial("lbs", D::Mass, kPound),
      imperial("pound", D::Mass, kPound), imperial("pounds", D::Mass, kPound), ounce("oz"), ounce("ounce"),
      ounce("ounces"), metric("毫克", D::Mass, 0.001), notBefore(metric("克", D::Mass, 1), "拉隆服"),
      metric("千克", D::Mass, 1000), metric("公斤", D::Mass, 1000), metric("斤", D::Mass, 500),
      // length
      metric("mm", D::Length, 1), metric("cm", D::Length, 10), exact(metric("m", D::Length, 1000)),
      metric("km", D::Length, 1e6), metric("millimetre", D::Length, 1), metric("millimetres", D::Length, 1),
      metric("millimeter", D::Length, 1), metric("millimeters", D::Length, 1),
      metric("centimetre", D::Length, 10), metric("centimetres", D::Length, 10),
      metric("centimeter", D::Length, 10), metric("centimeters", D::Length, 10),
      metric("metre", D::Length, 1000), metric("metres", D::Length, 1000), metric("meter", D::Length, 1000),
      metric("meters", D::Length, 1000), metric("kilometre", D::Length, 1e6),
      metric("kilometres", D::Length, 1e6), metric("kilometer", D::Length, 1e6),
      metric("kilometers", D::Length, 1e6), imperial("in", D::Length, kInch), imperial("inch", D::Length, kInch),
      imperial("inches", D::Length, kInch), quote("\""), quote("\u2033"), quote("\u201D"),
      imperial("ft", D::Length, kFoot), imperial("foot", D::Length, kFoot), imperial("feet", D::Length, kFoot),
      imperial("yd", D::Length, 914.4), imperial("yard", D::Length, 914.4), imperial("yards", D::Length, 914.4),
      metric("毫米", D::Length, 1), metric("厘米", D::Length, 10), metric("公分", D::Length, 10),
      notBefore(metric("米", D::Length, 1000), "色饭粒白黄酒其"), metric("千米", D::Length, 1e6),
      metric("公里", D::Length, 1e6), imperial("英寸", D::Length, kInch), imperial("英尺", D::Length, kFoot),
      // power and energy
      metric("w", D::Power, 1), metric("watt", D::Power, 1), metric("watts", D::Power, 1),
      metric("kw", D::Power, 1000), metric("kilowatt", D::Power, 1000), metric("kilowatts", D::Power, 1000),
      notBefore(metric("瓦", D::Power, 1), "片罐"), metric("瓦特", D::Power, 1), metric("千瓦", D::Power, 1000),
      metric("wh", D::Energy, 1), metric("kwh", D::Energy, 1000), metric("瓦时", D::Energy, 1),
      metric("千瓦时", D::Energy, 1000),
      // battery charge, voltage, current
      metric("mah", D::Charge, 1), metric("ah", D::Charge, 1000), metric("毫安时", D::Charge, 1),
      metric("毫安", D::Charge, 1), metric("安时", D::Charge, 1000), metric("v", D::Voltage, 1),
      metric("volt", D::Voltage, 1), metric("volts", D::Voltage, 1), metric("伏", D::Voltage, 1),
      metric("伏特", D::Voltage, 1), exact(glued(metric("A", D::Current, 1))), metric("amp", D::Current, 1),
      metric("amps", D::Current, 1), metric("ampere", D::Current, 1), metric("amperes", D::Current, 1),
      exact(glued(metric("mA", D::Current, 0.001))), metric("安培", D::Current, 1),
      // data
      metric("kb", D::Data, 1e3), metric("mb", D::Data, 1e6), metric("gb", D::Data, 1e9),
      metric("tb", D::Data, 1e12), storageG(),
      // frequency
      metric("hz", D::Frequency, 1), metric("khz", D::Frequency, 1e3), metric("mhz", D::Frequency, 1e6),
      metric("ghz", D::Frequency, 1e9), metric("赫兹", D::Frequency, 1), metric("千赫", D::Frequency, 1e3),
      metric("兆赫", D::Frequency, 1e6),
      // temperature
      metric("\u00B0c", D::Temperature, 1), metric("\u2103", D::Temperature, 1),
      metric("摄氏度", D::Temperature, 1), fahrenheit("\u00B0f"), fahrenheit("\u2109"), fahrenheit("华氏度"),
      // time
      glued(exact(metric("h", D::Time, 3600))), metric("hr", D::Time, 3600), metric("hrs", D::Time, 3600),
      metric("hour", D::Time, 3600), metric("hours", D::Time, 3600), metric("min", D::Time, 60),
      metric("mins", D::Time, 60), metric("minute", D::Time, 60), metric("minutes", D::Time, 60),
      metric("sec", D::Time, 1), metric("secs", D::Time, 1), metric("seconds", D::Time, 1),
      metric("小时", D::Time, 3600), metric("个小时", D::Time, 3600), metric("分钟", D::Time, 60),
      notBefore(metric("秒", D::Time, 1), "杀"),
  };
  return table;
}

bool isAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool startsWithUnit(std::string_view text, std::size_t pos, const Unit& unit) {
  if (text.size() - pos < unit.text.size()) return false;
  for (std::size_t i = 0; i < unit.text.size(); ++i) {
    const char a = text[pos + i], b = unit.text[i];
    if (unit.caseSensitive ? a != b : lower(a) != lower(b)) return false;
  }
  return true;
}

bool startsWith(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.size() - pos >= prefix.size() && text.substr(pos, prefix.size()) == prefix;
}

// The first UTF-8 character at pos, as bytes.
std::string_view charAt(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {};
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return text.substr(pos, std::min(n, text.size() - pos));
}

bool containsChar(std::string_view characters, std::string_view c) {
  return !c.empty() && characters.find(c) != std::string_view::npos;
}

// "in" is also the preposition ("2 in 1", "5 in stock"): after a spaced number it is an inch
// only where nothing but punctuation, a multiplication sign or a measuring word follows.
bool inchWordFits(std::string_view text, std::size_t end, bool glued) {
  if (end >= text.size()) return true;
  const char next = text[end];
  if (next == '-') return false;  // 2-in-1
  if (glued) return !isAsciiAlnum(next);
  if (next == '.' || next == ',' || next == ';' || next == ':' || next == ')' || next == ']' || next == '\n')
    return true;
  if (next != ' ') return false;
  static constexpr std::string_view kFollowers[] = {"x ", "× ", "* ", "long", "wide", "tall", "high", "deep",
                                                    "thick", "diameter", "dia", "length", "width", "height",
                                                    "screen", "display"};
  const std::size_t word = end + 1;
  for (std::string_view follower : kFollowers)
    if (startsWith(text, word, follower) &&
        (follower.back() == ' ' || word + follower.size() >= text.size() ||
         !isAsciiAlnum(text[word + follower.size()])))
      return true;
  return false;
}

bool isLatinUnit(const Unit& unit) { return static_cast<unsigned char>(unit.text[0]) < 0x80; }

// What may follow a unit: a Latin one is not glued to a letter or digit ("5 mins", "2in1"), not
// squared ("10 m²"), not per something ("30 km/h", "3 w/ lid"); a Chinese one not part of a word.
bool endFits(std::string_view text, const Unit& unit, std::size_t end, bool glued) {
  if (unit.text == "in") return inchWordFits(text, end, glued);
  if (end >= text.size()) return true;
  if (containsChar(unit.notBefore, charAt(text, end))) return false;
  if (!isLatinUnit(unit)) return true;
  const bool timesDigit = (text[end] == 'x' || text[end] == 'X') && end + 1 < text.size() &&
                          text[end + 1] >= '0' && text[end + 1] <= '9';  // 50gx5: a pack
  if (isAsciiLetter(unit.text.back()) && isAsciiAlnum(text[end]) && !timesDigit) return false;
  if (startsWith(text, end, "\u00B2") || startsWith(text, end, "\u00B3")) return false;
  if (text[end] == '/' && end + 1 < text.size() && isAsciiLetter(text[end + 1])) return false;
  return true;
}

}  // namespace

std::string_view baseUnitName(Dimension dimension) {
  switch (dimension) {
    case D::Volume: return "ml";
    case D::Mass: return "g";
    case D::Length: return "mm";
    case D::Power: return "W";
    case D::Energy: return "Wh";
    case D::Charge: return "mAh";
    case D::Voltage: return "V";
    case D::Current: return "A";
    case D::Data: return "B";
    case D::Frequency: return "Hz";
    case D::Temperature: return "\u00B0C";
    case D::Time: return "s";
  }
  return "";
}

std::optional<UnitMatch> unitAt(std::string_view text, std::size_t pos, bool glued) {
  std::optional<UnitMatch> best;
  for (const Unit& unit : units()) {
    if (unit.gluedOnly && !glued) continue;
    if (best && unit.text.size() <= best->end - pos) continue;
    if (!startsWithUnit(text, pos, unit)) continue;
    const std::size_t end = pos + unit.text.size();
    if (endFits(text, unit, end, glued)) best = UnitMatch{&unit, end};
  }
  return best;
}

const Unit* unitNamed(std::string_view name) {
  for (const Unit& unit : units())
    if (!unit.gluedOnly && unit.text.size() == name.size() && startsWithUnit(name, 0, unit)) return &unit;
  return nullptr;
}

std::size_t countWordAt(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 22> kChinese = {
      "袋装", "瓶装", "盒装", "支装", "罐装", "包", "袋", "盒", "瓶", "支", "个", "片",
      "罐", "只", "条", "卷", "件", "粒", "听", "桶", "箱", "装"};
  for (std::string_view word : kChinese)
    if (startsWith(text, pos, word)) return pos + word.size();

  std::size_t at = pos;
  while (at < text.size() && text[at] == ' ') ++at;
  static constexpr std::array<std::string_view, 26> kEnglish = {
      "pieces", "piece", "pcs",   "pc",     "packs", "pack", "pk",    "bags",    "bag",
      "bottles", "bottle", "cans", "can",   "boxes", "box",  "count", "ct",      "rolls",
      "roll",   "sachets", "sachet", "tubes", "tube", "jars", "jar",  "bars"};
  for (std::string_view word : kEnglish) {
    if (text.size() - at < word.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < word.size() && same; ++i) same = lower(text[at + i]) == word[i];
    const std::size_t end = at + word.size();
    if (same && (end >= text.size() || !isAsciiAlnum(text[end]))) return end;
  }
  return pos;
}

}  // namespace copydesk
