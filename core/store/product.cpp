#include "core/store/product.h"

namespace copydesk {

Json toJson(const Variant& variant) {
  return Json{{"sku", variant.sku},
              {"title", variant.title},
              {"price", variant.price},
              {"options", variant.options},
              {"attributes", variant.attributes}};
}

Json toJson(const Product& product) {
  Json variants = Json::array();
  for (const Variant& variant : product.variants) variants.push_back(toJson(variant));
  return Json{{"id", product.id},
              {"sku", product.sku},
              {"title", product.title},
              {"description", product.description},
              {"brand", product.brand},
              {"category", product.category},
              {"tags", product.tags},
              {"price", product.price},
              {"variants", std::move(variants)},
              {"attributes", product.attributes},
              {"source", product.source},
              {"created_at", product.createdAt},
              {"updated_at", product.updatedAt}};
}

}  // namespace copydesk
