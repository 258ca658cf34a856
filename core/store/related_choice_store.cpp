#include "core/store/related_choice_store.h"

#include "core/common/json.h"
#include "core/common/paths.h"

namespace copydesk {

Result<std::optional<std::vector<RelatedChoiceItem>>> RelatedChoiceStore::find(std::int64_t productId) {
  auto stmt = m_db.prepare("SELECT items FROM related_choices WHERE product_id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, productId);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("reading the chosen related products");
    return std::optional<std::vector<RelatedChoiceItem>>{};
  }
  std::vector<RelatedChoiceItem> items;
  const Json parsed = Json::parse(stmt->textView(0), nullptr, false);
  if (parsed.is_array()) {
    for (const Json& item : parsed) {
      if (item.is_object()) items.push_back({item.value("sku", ""), item.value("reason", ""), item.value("detail", "")});
    }
  }
  return std::optional<std::vector<RelatedChoiceItem>>(std::move(items));
}

Status RelatedChoiceStore::save(std::int64_t productId, const std::vector<RelatedChoiceItem>& items,
                                const std::string& author) {
  Json array = Json::array();
  for (const RelatedChoiceItem& item : items) {
    Json entry{{"sku", item.sku}, {"reason", item.reason}};
    if (!item.detail.empty()) entry["detail"] = item.detail;
    array.push_back(std::move(entry));
  }
  auto stmt = m_db.prepare(
      "INSERT INTO related_choices (product_id, items, author, updated_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (product_id) DO UPDATE SET items = excluded.items, author = excluded.author, "
      "updated_at = excluded.updated_at");
  if (!stmt) return stmt.error();
  stmt->bind(1, productId).bind(2, array.dump()).bind(3, author).bind(4, nowIso8601());
  if (!stmt->run()) return m_db.lastError("saving the chosen related products");
  return {};
}

Status RelatedChoiceStore::clear(std::int64_t productId) {
  auto stmt = m_db.prepare("DELETE FROM related_choices WHERE product_id = ?");
  if (!stmt) return stmt.error();
  if (!stmt->bind(1, productId).run()) return m_db.lastError("forgetting the chosen related products");
  return {};
}

}  // namespace copydesk
