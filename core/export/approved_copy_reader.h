#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/export/export_product.h"
#include "core/store/database.h"

namespace copydesk {

// A product field that has drafts but no approved one: the shop keeps its current text.
struct UnapprovedField {
  std::string sku;
  std::string field;  // "description", or "description (gift-buyers)" for a persona's copy
};

// Reads what an export carries: for each product with approved copy, the latest approved
// (or already exported) draft of each field, streamed product by product in id order.
class ApprovedCopyReader final {
 public:
  explicit ApprovedCopyReader(Database& db, bool loadFullProducts = false)
      : m_db(db), m_loadFull(loadFullProducts) {}

  // The fields with approved copy (for no persona) anywhere, in the canonical order (see copyFieldBefore()).
  Result<std::vector<std::string>> approvedFields();
  // The fields with approved copy for a persona anywhere, by field (canonical order), then persona.
  Result<std::vector<PersonaField>> approvedPersonaFields();
  // The fields with approved translations anywhere (issue 14), in the canonical order.
  Result<std::vector<std::string>> translatedFields();
  // Whether any approved draft is an A/B experiment's variant (the generic layout's variant column).
  Result<bool> hasApprovedVariants();
  // One pass over every draft in product order: `visit` gets each product with approved copy,
  // `unapproved` each product field that has drafts but none approved.
  Status forEach(const std::function<Status(ExportProduct&)>& visit,
                 const std::function<void(UnapprovedField)>& unapproved = {});

 private:
  Database& m_db;
  bool m_loadFull;
};

// title, description, short_description, bullets, seo_title, seo_description, faq, search_terms
// first; other fields after them, alphabetically.
bool copyFieldBefore(const std::string& a, const std::string& b);

}  // namespace copydesk
