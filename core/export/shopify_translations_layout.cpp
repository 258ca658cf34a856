#include "core/export/shopify_translations_layout.h"

#include <array>
#include <utility>

namespace copydesk {
namespace {

// Our fields in the order Shopify's own export lists a product's.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kFields = {{
    {"title", "title"},
    {"description", "body_html"},
    {"seo_title", "meta_title"},
    {"seo_description", "meta_description"},
}};

std::string identification(const ExportProduct& product) {
  for (const char* id : {"ID", "Product ID"}) {
    if (std::string value = product.attribute(id); !value.empty()) return value;
  }
  for (const char* handle : {"Handle", "URL handle"}) {
    if (std::string value = product.attribute(handle); !value.empty()) return value;
  }
  return product.sku;
}

std::string cell(std::string_view shopifyField, const std::string& text) {
  return shopifyField == "body_html" ? cells::html(text) : cells::plainLine(text);
}

}  // namespace

std::string ShopifyTranslationsLayout::shopifyField(const std::string& field) {
  for (const auto& [ours, theirs] : kFields) {
    if (ours == field) return std::string(theirs);
  }
  return {};
}

Status ShopifyTranslationsLayout::prepare(const std::vector<std::string>&, ExportWarnings&) {
  m_header = {"Type", "Identification", "Field", "Locale", "Market", "Status", "Default content", "Translated content"};
  return {};
}

void ShopifyTranslationsLayout::appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows,
                                           ExportWarnings& warnings) const {
  for (const auto& [ours, theirs] : kFields) {
    const std::string field(ours);
    auto approved = std::find_if(product.fields.begin(), product.fields.end(), [&](const ApprovedText& f) {
      return f.field == field && f.persona.empty() && f.language == m_locale;
    });
    if (approved == product.fields.end()) continue;
    product.used.push_back(approved->draftId);
    if (approved->outdated) {
      warnings.add(ExportWarning::Kind::Unapproved, product.sku, field,
                   field + " [" + m_locale + "] was translated from an older version of its source: translate it again");
    }
    rows.push_back({"PRODUCT", identification(product), std::string(theirs), m_locale, "", "",
                    cell(theirs, approved->sourceText), cell(theirs, approved->text)});
  }
}

}  // namespace copydesk
