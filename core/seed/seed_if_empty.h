#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

struct SeedSummary {
  bool seeded = false;         // false: the store already held products or templates; nothing was written
  std::int64_t products = 0;   // products imported from the sample catalog
  std::int64_t variants = 0;
  int templates = 0;           // default templates saved (version 1 each)
};

// "seeded 24 products (31 variants) and 6 templates", or "the store already has data".
std::string describeSeed(const SeedSummary& summary);

// First run: when the store has neither products nor templates, imports
// resources/catalog/sample_products.json and saves the default templates of resources/templates.
// All in one write transaction, the emptiness check included, so two processes opening a new
// file at once seed it exactly once. Any failure leaves the store as it was.
Result<SeedSummary> seedIfEmpty(Database& db, const std::filesystem::path& resources);

}  // namespace copydesk
