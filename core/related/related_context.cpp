#include "core/related/related_context.h"

#include <string>
#include <string_view>

#include "core/related/related_selection.h"

namespace copydesk {
namespace {

bool namesRelated(std::string_view text) {
  for (std::size_t open = text.find("{{"); open != std::string_view::npos; open = text.find("{{", open + 2)) {
    std::size_t i = open + 2;
    while (i < text.size() && (text[i] == '#' || text[i] == '^' || text[i] == '/' || text[i] == '{' ||
                               text[i] == '&' || text[i] == ' ')) {
      ++i;
    }
    if (text.compare(i, 7, "related") == 0) return true;
  }
  return false;
}

// {"upsell": true, "cross_sell": false, …}: one flag per reason, for {{#reason_is.upsell}}…
Json reasonFlags(RelationReason reason) {
  Json flags = Json::object();
  for (int i = 0; i <= static_cast<int>(RelationReason::Added); ++i) {
    const auto each = static_cast<RelationReason>(i);
    std::string key(reasonName(each));
    for (char& c : key) c = c == '-' ? '_' : c;
    flags[key] = each == reason;
  }
  return flags;
}

}  // namespace

Json relatedContext(const std::vector<RelatedProduct>& related) {
  Json list = Json::array();
  for (const RelatedProduct& r : related) {
    const ProductSummary& p = r.product;
    std::string tagsText;
    for (const std::string& tag : p.tags) tagsText += (tagsText.empty() ? "" : ", ") + tag;
    list.push_back(Json{{"sku", p.sku},
                        {"title", p.title},
                        {"brand", p.brand},
                        {"price", p.price},
                        {"category", p.category},
                        {"tags", p.tags},
                        {"tags_text", tagsText},
                        {"reason", reasonName(r.reason)},
                        {"detail", r.detail},
                        {"reason_is", reasonFlags(r.reason)},
                        {"linked", r.reason <= RelationReason::Grouped}});
  }
  return list;
}

bool templateUsesRelated(const PromptTemplate& prompt) {
  return namesRelated(prompt.systemPart) || namesRelated(prompt.userPart);
}

Status addRelatedContext(Database& db, const Product& product, std::span<Json> contexts) {
  if (contexts.empty()) return {};
  auto selection = RelatedSelector(db).forProduct(product);
  if (!selection) return selection.error();
  const Json related = relatedContext(selection->items);
  for (Json& context : contexts) {
    context["related"] = related;
    context["has_related"] = !related.empty();
  }
  return {};
}

}  // namespace copydesk
