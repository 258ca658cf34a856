#pragma once

#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/store/draft.h"
#include "core/store/product.h"
#include "core/translation/market.h"

namespace copydesk {

// What a translation prompt renders against (issue 14): buildTemplateContext() of the product, plus
//   source: {text, field, language ("" when it is the catalog's own)}
//   target: {code, language, language_zh, market, units, imperial, metric (booleans), convert (list of {rule}),
//            channel}
//   keep_terms: list of {term}, keep_terms_text ("\"A\", \"B\""), has_keep_terms: the glossary's do-not-translate terms for the
//   product's brand (brand name included), to be written exactly as in the source.
Json buildTranslationContext(const Product& product, const Draft& source, const Market& target,
                             const std::vector<std::string>& keepTerms, const Json& variables = Json::object());

}  // namespace copydesk
