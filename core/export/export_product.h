#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/common/json.h"
#include "core/store/product.h"

namespace copydesk {

// The approved text of one field, and the draft it came from.
struct ApprovedText {
  std::string field;
  std::int64_t draftId = 0;
  std::string text;
};

// One product as an export sees it: its catalog values and the approved text of each field.
// Layouts read approved text through approved(), which remembers which drafts went into the file.
struct ExportProduct {
  std::int64_t id = 0;
  std::string sku;
  std::string title;        // the catalog's current title
  std::string description;  // the catalog's current description
  std::string attributesJson;
  std::vector<ApprovedText> fields;
  std::optional<Product> full;  // loaded (with variants) only for layouts that need it

  // The approved text of `field`, or null. Marks the draft as exported by this file.
  const std::string* approved(const std::string& field) const {
    for (const auto& f : fields) {
      if (f.field == field) {
        used.push_back(f.draftId);
        return &f.text;
      }
    }
    return nullptr;
  }
  bool hasApproved(const std::string& field) const {
    for (const auto& f : fields) {
      if (f.field == field) return true;
    }
    return false;
  }
  // The product's source columns (parsed on first use).
  const Json& attributes() const {
    if (!m_attributes) {
      m_attributes = Json::parse(attributesJson, nullptr, false);
      if (m_attributes->is_discarded() || !m_attributes->is_object()) m_attributes = Json::object();
    }
    return *m_attributes;
  }
  // A source column as text ("" when absent).
  std::string attribute(const std::string& name) const {
    const Json& attrs = attributes();
    auto it = attrs.find(name);
    if (it == attrs.end() || it->is_null()) return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
  }

  mutable std::vector<std::int64_t> used;

 private:
  mutable std::optional<Json> m_attributes;
};

}  // namespace copydesk
