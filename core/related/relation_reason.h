#pragma once

#include <optional>
#include <string_view>

namespace copydesk {

// Why a product is related to another (issue 14), strongest first: the catalog's own links, then
// what the two share, then likeness. Added: the writer put it there by hand.
enum class RelationReason { Upsell, CrossSell, Grouped, Tag, Category, Similar, Added };

// "upsell", "cross-sell", "grouped", "tag", "category", "similar", "added": the CLI's and the
// templates' words, also kept in the store.
std::string_view reasonName(RelationReason reason);
std::optional<RelationReason> reasonFromName(std::string_view name);

}  // namespace copydesk
