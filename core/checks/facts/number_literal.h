#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace copydesk {

// A number as copy writes it: 500, 1,000, 1.5, 9/16, 1-9/16, 1 9/16, ½, 1½.
struct NumberLiteral {
  double value = 0;
  std::size_t start = 0;
  std::size_t end = 0;  // bytes [start, end) of the text
  int decimals = 0;     // digits after the point: "1.80" has 2, so it means 1.795 … 1.805
  bool integer = true;  // no point and no fraction
};

// The number that starts at `pos` (a digit or a vulgar fraction), or nullopt.
std::optional<NumberLiteral> numberAt(std::string_view text, std::size_t pos);

// True when a number may start at `pos`: not inside a word or a code ("X100", "AB-500", "v1.5",
// the "5" of "1,5" or "1.5").
bool numberMayStartAt(std::string_view text, std::size_t pos);

}  // namespace copydesk
