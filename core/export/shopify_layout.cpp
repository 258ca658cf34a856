#include "core/export/shopify_layout.h"

#include <algorithm>

#include "core/export/bullet_list.h"
#include "core/export/persona_columns.h"

namespace copydesk {

struct ShopifyLayout::Names {
  std::string handle, title, body, seoTitle, seoDescription, vendor, tags, sku, price, optionName, optionValue;
};

namespace {

const ShopifyLayout::Names kLegacyNames{"Handle",      "Title",  "Body (HTML)", "SEO Title",   "SEO Description",
                                        "Vendor",      "Tags",   "Variant SKU", "Variant Price",
                                        " Name",       " Value"};
const ShopifyLayout::Names kCurrentNames{"URL handle", "Title", "Description", "SEO title", "SEO description",
                                         "Vendor",     "Tags",  "SKU",         "Price",     " name",
                                         " value"};

std::string optionColumn(int n, const std::string& suffix) { return "Option" + std::to_string(n) + suffix; }

}  // namespace

const std::vector<std::string>& ShopifyLayout::legacyHeader() {
  // Exactly the 48 columns of Shopify's legacy template (shared/samples/shopify_product_template.csv).
  static const std::vector<std::string> header = {
      "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
      "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
      "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty",
      "Variant Inventory Policy", "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
      "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src", "Image Position",
      "Image Alt Text", "Gift Card", "SEO Title", "SEO Description", "Google Shopping / Google Product Category",
      "Google Shopping / Gender", "Google Shopping / Age Group", "Google Shopping / MPN",
      "Google Shopping / Condition", "Google Shopping / Custom Product", "Variant Image", "Variant Weight Unit",
      "Variant Tax Code", "Cost per item", "Included / United States", "Price / United States",
      "Compare At Price / United States", "Included / International", "Price / International",
      "Compare At Price / International", "Status"};
  return header;
}

const std::vector<std::string>& ShopifyLayout::currentHeader() {
  // Shopify's current template: the names in domain.md, in its order, then the remaining columns.
  static const std::vector<std::string> header = {
      "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags",
      "Published on online store", "Status", "SKU", "Barcode", "Option1 name", "Option1 value", "Option2 name",
      "Option2 value", "Option3 name", "Option3 value", "Price", "Compare-at price", "Cost per item", "Charge tax",
      "Tax code", "Inventory tracker", "Inventory quantity", "Continue selling when out of stock",
      "Weight value (grams)", "Weight unit for display", "Requires shipping", "Fulfillment service",
      "Product image URL", "Image position", "Image alt text", "Variant image URL", "Gift card", "SEO title",
      "SEO description", "Google Shopping / Google product category", "Google Shopping / Gender",
      "Google Shopping / Age group", "Google Shopping / MPN", "Google Shopping / Condition",
      "Google Shopping / Custom product"};
  return header;
}

ShopifyLayout::ShopifyLayout(const ExportOptions& options)
    : m_legacy(options.format == ExportFormat::ShopifyLegacy),
      m_copyOnly(options.copyOnly),
      m_limits(options.limits),
      m_names(m_legacy ? &kLegacyNames : &kCurrentNames) {}

Status ShopifyLayout::prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) {
  warnUnusableMetafieldKeys(m_personaFields, warnings);
  if (!m_copyOnly) {
    m_header = m_legacy ? legacyHeader() : currentHeader();
    appendPersonaColumns(m_personaFields, m_header, shopifyMetafieldColumn);
    return {};
  }
  auto approved = [&](const char* field) {
    return std::find(approvedFields.begin(), approvedFields.end(), field) != approvedFields.end();
  };
  m_header = {m_names->handle, m_names->title};
  if (approved("description") || approved("bullets")) m_header.push_back(m_names->body);
  if (approved("seo_title")) m_header.push_back(m_names->seoTitle);
  if (approved("seo_description")) m_header.push_back(m_names->seoDescription);
  appendPersonaColumns(m_personaFields, m_header, shopifyMetafieldColumn);
  return {};
}

int ShopifyLayout::index(const std::string& column) const {
  auto it = std::find(m_header.begin(), m_header.end(), column);
  return it == m_header.end() ? -1 : static_cast<int>(it - m_header.begin());
}

