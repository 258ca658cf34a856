#include "core/store/product_link.h"

#include <algorithm>

namespace copydesk {
namespace {

std::string_view trimmedSku(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '[' || c == ']'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string_view linkKindName(LinkKind kind) {
  switch (kind) {
    case LinkKind::Upsell: return "upsell";
    case LinkKind::CrossSell: return "cross-sell";
    case LinkKind::Grouped: return "grouped";
  }
  return "cross-sell";
}

std::optional<LinkKind> linkKindFromName(std::string_view name) {
  for (LinkKind kind : {LinkKind::Upsell, LinkKind::CrossSell, LinkKind::Grouped}) {
    if (linkKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

void appendLink(std::vector<ProductLink>& links, LinkKind kind, std::string_view sku) {
  sku = trimmedSku(sku);
  if (sku.empty()) return;
  const bool known = std::any_of(links.begin(), links.end(),
                                 [&](const ProductLink& l) { return l.kind == kind && l.sku == sku; });
  if (!known) links.push_back({kind, std::string(sku)});
}

void appendLinks(std::vector<ProductLink>& links, LinkKind kind, std::string_view list) {
  // Separators: ',' and the Chinese '，' (EF BC 8C) and '、' (E3 80 81); also '|' and ';' that some
  // exports use between SKUs.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= list.size();) {
    std::size_t sep = 0;
    if (i == list.size() || list[i] == ',' || list[i] == '|' || list[i] == ';') sep = 1;
    else if (list.compare(i, 3, "\xEF\xBC\x8C") == 0 || list.compare(i, 3, "\xE3\x80\x81") == 0) sep = 3;
    if (!sep) {
      ++i;
      continue;
    }
    appendLink(links, kind, list.substr(start, i - start));
    i += sep;
    start = i;
  }
}

std::string joinedLinks(const std::vector<ProductLink>& links, LinkKind kind) {
  std::string text;
  for (const ProductLink& link : links) {
    if (link.kind == kind) text += (text.empty() ? "" : ", ") + link.sku;
  }
  return text;
}

}  // namespace copydesk
