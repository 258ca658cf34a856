#pragma once

#include <cstdint>
#include <string>

namespace copydesk {

// A shopper's question about one product (issue 14), from reviews, a Q&A tab or a help desk. An
// answer is a draft that names it; templates see its text as {{question}}.
struct Question {
  std::int64_t id = 0;
  std::int64_t productId = 0;
  std::string sku;         // joined in: the product's
  std::string text;        // as first imported
  std::string key;         // questionKey(text): what near-duplicates are compared by
  std::string source;      // where it came from ("reviews", "help desk" …), may be empty
  std::string askedOn;     // YYYY-MM-DD of the latest time it was asked, or ""
  std::int64_t asked = 1;  // how often: each near-duplicate merged into it adds one
  std::string importedAt;
};

}  // namespace copydesk
