#include "core/catalog/json_mapping.h"

#include <algorithm>
#include <iterator>

#include "core/catalog/link_columns.h"
#include "core/catalog/row_mapping.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

// A byte iterator that counts the newlines it has passed, so callbacks know the current line.
struct LineCountingIterator {
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* p = nullptr;
  std::int64_t* line = nullptr;

  reference operator*() const { return *p; }
  LineCountingIterator& operator++() {
    if (*p == '\n') ++*line;
    ++p;
    return *this;
  }
  LineCountingIterator operator++(int) {
    LineCountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const LineCountingIterator& other) const { return p == other.p; }
  bool operator!=(const LineCountingIterator& other) const { return p != other.p; }
};

std::int64_t lineOfByte(std::string_view text, size_t byte) {
  byte = std::min(byte, text.size());
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n');
}

// "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error …" → "syntax error …".
std::string parseMessage(const std::string& what) {
  const auto column = what.find("column ");
  const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

const char* const kContainers[] = {"products", "items", "data"};

}  // namespace

std::string jsonText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return value.dump();
}

Status JsonMapping::forEachObject(std::string_view text, const std::string& label,
                                  const std::function<Status(const Json&, std::int64_t)>& each) {
  std::int64_t line = 1;
  std::int64_t objectLine = 1;
  std::int64_t count = 0;
  Status status;
  bool topArray = false;
  auto callback = [&](int depth, Json::parse_event_t event, Json& parsed) -> bool {
    if (depth == 0 && event == Json::parse_event_t::array_start) topArray = true;
    if (!topArray || depth != 1) return true;
    if (event == Json::parse_event_t::object_start) objectLine = line;
    if (event == Json::parse_event_t::object_end) {
      ++count;
      if (status) status = each(parsed, objectLine);
      return false;  // handed out: do not keep it in the array
    }
    if (event == Json::parse_event_t::value && !parsed.is_object()) {
      if (status) status = makeError("catalog.json.array-holds-non-object", ErrorCode::InvalidInput,
                                     {parsed.type_name()}, label + ":" + std::to_string(line));
      return false;
    }
    return true;
  };
  Json document;
  try {
    document = Json::parse(LineCountingIterator{text.data(), &line}, LineCountingIterator{text.data() + text.size(), &line},
                           callback);
  } catch (const Json::parse_error& e) {
    return makeError("file.invalid-json", ErrorCode::InvalidInput, {parseMessage(e.what())},
                     label + ":" + std::to_string(lineOfByte(text, e.byte == 0 ? 0 : e.byte - 1)));
  } catch (const Json::out_of_range& e) {  // a number no double holds ("1e999"): not a parse_error
    const std::string what = e.what();
    const size_t cause = what.find("] ");
    return makeError("file.invalid-json", ErrorCode::InvalidInput,
                     {cause == std::string::npos ? what : what.substr(cause + 2)}, label + ":" + std::to_string(line));
  }
  if (!status) return status;
  if (topArray) return {};
  if (document.is_object()) {
    for (const char* key : kContainers) {
      if (auto it = document.find(key); it != document.end() && it->is_array()) {
        for (const Json& object : *it) {
          if (!object.is_object()) return makeError("catalog.json.container-holds-non-object", ErrorCode::InvalidInput, {key}, label);
          if (auto st = each(object, 1); !st) return st;
        }
        return {};
      }
    }
    // A single product object.
    return each(document, 1);
  }
  return makeError("catalog.json.no-product-array", ErrorCode::InvalidInput, {}, label);
}

ColumnMapping JsonMapping::mappingFor(const std::vector<std::string>& keys) const {
  return m_explicit ? *m_explicit : matchColumns(keys);
}

Variant JsonMapping::makeVariant(const Json& object) const {
  Variant v;
  const bool hasOptions = object.contains("options") && object["options"].is_object();
  for (const auto& [key, value] : object.items()) {
    if (matchesField(key, ProductField::Sku) && v.sku.empty()) v.sku = jsonText(value);
    else if (matchesField(key, ProductField::Title) && v.title.empty()) v.title = jsonText(value);
    else if (matchesField(key, ProductField::Price) && v.price.empty()) v.price = jsonText(value);
    else if (key == "options" && value.is_object()) v.options = value;
    else if (key == "attributes" && value.is_object()) v.attributes.update(value);
    else if (!hasOptions && value.is_primitive()) v.options[key] = jsonText(value);
    else v.attributes[key] = value;
  }
  if (v.title.empty()) {
    for (const auto& [name, value] : v.options.items()) v.title += (v.title.empty() ? "" : " / ") + jsonText(value);
  }
  return v;
}

Status JsonMapping::add(const Json& object, std::int64_t line) {
  const std::string where = m_label + ":" + std::to_string(line);
  if (!object.is_object()) return makeError("catalog.json.product-not-object", ErrorCode::InvalidInput, {}, where);
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  const ColumnMapping mapping = mappingFor(keys);
  Product p;
  p.source = "json";
  for (const auto& [key, value] : object.items()) {
    bool mapped = false;
    for (ProductField field : kProductFields) {
      if (mapping.column(field) != key) continue;
      mapped = true;
      switch (field) {
        case ProductField::Sku: p.sku = trimmed(jsonText(value)); break;
        case ProductField::Title: p.title = jsonText(value); break;
        case ProductField::Description: p.description = jsonText(value); break;
        case ProductField::Brand: p.brand = jsonText(value); break;
        case ProductField::Category:
          p.category = value.is_array() && !value.empty() ? jsonText(value.front()) : jsonText(value);
          break;
        case ProductField::Tags:
          if (value.is_array()) {
            for (const Json& tag : value) p.tags.push_back(jsonText(tag));
          } else {
            p.tags = splitTags(jsonText(value));
          }
          break;
        case ProductField::Price: p.price = trimmed(jsonText(value)); break;
      }
    }
    if (mapped || mapping.isIgnored(key)) continue;
    if (auto kind = linkColumnKind(key)) {
      appendJsonLinks(p.links, *kind, value);
    } else if ((key == "variants" || key == "变体" || key == "规格") && value.is_array()) {
      for (const Json& v : value) {
        if (!v.is_object()) return makeError("catalog.json.variant-not-object", ErrorCode::InvalidInput, {key}, where);
        p.variants.push_back(makeVariant(v));
      }
    } else if (key == "attributes" && value.is_object()) {
      p.attributes.update(value);
    } else if (!value.is_null()) {
      p.attributes[key] = value;
    }
  }
  if (p.sku.empty()) {
    return makeError("catalog.json.product-without-sku", ErrorCode::InvalidInput, {}, where);
  }
  if (p.price.empty() && !p.variants.empty()) p.price = p.variants.front().price;
  return m_sink.put(std::move(p), line);
}

}  // namespace copydesk
