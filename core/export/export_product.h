#pragma once

#include <algorithm>
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
  std::string persona;  // the persona it was written for (issue 13); "" for everyone
  std::string language;    // a translation's language (issue 14); "" the catalog's own
  std::string sourceText;  // a translation's source draft's current text
  bool outdated = false;   // a translation whose source changed after it was made
};

// An approved draft that is an A/B experiment's variant (issue 13): the generic layout gives it a row
// of its own, named by its label (the variant id the shop's A/B tool reports results by).
struct ApprovedVariant {
  std::string field;
  std::string persona;
  std::string label;  // "E3-B"
  std::int64_t draftId = 0;
  std::string text;
};

// A field with approved copy for a persona somewhere in an export: a column of its own in the shop
// layouts (a Shopify metafield, a WooCommerce meta column), rows of their own in the generic one.
struct PersonaField {
  std::string field;
  std::string persona;  // the name; personaKey(persona) in column names
  bool operator==(const PersonaField&) const = default;
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
  std::vector<ApprovedVariant> variants;  // every approved experiment variant, in draft order
  std::optional<Product> full;  // loaded (with variants) only for layouts that need it

  // The approved text of `field` (for no persona), or null. Marks the draft as exported by this file.
  const std::string* approved(const std::string& field) const { return approvedFor(field, {}); }
  // The same for the copy written for `persona`.
  const std::string* approvedFor(const std::string& field, const std::string& persona,
                                 const std::string& language = {}) const {
    for (const auto& f : fields) {
      if (f.field == field && f.persona == persona && f.language == language) {
        used.push_back(f.draftId);
        return &f.text;
      }
    }
    return nullptr;
  }
  bool hasApproved(const std::string& field) const {
    for (const auto& f : fields) {
      if (f.field == field && f.persona.empty() && f.language.empty()) return true;
    }
    return false;
  }
  // The personas this product has approved copy for, by name (byte order).
  std::vector<std::string> personas() const {
    std::vector<std::string> names;
    for (const auto& f : fields) {
      if (!f.persona.empty() && f.language.empty() && std::find(names.begin(), names.end(), f.persona) == names.end()) {
        names.push_back(f.persona);
      }
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  bool hasApprovedWithoutPersona() const {
    for (const auto& f : fields) {
      if (f.persona.empty() && f.language.empty()) return true;
    }
    return false;
  }
  // The languages this product has approved translations in (issue 14), byte order.
  std::vector<std::string> languages() const {
    std::vector<std::string> codes;
    for (const auto& f : fields) {
      if (!f.language.empty() && std::find(codes.begin(), codes.end(), f.language) == codes.end()) {
        codes.push_back(f.language);
      }
    }
    std::sort(codes.begin(), codes.end());
    return codes;
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
