#include "core/catalog/link_columns.h"

#include <array>
#include <utility>

#include "core/catalog/column_mapping.h"
#include "core/catalog/json_mapping.h"

namespace copydesk {
namespace {

// Normalised header names (normalizeHeader: lower-case, no spaces or punctuation).
constexpr std::array<std::pair<std::string_view, LinkKind>, 18> kLinkHeaders = {{
    {"upsells", LinkKind::Upsell},
    {"upsell", LinkKind::Upsell},
    {"upsellskus", LinkKind::Upsell},
    {"crosssells", LinkKind::CrossSell},
    {"crosssell", LinkKind::CrossSell},
    {"crosssellskus", LinkKind::CrossSell},
    {"related", LinkKind::CrossSell},
    {"relatedproducts", LinkKind::CrossSell},
    {"complementaryproducts", LinkKind::CrossSell},
    {"grouped", LinkKind::Grouped},
    {"groupedproducts", LinkKind::Grouped},
    {"children", LinkKind::Grouped},
    {"关联商品", LinkKind::CrossSell},
    {"相关商品", LinkKind::CrossSell},
    {"搭配商品", LinkKind::CrossSell},
    {"推荐商品", LinkKind::CrossSell},
    {"升级商品", LinkKind::Upsell},
    {"组合商品", LinkKind::Grouped},
}};

}  // namespace

std::optional<LinkKind> linkColumnKind(std::string_view header) {
  const std::string name = normalizeHeader(header);
  for (const auto& [known, kind] : kLinkHeaders) {
    if (name == known) return kind;
  }
  return std::nullopt;
}

void appendJsonLinks(std::vector<ProductLink>& links, LinkKind kind, const Json& value) {
  if (value.is_array()) {
    for (const Json& item : value) {
      if (item.is_primitive()) appendLink(links, kind, jsonText(item));
    }
  } else if (value.is_primitive()) {
    appendLinks(links, kind, jsonText(value));
  }
}

}  // namespace copydesk
