#include "core/store/product_link_store.h"

namespace copydesk {

Status ProductLinkStore::prepare() {
  if (m_insert.prepared()) return {};
  auto del = m_db.prepare("DELETE FROM product_links WHERE product_id = ?");
  auto ins = m_db.prepare("INSERT INTO product_links (product_id, position, kind, target_sku) VALUES (?, ?, ?, ?)");
  auto sel = m_db.prepare("SELECT kind, target_sku FROM product_links WHERE product_id = ? ORDER BY position");
  for (auto* stmt : {&del, &ins, &sel}) {
    if (!*stmt) return stmt->error();
  }
  m_delete = std::move(*del);
  m_insert = std::move(*ins);
  m_select = std::move(*sel);
  return {};
}

Status ProductLinkStore::replace(std::int64_t productId, std::span<const ProductLink> links, bool fresh) {
  if (fresh && links.empty()) return {};  // the common case of an import: nothing to write
  if (auto st = prepare(); !st) return st;
  if (!fresh) {
    m_delete.reset();
    if (!m_delete.bind(1, productId).run()) return m_db.lastError("replacing a product's links");
  }
  for (std::size_t i = 0; i < links.size(); ++i) {
    m_insert.reset();
    m_insert.bind(1, productId)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, linkKindName(links[i].kind))
        .bind(4, links[i].sku);
    if (!m_insert.run()) return m_db.lastError("saving a product's links");
  }
  return {};
}

Result<std::vector<ProductLink>> ProductLinkStore::linksOf(std::int64_t productId) {
  if (auto st = prepare(); !st) return st.error();
  m_select.reset();
  m_select.bind(1, productId);
  std::vector<ProductLink> links;
  while (m_select.step()) {
    if (auto kind = linkKindFromName(m_select.textView(0))) links.push_back({*kind, m_select.text(1)});
  }
  if (!m_select.ok()) return m_db.lastError("reading a product's links");
  return links;
}

Result<std::vector<std::string>> ProductLinkStore::linkedFrom(const std::string& sku, LinkKind kind) {
  auto stmt = m_db.prepare(
      "SELECT p.sku FROM product_links l JOIN products p ON p.id = l.product_id "
      "WHERE l.target_sku = ? AND l.kind = ? ORDER BY p.id");
  if (!stmt) return stmt.error();
  stmt->bind(1, sku).bind(2, linkKindName(kind));
  std::vector<std::string> skus;
  while (stmt->step()) {
    std::string from = stmt->text(0);
    if (skus.empty() || skus.back() != from) skus.push_back(std::move(from));
  }
  if (!stmt->ok()) return m_db.lastError("reading linked products");
  return skus;
}

}  // namespace copydesk
