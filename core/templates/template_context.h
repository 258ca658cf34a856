#pragma once

#include <string>

#include "core/common/json.h"
#include "core/store/persona.h"
#include "core/store/product.h"

namespace copydesk {

// The Json a prompt template renders against, built from a product and the user's variables:
//   sku, title, description, brand, category, price, tags (list), tags_text ("a, b"),
//   has_variants, has_attributes (booleans, for sections that need a yes/no), variants (list of
//   {sku, title, price, options, option_list, attributes}), attributes (object), attribute_list
//   (list of {name, value} for every attribute with a non-empty plain value: the facts a "use only
//   these facts" prompt lists; structured values such as image lists are left out);
//   vars: the user variables (brand_voice, audience, language, keywords, tone, length, …);
//   and, at top level, each user variable and then each attribute by its column name (also under a
//   snake_case alias such as "product_type" for "Product Type") where the name is still free.
// The well-known product keys always win: an attribute called "title" stays under attributes.
// With a persona (issue 13), "persona" holds it: {{persona.name}}, {{persona.description}},
// {{persona.audience}}, {{persona.interests}}, {{persona.tone}}, {{persona.language}},
// {{persona.channel}}; without one "persona" is false, so {{#persona}}…{{/persona}} is skipped.
// "related" is an empty list here; core/related/related_context.h fills it with the product's related
// products for templates that use {{#related}}…{{/related}} (issue 14).
Json buildTemplateContext(const Product& product, const Json& variables = Json::object(),
                          const Persona* persona = nullptr);

Json personaContext(const Persona& persona);

// variables laid over defaults (a template's declared variables): keys in variables win.
Json mergeVariables(const Json& defaults, const Json& variables);

// "Product Type" -> "product_type"; ASCII letters lowered, runs of other ASCII become one '_',
// non-ASCII (e.g. 材质) kept as it is.
std::string variableAlias(const std::string& columnName);

}  // namespace copydesk
