#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/related/related_product.h"

namespace copydesk {

// How alike two products read, from their titles and attribute values, in any script: Latin words
// and digit runs count whole ("cast", "iron", "26"), Chinese (and other CJK) text by overlapping
// character pairs ("龙井绿茶" → 龙井 井绿 绿茶), as Chinese has no spaces between its words and most
// of them are two characters. Case, full-width forms and punctuation are folded away first.

// The product's distinct features, hashed and sorted.
std::vector<std::uint64_t> likenessFeatures(const ProductSummary& product);

// Jaccard similarity of two feature sets, 0…1.
double likeness(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// Up to `most` pieces of a title that the store's substring search can look up through its index
// (three characters or more): words of three letters or more, and three-character windows of CJK runs.
// Longest words first; the search for each finds the candidates likeness() then ranks.
std::vector<std::string> likenessSearchPieces(std::string_view title, std::size_t most);

}  // namespace copydesk
