#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// How far a product's copy has come: the furthest any of its drafts has got
// (a rejected draft counts as a draft: it is back with the writer).
enum class CopyStatus { None, Draft, InReview, Approved, Exported };

// What a list of products shows per product: its own columns, how many variants it has and how
// far its copy has come.
struct ProductListRow {
  std::int64_t id = 0;
  std::string sku;
  std::string title;
  std::string category;
  int variants = 0;
  CopyStatus status = CopyStatus::None;
};

// The rows for these product ids, one per id in the same order, in one query (variant counts and
// the copy status grouped per product). An id that no longer exists gets a row with only its id.
Result<std::vector<ProductListRow>> loadProductListRows(Database& db, std::span<const std::int64_t> ids);

}  // namespace copydesk
