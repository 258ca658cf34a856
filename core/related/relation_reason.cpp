#include "core/related/relation_reason.h"

#include <array>

namespace copydesk {
namespace {

constexpr std::array<std::string_view, 7> kNames = {"upsell", "cross-sell", "grouped", "tag",
                                                    "category", "similar", "added"};

}  // namespace

std::string_view reasonName(RelationReason reason) { return kNames[static_cast<std::size_t>(reason)]; }

std::optional<RelationReason> reasonFromName(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<RelationReason>(i);
  }
  return std::nullopt;
}

}  // namespace copydesk
