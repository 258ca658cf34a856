#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/export/export_options.h"
#include "core/store/database.h"
#include "core/store/draft.h"
#include "core/store/product.h"

namespace copydesk::ui {

// Everything the copy editor shows for one product and field, read in one store job: the
// product, the draft (if any) with the text the model wrote, and the limits from the settings.
struct DraftSnapshot {
  Product product;
  std::optional<Draft> draft;
  std::string modelText;  // the generation's output, or the draft's first version
  std::string shopCopy;   // what the catalog holds for the draft's field now
  ExportLimits limits;
};

// The draft with its product.
Result<DraftSnapshot> loadDraftSnapshot(Database& db, std::int64_t draftId);
// The product with its working draft for the field (else its latest draft of that field, else none).
Result<DraftSnapshot> loadProductSnapshot(Database& db, std::int64_t productId, const std::string& field);

// The catalog's current text for a copy field: title and description are columns of their own,
// other fields come from the imported attributes ("seo_title" matches "SEO Title").
std::string currentShopCopy(const Product& product, const std::string& field);

}  // namespace copydesk::ui
