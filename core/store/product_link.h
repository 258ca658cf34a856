#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// A link the catalog itself keeps between two products (issue 14): WooCommerce's Upsells,
// Cross-sells and Grouped products, Shopify's recommendation metafields, a JSON file's lists.
enum class LinkKind { Upsell, CrossSell, Grouped };

// "upsell", "cross-sell", "grouped": the names the store, the CLI and templates use.
std::string_view linkKindName(LinkKind kind);
std::optional<LinkKind> linkKindFromName(std::string_view name);

// The other product by its SKU (or "id:N" for a WooCommerce product without one), as the source
// named it: it may be imported later, so it is resolved when read, never at import.
struct ProductLink {
  LinkKind kind = LinkKind::CrossSell;
  std::string sku;
  bool operator==(const ProductLink&) const = default;
};

// Appends a link per SKU of a comma-separated list ("a, b" or 、，), each SKU once per kind.
void appendLinks(std::vector<ProductLink>& links, LinkKind kind, std::string_view list);
// The same, one SKU given.
void appendLink(std::vector<ProductLink>& links, LinkKind kind, std::string_view sku);
// The SKUs of one kind, "a, b": as WooCommerce's columns write them.
std::string joinedLinks(const std::vector<ProductLink>& links, LinkKind kind);

}  // namespace copydesk
