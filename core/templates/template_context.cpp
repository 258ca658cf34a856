#include "core/templates/template_context.h"

namespace copydesk {
namespace {

// A fact reads as one line: a non-empty plain value. Structured columns (image lists and the like)
// stay reachable under attributes but would only be noise in a "facts:" list.
bool isFact(const Json& value) {
  if (value.is_string()) return !value.get_ref<const std::string&>().empty();
  return value.is_primitive() && !value.is_null();
}

Json nameValueList(const Json& object, bool factsOnly) {
  Json list = Json::array();
  if (!object.is_object()) return list;
  for (const auto& [name, value] : object.items())
    if (!factsOnly || isFact(value)) list.push_back(Json{{"name", name}, {"value", value}});
  return list;
}

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

Json variantContext(const Variant& variant) {
  return Json{{"sku", variant.sku},
              {"title", variant.title},
              {"price", variant.price},
              {"options", variant.options},
              {"option_list", nameValueList(variant.options, false)},
              {"attributes", variant.attributes}};
}

// Adds key unless the context already has it (earlier sources have priority).
void addIfFree(Json& context, const std::string& key, const Json& value) {
  if (key.empty() || context.contains(key)) return;
  context[key] = value;
}

}  // namespace

std::string variableAlias(const std::string& columnName) {
  std::string alias;
  bool pendingSeparator = false;
  for (unsigned char c : columnName) {
    const bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!keep) {
      pendingSeparator = !alias.empty();
      continue;
    }
    if (pendingSeparator) alias += '_';
    pendingSeparator = false;
    alias += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return alias;
}

Json mergeVariables(const Json& defaults, const Json& variables) {
  Json merged = defaults.is_object() ? defaults : Json::object();
  if (variables.is_object())
    for (const auto& [key, value] : variables.items()) merged[key] = value;
  return merged;
}

Json personaContext(const Persona& persona) {
  return Json{{"name", persona.name},         {"description", persona.description},
              {"audience", persona.audience}, {"interests", persona.interests},
              {"tone", persona.tone},         {"language", persona.language},
              {"channel", persona.channel}};
}

Json buildTemplateContext(const Product& product, const Json& variables, const Persona* persona) {
  Json variants = Json::array();
  for (const Variant& variant : product.variants) variants.push_back(variantContext(variant));
  const Json& attributes = product.attributes.is_object() ? product.attributes : Json::object();
  const Json facts = nameValueList(attributes, true);
  Json context{{"sku", product.sku},
               {"title", product.title},
               {"description", product.description},
               {"brand", product.brand},
               {"category", product.category},
               {"price", product.price},
               {"tags", product.tags},
               {"tags_text", joined(product.tags)},
               {"variants", std::move(variants)},
               {"attributes", attributes},
               {"attribute_list", facts},
               {"source", product.source},
               {"has_variants", !product.variants.empty()},
               {"has_attributes", !facts.empty()}};
  // false rather than missing: {{#persona}}…{{/persona}} is then a known name, skipped without a warning.
  context["persona"] = persona ? personaContext(*persona) : Json(false);
  // Filled by core/related for templates that list related products (issue 14); empty skips {{#related}}.
  context["related"] = Json::array();
  context["has_related"] = false;
  const Json vars = variables.is_object() ? variables : Json::object();
  context["vars"] = vars;
  for (const auto& [key, value] : vars.items()) addIfFree(context, key, value);
  for (const auto& [key, value] : attributes.items()) addIfFree(context, key, value);
  for (const auto& [key, value] : attributes.items()) addIfFree(context, variableAlias(key), value);
  return context;
}

}  // namespace copydesk