void ShopifyLayout::fillSourceColumns(const ExportProduct& product, LayoutRow& row) const {
  for (std::size_t i = 0; i < m_header.size(); ++i) row[i] = product.attribute(m_header[i]);
  if (!product.full) return;
  const Product& full = *product.full;
  auto fillIfEmpty = [&](const std::string& column, const std::string& value) {
    if (int at = index(column); at >= 0 && row[static_cast<std::size_t>(at)].empty()) {
      row[static_cast<std::size_t>(at)] = value;
    }
  };
  fillIfEmpty(m_names->vendor, full.brand);
  fillIfEmpty(m_names->tags, cells::joinTags(full.tags));
  if (full.variants.empty()) {
    fillIfEmpty(m_names->price, full.price);
    return;
  }
  const Variant& first = full.variants.front();
  fillIfEmpty(m_names->sku, first.sku);
  fillIfEmpty(m_names->price, first.price);
  int n = 1;
  for (auto it = first.options.begin(); it != first.options.end() && n <= 3; ++it, ++n) {
    fillIfEmpty(optionColumn(n, m_names->optionName), it.key());
    fillIfEmpty(optionColumn(n, m_names->optionValue), it->is_string() ? it->get<std::string>() : it->dump());
  }
}

void ShopifyLayout::appendVariantRows(const ExportProduct& product, std::vector<LayoutRow>& rows) const {
  if (!product.full) return;
  const auto& variants = product.full->variants;
  for (std::size_t v = 1; v < variants.size(); ++v) {
    const Variant& variant = variants[v];
    LayoutRow row(m_header.size());
    for (std::size_t i = 0; i < m_header.size(); ++i) {
      auto it = variant.attributes.find(m_header[i]);
      if (it != variant.attributes.end() && !it->is_null()) row[i] = it->is_string() ? it->get<std::string>() : it->dump();
    }
    row[static_cast<std::size_t>(index(m_names->handle))] = product.sku;
    if (int at = index(m_names->sku); at >= 0 && !variant.sku.empty()) row[static_cast<std::size_t>(at)] = variant.sku;
    if (int at = index(m_names->price); at >= 0 && !variant.price.empty()) row[static_cast<std::size_t>(at)] = variant.price;
    int n = 1;
    for (auto it = variant.options.begin(); it != variant.options.end() && n <= 3; ++it, ++n) {
      if (int at = index(optionColumn(n, m_names->optionValue)); at >= 0) {
        row[static_cast<std::size_t>(at)] = it->is_string() ? it->get<std::string>() : it->dump();
      }
    }
    rows.push_back(std::move(row));
  }
}

void ShopifyLayout::appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows,
                               ExportWarnings& warnings) const {
  const std::string& sku = product.sku;
  LayoutRow row(m_header.size());
  if (!m_copyOnly) fillSourceColumns(product, row);
  auto set = [&](const std::string& column, std::string value) {
    if (int at = index(column); at >= 0) row[static_cast<std::size_t>(at)] = std::move(value);
  };
  set(m_names->handle, sku);
  const std::string* title = product.approved("title");
  set(m_names->title, title ? cells::plainLine(*title) : product.title);
  if (row[static_cast<std::size_t>(index(m_names->title))].empty()) {
    warnings.add(ExportWarning::Kind::MissingValue, sku, "title",
                 "Title is blank (no approved title and none in the catalog): Shopify would blank the product's title");
  }
  if (index(m_names->body) >= 0) {
    const std::string* description = product.approved("description");
    std::string body = description ? cells::html(*description) : product.description;
    if (const std::string* bullets = product.approved("bullets")) body += BulletList::toHtml(BulletList::split(*bullets));
    if (body.empty() && m_copyOnly) {
      warnings.add(ExportWarning::Kind::MissingValue, sku, "description",
                   m_names->body + " has no approved text and no current value: the shop's value would be blanked");
    }
    set(m_names->body, std::move(body));
  }
  auto seo = [&](const char* field, const std::string& column, const std::string& otherName, std::size_t limit) {
    if (index(column) < 0) return;
    if (const std::string* text = product.approved(field)) {
      set(column, cells::plainLine(*text));
      warnings.checkLimit(sku, field, column, cells::plainLine(*text), limit, LengthUnit::Chars);
    } else if (m_copyOnly) {
      std::string current = product.attribute(column);
      if (current.empty()) current = product.attribute(otherName);
      if (current.empty()) {
        warnings.add(ExportWarning::Kind::MissingValue, sku, field,
                     column + " has no approved text and no current value: the shop's value would be blanked");
      }
      set(column, std::move(current));
    }
  };
  seo("seo_title", m_names->seoTitle, m_legacy ? kCurrentNames.seoTitle : kLegacyNames.seoTitle,
      m_limits.seoTitleChars);
  seo("seo_description", m_names->seoDescription,
      m_legacy ? kCurrentNames.seoDescription : kLegacyNames.seoDescription, m_limits.seoDescriptionChars);
  // Persona copy (issue 13) goes to its metafield as approved; a product without it leaves it empty.
  for (const PersonaField& field : m_personaFields) {
    if (const std::string* text = product.approvedFor(field.field, field.persona)) {
      set(shopifyMetafieldColumn(field), *text);
    }
  }
  rows.push_back(std::move(row));
  if (!m_copyOnly) appendVariantRows(product, rows);
}

}  // namespace copydesk
