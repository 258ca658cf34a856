#include "ui/copy/draft_snapshot.h"

#include <algorithm>
#include <cctype>

#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/product_store.h"
#include "core/common/error_id.h"

namespace copydesk::ui {
namespace {

// "SEO Title", "seo-title" and "seo_title" name the same field.
std::string fieldKey(std::string name) {
  for (char& c : name) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c == ' ' || c == '-') c = '_';
  }
  return name;
}

Result<Product> loadProduct(Database& db, std::int64_t productId) {
  auto product = ProductStore(db).findById(productId);
  if (!product) return product.error();
  if (!*product) return makeError("product.gone", ErrorCode::NotFound, {std::to_string(productId)});
  return std::move(**product);
}

// What the model wrote: its generation's output, else the first version of the text.
Result<std::string> modelText(Database& db, const Draft& draft) {
  if (draft.generationId) {
    auto generation = GenerationStore(db).get(*draft.generationId);
    if (!generation) return generation.error();
    if (*generation && !(*generation)->output.empty()) return (*generation)->output;
  }
  auto history = DraftStore(db).history(draft.id);
  if (!history) return history.error();
  return history->empty() ? draft.text : history->front().text;
}

Result<DraftSnapshot> complete(Database& db, Product product, std::optional<Draft> draft, const std::string& field) {
  DraftSnapshot snapshot;
  if (draft) {
    auto original = modelText(db, *draft);
    if (!original) return original.error();
    snapshot.modelText = std::move(*original);
  }
  snapshot.shopCopy = currentShopCopy(product, draft ? draft->field : field);
  snapshot.product = std::move(product);
  snapshot.draft = std::move(draft);
  snapshot.limits = ExportLimits::fromSettings(db);
  return snapshot;
}

}  // namespace

Result<DraftSnapshot> loadDraftSnapshot(Database& db, std::int64_t draftId) {
  auto draft = DraftStore(db).get(draftId);
  if (!draft) return draft.error();
  if (!*draft) return makeError("draft.gone", ErrorCode::NotFound, {std::to_string(draftId)});
  auto product = loadProduct(db, (*draft)->productId);
  if (!product) return product.error();
  return complete(db, std::move(*product), std::move(**draft), (*draft)->field);
}

Result<DraftSnapshot> loadProductSnapshot(Database& db, std::int64_t productId, const std::string& field) {
  auto product = loadProduct(db, productId);
  if (!product) return product.error();
  DraftQuery query;
  query.productId = productId;
  query.field = field;
  auto drafts = DraftStore(db).list(query);
  if (!drafts) return drafts.error();
  std::optional<Draft> chosen;
  auto working = std::find_if(drafts->begin(), drafts->end(), [](const Draft& d) { return d.isWorking; });
  if (working != drafts->end()) {
    chosen = *working;
  } else if (!drafts->empty()) {
    chosen = *std::max_element(drafts->begin(), drafts->end(),
                               [](const Draft& a, const Draft& b) { return a.id < b.id; });
  }
  return complete(db, std::move(*product), std::move(chosen), field);
}

std::string currentShopCopy(const Product& product, const std::string& field) {
  const std::string key = fieldKey(field);
  if (key == "title") return product.title;
  if (key == "description") return product.description;
  if (!product.attributes.is_object()) return {};
  for (const auto& [name, value] : product.attributes.items()) {
    if (fieldKey(name) == key && value.is_string()) return value.get<std::string>();
  }
  return {};
}

}  // namespace copydesk::ui
