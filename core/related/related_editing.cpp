#include "core/related/related_editing.h"

#include "core/common/error_id.h"
#include "core/store/product_store.h"

namespace copydesk {

Result<Product> RelatedEditing::product(std::int64_t productId) {
  auto found = ProductStore(m_db).findById(productId);
  if (!found) return found.error();
  if (!*found) return makeError("product.gone", ErrorCode::NotFound, {std::to_string(productId)});
  return std::move(**found);
}

Result<RelatedView> RelatedEditing::load(std::int64_t productId) {
  auto p = product(productId);
  if (!p) return p.error();
  auto selection = RelatedSelector(m_db).forProduct(*p);
  if (!selection) return selection.error();
  return RelatedView{p->id, p->sku, p->title, std::move(*selection)};
}

Result<RelatedView> RelatedEditing::edit(std::int64_t productId, const std::vector<std::string>& add,
                                         const std::vector<std::string>& drop, const std::string& author) {
  auto p = product(productId);
  if (!p) return p.error();
  RelatedSelector selector(m_db);
  auto current = selector.forProduct(*p);
  if (!current) return current.error();
  if (auto st = selector.keep(*p, RelatedSelector::edited(*current, add, drop), author); !st) return st.error();
  return load(productId);
}

Result<RelatedView> RelatedEditing::drop(std::int64_t productId, const std::string& sku, const std::string& author) {
  return edit(productId, {}, {sku}, author);
}

Result<RelatedView> RelatedEditing::add(std::int64_t productId, const std::string& wanted, const std::string& author) {
  ProductStore store(m_db);
  auto exact = store.findBySku(wanted);
  if (!exact) return exact.error();
  std::string sku = *exact ? (*exact)->sku : std::string();
  if (sku.empty() && !wanted.empty()) {
    auto found = store.list({.search = wanted, .limit = 2});
    if (!found) return found.error();
    for (const Product& candidate : *found) {
      if (candidate.id != productId && sku.empty()) sku = candidate.sku;
    }
  }
  if (sku.empty()) return makeError("related.unknown-sku", ErrorCode::NotFound, {wanted});
  return edit(productId, {sku}, {}, author);
}

Result<RelatedView> RelatedEditing::reset(std::int64_t productId) {
  auto p = product(productId);
  if (!p) return p.error();
  if (auto st = RelatedSelector(m_db).reset(*p); !st) return st.error();
  return load(productId);
}

}  // namespace copydesk
