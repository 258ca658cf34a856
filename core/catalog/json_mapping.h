#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/column_mapping.h"
#include "core/catalog/product_sink.h"
#include "core/common/json.h"

namespace copydesk {

// A JSON catalog: an array of product objects (or an object holding one under "products",
// "items" or "data"). Keys are matched like generic CSV headers; a nested "variants" array becomes
// the product's variants; every other key is kept in attributes with its JSON value.
class JsonMapping final {
 public:
  JsonMapping(ProductSink& sink, std::string label, std::optional<ColumnMapping> explicitMapping)
      : m_sink(sink), m_label(std::move(label)), m_explicit(std::move(explicitMapping)) {}

  // Maps one product object that starts at `line`.
  Status add(const Json& object, std::int64_t line);

  // Calls `each` for every product object of `text` in order, with the line it starts on. Objects
  // of a top-level array are handed out one at a time and then dropped, not kept in a document.
  static Status forEachObject(std::string_view text, const std::string& label,
                              const std::function<Status(const Json&, std::int64_t)>& each);

  // The mapping used for an object with these keys.
  ColumnMapping mappingFor(const std::vector<std::string>& keys) const;

 private:
  Variant makeVariant(const Json& object) const;

  ProductSink& m_sink;
  std::string m_label;
  std::optional<ColumnMapping> m_explicit;
};

// A JSON scalar as text: strings as they are, numbers and booleans as written, null as "".
std::string jsonText(const Json& value);

}  // namespace copydesk
