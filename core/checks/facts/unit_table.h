#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace copydesk {

// What a quantity measures. Every unit of a dimension converts to one base unit, so 1 L and
// 1000 ml compare equal.
enum class Dimension {
  Volume,       // ml
  Mass,         // g
  Length,       // mm
  Power,        // W
  Energy,       // Wh
  Charge,       // mAh
  Voltage,      // V
  Current,      // A
  Data,         // bytes (1000-based: 1 GB = 10^9)
  Frequency,    // Hz
  Temperature,  // °C
  Time,         // seconds: battery life, charging and cooking times (not days: "7天无理由退换" is a policy)
};

std::string_view baseUnitName(Dimension dimension);

// One way of writing a unit: "ml", "毫升", "fl oz", "\"".
struct Unit {
  std::string_view text;
  Dimension dimension;
  double factor;       // base units per one of this unit
  double offset = 0;   // added after the factor (°F → °C)
  bool imperial = false;
  bool caseSensitive = false;  // "m" is a metre, "M" is not; "g" a gram, "G" not
  bool gluedOnly = false;      // only written right after the number: 2A, 9/16", 128G
  bool quoteMark = false;      // " ″ ” for inches: not after a number that opens a quotation
  bool powersOfTwo = false;    // 128G is storage only for 8, 16, 32 … (5G is a network, 2.4G a band)
  std::string_view notBefore;  // characters that make it another word (升级, 米色, 克拉)
  // oz and ounce: a mass, or a volume when they mean fluid ounces (a 16 oz tumbler).
  double altFactor = 0;  // 0: no second reading
  Dimension altDimension = Dimension::Volume;
};

// The unit written at `pos` (after the number and any space), the longest that fits and is not
// glued to a following letter or digit; nullopt when none is. `glued`: no space came between.
struct UnitMatch {
  const Unit* unit = nullptr;
  std::size_t end = 0;
};
std::optional<UnitMatch> unitAt(std::string_view text, std::size_t pos, bool glued);

// The unit spelt exactly `name` (an attribute key's "(ml)", "grams"), or null.
const Unit* unitNamed(std::string_view name);

// Words that count items in a pack (袋, pcs, bottles): "50g×5袋", "5 packs x 50 g".
std::size_t countWordAt(std::string_view text, std::size_t pos);  // its end, or pos when none

}  // namespace copydesk
