#include "core/related/product_summary_reader.h"

#include <algorithm>
#include <functional>

namespace copydesk {
namespace {

constexpr std::size_t kKeysPerStatement = 250;

ProductSummary readSummary(const Statement& stmt) {
  ProductSummary s;
  s.id = stmt.integer(0);
  s.sku = stmt.text(1);
  s.title = stmt.text(2);
  s.brand = stmt.text(3);
  s.category = stmt.text(4);
  const Json tags = Json::parse(stmt.textView(5), nullptr, false);
  if (tags.is_array()) {
    for (const Json& tag : tags) {
      if (tag.is_string()) s.tags.push_back(tag.get<std::string>());
    }
  }
  s.price = stmt.text(6);
  const Json attributes = Json::parse(stmt.textView(7), nullptr, false);
  if (attributes.is_object()) s.attributes = attributes;
  return s;
}

}  // namespace

template <class Key, class Bind>
Status ProductSummaryReader::read(const char* column, const std::vector<Key>& keys, Bind bind,
                                  const std::function<void(ProductSummary&&)>& each) {
  for (std::size_t from = 0; from < keys.size(); from += kKeysPerStatement) {
    const std::size_t count = std::min(kKeysPerStatement, keys.size() - from);
    std::string sql = std::string("SELECT id, sku, title, brand, category, tags, price, attributes FROM products WHERE ") +
                      column + " IN (";
    for (std::size_t i = 0; i < count; ++i) sql += i == 0 ? "?" : ", ?";
    sql += ")";
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    for (std::size_t i = 0; i < count; ++i) bind(*stmt, static_cast<int>(i + 1), keys[from + i]);
    while (stmt->step()) each(readSummary(*stmt));
    if (!stmt->ok()) return m_db.lastError("reading related products");
  }
  return {};
}

Result<std::unordered_map<std::int64_t, ProductSummary>> ProductSummaryReader::byIds(
    const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, ProductSummary> found;
  auto st = read("id", ids, [](Statement& s, int i, std::int64_t id) { s.bind(i, id); },
                 [&](ProductSummary&& summary) { found.emplace(summary.id, std::move(summary)); });
  if (!st) return st.error();
  return found;
}

Result<std::unordered_map<std::string, ProductSummary>> ProductSummaryReader::bySkus(
    const std::vector<std::string>& skus) {
  std::unordered_map<std::string, ProductSummary> found;
  auto st = read("sku", skus, [](Statement& s, int i, const std::string& sku) { s.bind(i, sku); },
                 [&](ProductSummary&& summary) { found.emplace(summary.sku, std::move(summary)); });
  if (!st) return st.error();
  return found;
}

}  // namespace copydesk
