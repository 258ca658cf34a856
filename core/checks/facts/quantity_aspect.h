#pragma once

#include <string_view>
#include <vector>

#include "core/checks/facts/quantity.h"

namespace copydesk {

// What a quantity measures of the product, when the words around it say: a height, a diameter,
// a load, an output… "" when nothing does. Copy's "1.5 cm thick" is not contradicted by facts
// giving only a height, nor "holds up to 200 kg" by the product's weight: a quantity with an
// aspect is held only to facts of the same aspect (docs: number_verdict.h).
//
// `folded`: the text, ASCII letters lower-cased. A size of several sides ("80×160 cm") is "size".
std::string_view aspectAround(std::string_view folded, const Quantity& quantity);

// The aspect an attribute's name gives its values: "diameter", "高度", "max load", "适用床宽".
std::string_view aspectInName(std::string_view foldedName, const Quantity& quantity);

// Sets each quantity's aspect from the words around it in `folded` (the text they were found in).
void markAspects(std::string_view folded, std::vector<Quantity>& quantities);

}  // namespace copydesk
