#include "core/export/persona_columns.h"

#include <set>

#include "core/store/persona.h"

namespace copydesk {
namespace {

std::string keyOf(const PersonaField& field) { return field.field + "_" + personaKey(field.persona); }

bool isMetafieldKey(const std::string& key) {
  for (unsigned char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return !key.empty();
}

}  // namespace

std::string shopifyMetafieldColumn(const PersonaField& field) {
  return field.field + " for " + field.persona + " (product.metafields.copydesk." + keyOf(field) + ")";
}

std::string wooCommerceMetaColumn(const PersonaField& field) { return "Meta: copydesk_" + keyOf(field); }

void warnUnusableMetafieldKeys(const std::vector<PersonaField>& fields, ExportWarnings& warnings) {
  std::set<std::string> said;
  for (const PersonaField& field : fields) {
    if (isMetafieldKey(keyOf(field)) || !said.insert(field.persona).second) continue;
    warnings.add(ExportWarning::Kind::MissingColumn, "", field.field,
                 "persona " + field.persona + ": Shopify metafield keys take only letters, digits, - and _; "
                 "name the persona in those for a Shopify export");
  }
}

std::vector<std::string> appendPersonaColumns(const std::vector<PersonaField>& fields, std::vector<std::string>& header,
                                              std::string (*columnName)(const PersonaField&)) {
  std::vector<std::string> columns;
  for (const PersonaField& field : fields) {
    columns.push_back(columnName(field));
    header.push_back(columns.back());
  }
  return columns;
}

}  // namespace copydesk
