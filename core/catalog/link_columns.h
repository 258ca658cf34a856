#pragma once

#include <optional>
#include <string_view>

#include "core/common/json.h"
#include "core/store/product_link.h"

namespace copydesk {

// The kind of link a JSON key or generic CSV column holds, matched like other headers (case,
// spaces and punctuation ignored): "upsells", "cross_sells", "Cross-sells", "grouped", "Grouped
// products", "related", "关联商品", "搭配商品", "组合商品" … (issue 14).
std::optional<LinkKind> linkColumnKind(std::string_view header);

// A JSON value's SKUs as links: an array of strings (or numbers), or one comma-separated string.
void appendJsonLinks(std::vector<ProductLink>& links, LinkKind kind, const Json& value);

}  // namespace copydesk
