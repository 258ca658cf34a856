#include "core/checks/rules/product_facts.h"

#include "core/checks/rules/term_matcher.h"

namespace copydesk {
namespace {

bool affirms(const Json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (!value.is_string()) return false;
  const std::string text = foldAscii(value.get_ref<const std::string&>());
  return text == "yes" || text == "true" || text == "y" || text == "是" || text == "有";
}

void appendValues(const Json& value, std::string& out) {
  if (value.is_string()) {
    out += value.get_ref<const std::string&>();
    out += '\n';
  } else if (value.is_number() || value.is_boolean()) {
    out += value.dump();
    out += '\n';
  } else if (value.is_object() || value.is_array()) {
    for (const auto& [key, item] : value.items()) {
      // "Antibacterial: yes" / "抗菌: 是" states the claim as much as a value does; "…: no" does not.
      if (value.is_object() && affirms(item)) {
        out += key;
        out += '\n';
      }
      appendValues(item, out);
    }
  }
}

}  // namespace

std::string foldedFacts(const Product& product) {
  std::string facts = product.title + "\n" + product.description + "\n";
  for (const auto& tag : product.tags) facts += tag + "\n";
  appendValues(product.attributes, facts);
  for (const auto& variant : product.variants) {
    facts += variant.title + "\n";
    appendValues(variant.options, facts);
    appendValues(variant.attributes, facts);
  }
  return foldAscii(facts);
}

std::string brandOf(const std::string& inputBrand, const Product* product) {
  if (!inputBrand.empty()) return inputBrand;
  return product ? product->brand : std::string();
}

}  // namespace copydesk
