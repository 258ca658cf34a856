#include "core/trends/trend_store.h"

#include "core/common/error_id.h"
#include "core/store/sql_dialect.h"

namespace copydesk {

Status TrendStore::put(const std::vector<TrendPoint>& points, std::string_view source) {
  Transaction transaction(m_db);
  if (!transaction.begun()) return transaction.begun();
  auto insert = m_db.prepare(
      "INSERT INTO trend_points(keyword, sku, day, value, source) VALUES(?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(keyword, sku, day) DO UPDATE SET value = excluded.value, source = excluded.source");
  if (!insert) return insert.error();
  for (const TrendPoint& point : points) {
    insert->reset();
    insert->bind(1, point.keyword).bind(2, point.sku).bind(3, formatTrendDate(point.day)).bind(4, point.value).bind(5, source);
    if (!insert->run()) return m_db.lastError("saving the trend of '" + point.keyword + "'");
  }
  return transaction.commit();
}

Result<std::vector<KeywordSeries>> TrendStore::series() {
  auto stmt = m_db.prepare(std::string("SELECT keyword, day, sum(value) FROM trend_points GROUP BY keyword, day "
                                       "ORDER BY keyword") + byteOrder(m_db) + ", day");
  if (!stmt) return stmt.error();
  std::vector<KeywordSeries> all;
  while (stmt->step()) {
    const std::string_view keyword = stmt->textView(0);
    const auto day = parseTrendDate(stmt->textView(1));
    if (!day) continue;  // written by this class as YYYY-MM-DD: nothing else is there to read
    if (all.empty() || all.back().keyword != keyword) all.push_back({std::string(keyword), {}});
    all.back().samples.push_back({*day, stmt->real(2)});
  }
  if (!stmt->ok()) return m_db.lastError("reading the keyword trends");
  return all;
}

Result<std::int64_t> TrendStore::count() {
  auto stmt = m_db.prepare("SELECT count(*) FROM trend_points");
  if (!stmt) return stmt.error();
  if (!stmt->step()) return m_db.lastError("counting the keyword trends");
  return stmt->integer(0);
}

}  // namespace copydesk
