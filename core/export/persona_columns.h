#pragma once

#include <string>
#include <vector>

#include "core/export/export_product.h"
#include "core/export/export_warning.h"

namespace copydesk {

// Where the shop layouts put copy written for a persona (issue 13): one column per field and
// persona beside the product's own copy, which stays in its usual columns.
//   Shopify:     "description for gift-buyers (product.metafields.copydesk.description_gift_buyers)"
//   WooCommerce: "Meta: copydesk_description_gift_buyers"
std::string shopifyMetafieldColumn(const PersonaField& field);
std::string wooCommerceMetaColumn(const PersonaField& field);

// Shopify's metafield keys take ASCII letters, digits, '-' and '_' only: a persona whose name has
// other characters (学生党) gets a column Shopify refuses, and the export says so, once per persona.
void warnUnusableMetafieldKeys(const std::vector<PersonaField>& fields, ExportWarnings& warnings);

// Appends a column per persona field to header; returns them in the same order.
std::vector<std::string> appendPersonaColumns(const std::vector<PersonaField>& fields, std::vector<std::string>& header,
                                              std::string (*columnName)(const PersonaField&));

}  // namespace copydesk
