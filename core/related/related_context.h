#pragma once

#include <span>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/related/related_product.h"
#include "core/store/database.h"
#include "core/store/product.h"
#include "core/templates/prompt_template.h"

namespace copydesk {

// The "related" list a prompt template renders (issue 14), one object per related product:
//   sku, title, brand, price, category, tags (list), tags_text ("a, b"), reason ("upsell",
//   "cross-sell", "grouped", "tag", "category", "similar", "added"), detail (the shared tags, the
//   category or the likeness score), reason_is (one flag per reason: {{#reason_is.upsell}}…, with
//   cross_sell for cross-sell), linked (a link of the catalog's own).
// {{#related}}…{{/related}} repeats for each; an empty list skips the section; has_related says
// whether there is any (for a heading).
Json relatedContext(const std::vector<RelatedProduct>& related);

// Whether either part of the template names "related" in a tag: only then is it worth finding the
// related products of every product of a batch.
bool templateUsesRelated(const PromptTemplate& prompt);

// Sets "related" in each of the product's contexts to its selection (RelatedSelector::forProduct:
// the writer's kept choice, else the finder's first five).
Status addRelatedContext(Database& db, const Product& product, std::span<Json> contexts);

}  // namespace copydesk
