#pragma once

#include <cstdint>
#include <filesystem>

namespace copydesk::bench {

// Writes a generic catalog CSV of `rows` products with realistic columns (SKU, title, description,
// brand, category, tags, price, material, origin, weight, colour, stock), about a third of them in
// Chinese, a few descriptions quoted with commas and line breaks. Deterministic for a given seed.
void writeGenericCatalog(const std::filesystem::path& path, std::int64_t rows, std::uint32_t seed = 42);

}  // namespace copydesk::bench
