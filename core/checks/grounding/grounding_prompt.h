#pragma once

#include <string>
#include <string_view>

#include "core/checks/grounding/grounding_options.h"
#include "core/llm/chat_request.h"
#include "core/store/product.h"

namespace copydesk {

// The product's facts as the model reads them: title, brand, category, price, tags, attributes,
// variants and the description as plain text (HTML converted), one labelled line or block each.
// Empty fields are left out, so the model is not told "Brand: " and left to guess.
std::string productFactsText(const Product& product);

// The one chat request of a grounding check: a system message with the task and the strict JSON
// answer it must give ({"claims":[{"quote","reason"}]}, nothing else), and a user message with the
// facts and the draft, each fenced in tags and declared data, not instructions.
llm::ChatRequest groundingRequest(const Product& product, std::string_view draft, const GroundingOptions& options);

// The max_tokens a grounding request carries unless the options set one: room to quote a good part
// of the draft back with a reason per claim, and never unbounded (the estimate's upper bound).
int groundingMaxOutputTokens(std::string_view draft);

}  // namespace copydesk
