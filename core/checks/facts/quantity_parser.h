#pragma once

#include <string_view>
#include <vector>

#include "core/checks/facts/quantity.h"

namespace copydesk {

// Every quantity with a unit in a text, in order: "500ml", "1.5 L", "9/16\"", "1-9/16 in",
// "50g×5" and "5 x 50 g" (packs: per item and in total), "30×20×10 cm" (each side), "10-20 cm"
// (a range), "2万毫安", "-20°C". Numbers without a unit, percentages, years, and numbers inside
// codes ("X100W", "AB-500") are not quantities.
std::vector<Quantity> findQuantities(std::string_view text);

}  // namespace copydesk
