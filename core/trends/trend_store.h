#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/trends/trend_point.h"

namespace copydesk {

// The keyword series the store keeps (table trend_points, schema v12): one value per keyword,
// SKU and day. Importing a point that is already there replaces its value, so importing an
// updated export again does not count anything twice.
class TrendStore final {
 public:
  explicit TrendStore(Database& db) : m_db(db) {}

  // Writes the points in one transaction; `source` is the format they came in ("google-trends").
  Status put(const std::vector<TrendPoint>& points, std::string_view source);
  // Every keyword's series, each day's SKUs added up, keywords in byte order.
  Result<std::vector<KeywordSeries>> series();
  Result<std::int64_t> count();

 private:
  Database& m_db;
};

}  // namespace copydesk
