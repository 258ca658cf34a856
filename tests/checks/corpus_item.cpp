#include "tests/checks/corpus_item.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "core/common/json.h"

namespace copydesk::test {
namespace {

std::vector<std::string> strings(const Json& object, const char* key) {
  std::vector<std::string> out;
  if (auto it = object.find(key); it != object.end())
    for (const auto& value : *it) out.push_back(value.get<std::string>());
  return out;
}

std::string string(const Json& object, const char* key) { return object.value(key, std::string()); }

Product productFrom(const Json& json) {
  Product product;
  product.id = 1;  // a stored product: the checks hold the copy to it
  product.sku = string(json, "sku");
  product.title = string(json, "title");
  product.brand = string(json, "brand");
  product.description = string(json, "description");
  product.category = string(json, "category");
  product.tags = strings(json, "tags");
  if (auto it = json.find("attributes"); it != json.end()) product.attributes = *it;
  if (auto it = json.find("variants"); it != json.end()) {
    for (const auto& v : *it) {
      Variant variant;
      variant.sku = string(v, "sku");
      variant.title = string(v, "title");
      variant.price = string(v, "price");
      if (auto options = v.find("options"); options != v.end()) variant.options = *options;
      if (auto attributes = v.find("attributes"); attributes != v.end()) variant.attributes = *attributes;
      product.variants.push_back(std::move(variant));
    }
  }
  return product;
}

Expectation expectationFrom(const Json& json) {
  Expectation e;
  const Json& rule = json.is_string() ? json : json.at("rule");
  if (rule.is_array()) {
    for (const auto& r : rule) e.alternatives.push_back(r.get<std::string>());
  } else {
    e.alternatives.push_back(rule.get<std::string>());
  }
  if (e.alternatives.empty()) throw std::runtime_error("an expectation names no rule");
  e.rule = e.alternatives.front();
  if (json.is_object()) e.span = string(json, "span");
  return e;
}

CorpusItem itemFrom(const Json& json, const std::string& file) {
  CorpusItem item;
  item.file = file;
  item.id = json.at("id").get<std::string>();
  item.text = json.at("text").get<std::string>();
  item.field = json.at("field").get<std::string>();
  item.channel = string(json, "channel");
  item.html = json.value("html", false);
  item.keywords = strings(json, "keywords");
  item.brand = string(json, "brand");
  if (auto it = json.find("product"); it != json.end()) item.product = productFrom(*it);
  item.sets = strings(json, "sets");
  for (const auto& e : json.at("expect")) item.expect.push_back(expectationFrom(e));
  item.allow = strings(json, "allow");
  return item;
}

GlossaryEntry glossaryFrom(const Json& json) {
  GlossaryEntry entry;
  entry.brand = string(json, "brand");
  entry.banned = strings(json, "banned");
  entry.required = strings(json, "required");
  if (auto it = json.find("preferred"); it != json.end())
    for (const auto& pair : *it) entry.preferred.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
  return entry;
}

}  // namespace

bool Expectation::metBy(std::string_view firedRule) const {
  return std::find(alternatives.begin(), alternatives.end(), firedRule) != alternatives.end();
}

CheckInput CorpusItem::input() const {
  CheckInput in;
  in.text = text;
  in.field = field;
  in.channel = channel;
  in.product = product ? &*product : nullptr;
  in.keywords = keywords;
  in.brand = brand;
  in.html = html;
  return in;
}

bool CorpusItem::labels(std::string_view set) const {
  return std::find(sets.begin(), sets.end(), set) != sets.end();
}

Corpus loadCorpus(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());

  Corpus corpus;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const Json doc = Json::parse(bytes.str());
    const std::string name = path.filename().string();
    if (auto it = doc.find("glossary"); it != doc.end())
      for (const auto& entry : *it) corpus.glossary.push_back(glossaryFrom(entry));
    for (const auto& json : doc.at("items")) {
      try {
        corpus.items.push_back(itemFrom(json, name));
      } catch (const std::exception& e) {
        throw std::runtime_error(name + ": item " + json.value("id", std::string("?")) + ": " + e.what());
      }
    }
  }
  return corpus;
}

std::string corpusLanguage(std::string_view text) {
  std::size_t ideographs = 0;
  std::size_t words = 0;
  bool inWord = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (letter && !inWord) ++words;
    inWord = letter;
    if (c >= 0xE0 && c < 0xF0 && i + 2 < text.size()) {
      const char32_t cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                          (static_cast<unsigned char>(text[i + 2]) & 0x3F);
      if (cp >= 0x4E00 && cp <= 0x9FFF) ++ideographs;
    }
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return ideographs > words ? "zh" : "en";
}

}  // namespace copydesk::test
