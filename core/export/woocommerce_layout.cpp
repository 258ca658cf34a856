#include "core/export/woocommerce_layout.h"

#include <algorithm>

#include "core/export/bullet_list.h"
#include "core/export/persona_columns.h"
#include "core/export/wpml_language.h"

namespace copydesk {

const std::vector<std::string>& WooCommerceLayout::fullHeader() {
  // Exactly the 51 columns of shared/samples/woocommerce_sample_products.csv.
  static const std::vector<std::string> header = {
      "ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog", "Short description",
      "Description", "Date sale price starts", "Date sale price ends", "Tax status", "Tax class", "In stock?",
      "Stock", "Backorders allowed?", "Sold individually?", "Weight (lbs)", "Length (in)", "Width (in)",
      "Height (in)", "Allow customer reviews?", "Purchase note", "Sale price", "Regular price", "Categories", "Tags",
      "Shipping class", "Images", "Download limit", "Download expiry days", "Parent", "Grouped products", "Upsells",
      "Cross-sells", "External URL", "Button text", "Position", "Attribute 1 name", "Attribute 1 value(s)",
      "Attribute 1 visible", "Attribute 1 global", "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible",
      "Attribute 2 global", "Meta: _wpcom_is_markdown", "Download 1 name", "Download 1 URL", "Download 2 name",
      "Download 2 URL"};
  return header;
}

Status WooCommerceLayout::prepare(const std::vector<std::string>& approvedFields, ExportWarnings&) {
  if (!m_locale.empty()) {
    // The meta columns WPML Export and Import reads after a WooCommerce CSV import to set each
    // product's language and link it to its original (wpml.org/documentation/related-projects/
    // wpml-export-and-import/: imported content lands in the default language until the plugin runs).
    // The three names as WooTUI's CSV schema lists them under "WPML Columns (Required)": source language
    // code, language code, translation group (kkris0.github.io/wootui/docs/reference/csv-schema).
    // Persona columns stay with the catalog's own language.
    m_header = fullHeader();
    m_header.insert(m_header.end(), {"Meta: _wpml_import_language_code", "Meta: _wpml_import_source_language_code",
                                     "Meta: _wpml_import_translation_group"});
    return {};
  }
  if (!m_copyOnly) {
    m_header = fullHeader();
    appendPersonaColumns(m_personaFields, m_header, wooCommerceMetaColumn);
    return {};
  }
  auto approved = [&](const char* field) {
    return std::find(approvedFields.begin(), approvedFields.end(), field) != approvedFields.end();
  };
  m_header = {"ID", "SKU", "Name"};
  if (approved("short_description") || approved("bullets")) m_header.push_back("Short description");
  if (approved("description")) m_header.push_back("Description");
  appendPersonaColumns(m_personaFields, m_header, wooCommerceMetaColumn);
  return {};
}

int WooCommerceLayout::index(const std::string& column) const {
  auto it = std::find(m_header.begin(), m_header.end(), column);
  return it == m_header.end() ? -1 : static_cast<int>(it - m_header.begin());
}

void WooCommerceLayout::fillCatalogColumns(const ExportProduct& product, LayoutRow& row) const {
  for (std::size_t i = 0; i < m_header.size(); ++i) row[i] = product.attribute(m_header[i]);
  if (!product.full) return;
  auto fillIfEmpty = [&](const std::string& column, const std::string& value) {
    if (int at = index(column); at >= 0 && row[static_cast<std::size_t>(at)].empty()) {
      row[static_cast<std::size_t>(at)] = value;
    }
  };
  fillIfEmpty("Type", "simple");
  fillIfEmpty("Published", "1");
  fillIfEmpty("Categories", product.full->category);
  fillIfEmpty("Tags", cells::joinTags(product.full->tags));
  fillIfEmpty("Regular price", product.full->price);
  // The catalog's links (issue 14), kept as links rather than attributes since the import.
  fillIfEmpty("Upsells", joinedLinks(product.full->links, LinkKind::Upsell));
  fillIfEmpty("Cross-sells", joinedLinks(product.full->links, LinkKind::CrossSell));
  fillIfEmpty("Grouped products", joinedLinks(product.full->links, LinkKind::Grouped));
}

void WooCommerceLayout::appendTranslationRow(const ExportProduct& product, std::vector<LayoutRow>& rows,
                                             ExportWarnings& warnings) const {
  // The approved translation of `field` into the locale (no persona), or null; marks it exported.
  auto translated = [&](const std::string& field) -> const std::string* {
    auto it = std::find_if(product.fields.begin(), product.fields.end(), [&](const ApprovedText& f) {
      return f.field == field && f.persona.empty() && f.language == m_locale;
    });
    if (it == product.fields.end()) return nullptr;
    product.used.push_back(it->draftId);
    if (it->outdated) {
      warnings.add(ExportWarning::Kind::Unapproved, product.sku, field,
                   field + " [" + m_locale + "] was translated from an older version of its source: translate it again");
    }
    return &it->text;
  };
  const std::string* title = translated("title");
  const std::string* description = translated("description");
  const std::string* shortDescription = translated("short_description");
  const std::string* bullets = shortDescription ? nullptr : translated("bullets");
  if (!title && !description && !shortDescription && !bullets) return;  // nothing in this language

  LayoutRow row(m_header.size());
  auto set = [&](const std::string& column, std::string value) {
    if (int at = index(column); at >= 0) row[static_cast<std::size_t>(at)] = std::move(value);
  };
  fillCatalogColumns(product, row);
  set("ID", "");  // a new product, the translation: an ID would overwrite the original
  set("SKU", product.sku);
  if (title) set("Name", cells::plainLine(*title));
  if (description) set("Description", cells::html(*description));
  if (shortDescription) set("Short description", cells::html(*shortDescription));
  else if (bullets) set("Short description", BulletList::toHtml(BulletList::split(*bullets)));
  if (!title) set("Name", product.title);
  if (!description) set("Description", product.description);
  const std::string source = wpmlLanguageCode(m_sourceLanguage).value_or(m_sourceLanguage);
  set("Meta: _wpml_import_language_code", wpmlLanguageCode(m_locale).value_or(m_locale));
  set("Meta: _wpml_import_source_language_code", source);
  // The group ties the translation to the original: the SKU (the same in every language), else the
  // catalog's WooCommerce ID.
  set("Meta: _wpml_import_translation_group", product.sku.empty() ? product.attribute("ID") : product.sku);
  if (product.sku.empty() && product.attribute("ID").empty()) {
    warnings.add(ExportWarning::Kind::MissingValue, product.sku, "sku",
                 "neither ID nor SKU: WPML cannot tie the translation to its original");
  }
  rows.push_back(std::move(row));
}

void WooCommerceLayout::appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows,
                                   ExportWarnings& warnings) const {
  if (!m_locale.empty()) {
    appendTranslationRow(product, rows, warnings);
    return;
  }
  const std::string& sku = product.sku;
  LayoutRow row(m_header.size());
  auto set = [&](const std::string& column, std::string value) {
    if (int at = index(column); at >= 0) row[static_cast<std::size_t>(at)] = std::move(value);
  };
  if (!m_copyOnly) {
    fillCatalogColumns(product, row);
  } else {
    set("ID", product.attribute("ID"));
  }
  set("SKU", sku);
  if (sku.empty() && product.attribute("ID").empty()) {
    warnings.add(ExportWarning::Kind::MissingValue, sku, "sku", "neither ID nor SKU: WooCommerce cannot match the row");
  }
  const std::string* title = product.approved("title");
  set("Name", title ? cells::plainLine(*title) : product.title);

  if (index("Short description") >= 0) {
    std::string value;
    if (const std::string* text = product.approved("short_description")) {
      value = cells::html(*text);
    } else if (const std::string* bullets = product.approved("bullets")) {
      value = BulletList::toHtml(BulletList::split(*bullets));
    } else {
      value = product.attribute("Short description");
    }
    set("Short description", std::move(value));
  }
  if (index("Description") >= 0) {
    const std::string* description = product.approved("description");
    set("Description", description ? cells::html(*description) : product.description);
  }
  // Persona copy (issue 13): a custom field per field and persona, as approved.
  for (const PersonaField& field : m_personaFields) {
    if (const std::string* text = product.approvedFor(field.field, field.persona)) {
      set(wooCommerceMetaColumn(field), *text);
    }
  }
  rows.push_back(std::move(row));
}

}  // namespace copydesk
