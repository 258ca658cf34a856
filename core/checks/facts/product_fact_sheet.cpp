#include "core/checks/facts/product_fact_sheet.h"

#include <array>
#include <cmath>

#include "core/checks/facts/number_literal.h"
#include "core/checks/facts/quantity_aspect.h"
#include "core/checks/facts/quantity_parser.h"
#include "core/export/html_to_text.h"

namespace copydesk {
namespace {

std::string fold(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Columns that hold codes, money, links or bookkeeping, not statements about the product.
bool isBookkeeping(std::string_view key) {
  const std::string k = fold(key);
  static constexpr std::array<std::string_view, 19> kWords = {
      "image", "url",    "src",  "link",      "handle", "sku",    "barcode", "gtin",  "ean",  "upc",
      "price", "cost",   "inventory", "position", "status", "published", "tax",  "template", "gift card"};
  for (std::string_view word : kWords)
    if (k.find(word) != std::string::npos) return true;
  return k == "id" || (k.size() > 3 && (k.ends_with("_id") || k.ends_with(" id")));
}

bool affirms(const Json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (!value.is_string()) return false;
  const std::string text = fold(trim(value.get_ref<const std::string&>()));
  return text == "yes" || text == "true" || text == "y" || text == "是" || text == "有";
}

// The unit an attribute's name gives its bare number: "Capacity (ml)", "容量（毫升）",
// "weight_g", "Variant Grams".
const Unit* unitFromKey(std::string_view key) {
  for (std::string_view open : {std::string_view("("), std::string_view("\uFF08"), std::string_view("[")}) {
    const std::size_t at = key.rfind(open);
    if (at == std::string_view::npos) continue;
    std::string_view inner = key.substr(at + open.size());
    for (std::string_view close : {std::string_view(")"), std::string_view("\uFF09"), std::string_view("]")})
      inner = inner.substr(0, inner.find(close));
    if (const Unit* unit = unitNamed(trim(inner))) return unit;
  }
  const std::size_t cut = key.find_last_of(" _-");
  if (cut != std::string_view::npos) return unitNamed(key.substr(cut + 1));
  return nullptr;
}

std::optional<double> bareNumber(const Json& value) {
  if (value.is_number()) return value.get<double>();
  if (!value.is_string()) return std::nullopt;
  const std::string_view text = trim(value.get_ref<const std::string&>());
  auto number = numberAt(text, 0);
  if (!number || number->end != text.size()) return std::nullopt;
  return number->value;
}

std::string formatNumber(double number) {
  if (number == std::floor(number) && std::fabs(number) < 1e15) return std::to_string(static_cast<long long>(number));
  std::string text = std::to_string(number);
  while (!text.empty() && text.back() == '0') text.pop_back();
  return text;
}

class SheetBuilder {
 public:
  void addText(std::string key, std::string_view text) {
    text = trim(text);
    if (text.empty()) return;
    std::string folded = fold(text);
    std::vector<Quantity> found = findQuantities(text);
    markAspects(folded, found);
    // An attribute's name says what its value measures ("diameter": "28 cm"), before any word in it.
    const std::string foldedKey = fold(key);
    for (Quantity& q : found) {
      if (const std::string_view named = aspectInName(foldedKey, q); !named.empty()) q.aspect = named;
      m_sheet.quantities.push_back(std::move(q));
    }
    m_sheet.pieces.push_back({std::move(key), std::string(text), std::move(folded)});
  }

  void addValue(const std::string& key, const Json& value) {
    if (isBookkeeping(key)) return;
    if (value.is_object()) {
      for (const auto& [name, item] : value.items()) {
        // "Waterproof: yes" states what its name says.
        if (affirms(item)) addText(name, name);
        addValue(name, item);
      }
    } else if (value.is_array()) {
      for (const auto& item : value) addValue(key, item);
    } else if (auto number = bareNumber(value)) {
      addBareNumber(key, *number);
    } else if (value.is_string()) {
      addText(key, value.get_ref<const std::string&>());
    }
  }

  ProductFactSheet take() { return std::move(m_sheet); }

 private:
  void addBareNumber(const std::string& key, double number) {
    const Unit* unit = unitFromKey(key);
    if (!unit) {
      m_sheet.bareNumbers.push_back(number);
      return;
    }
    Quantity q;
    q.text = formatNumber(number) + " " + std::string(unit->text);
    m_sheet.pieces.push_back({key, q.text, fold(q.text)});
    Amount a;
    a.dimension = unit->dimension;
    a.low = a.high = number * unit->factor + unit->offset;
    a.unit = unit;
    q.amounts.push_back(a);
    q.aspect = aspectInName(fold(key), q);
    m_sheet.quantities.push_back(std::move(q));
  }

  ProductFactSheet m_sheet;
};

}  // namespace

ProductFactSheet buildFactSheet(const Product& product) {
  SheetBuilder sheet;
  sheet.addText("title", product.title);
  sheet.addText("description", HtmlToText::convert(product.description));
  sheet.addText("category", product.category);
  for (const auto& tag : product.tags) sheet.addText("tag", tag);
  sheet.addValue("attributes", product.attributes);
  for (const auto& variant : product.variants) {
    sheet.addText("variant", variant.title);
    sheet.addValue("options", variant.options);
    sheet.addValue("attributes", variant.attributes);
  }
  return sheet.take();
}

}  // namespace copydesk
