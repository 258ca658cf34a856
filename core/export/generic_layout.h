#pragma once

#include <string>
#include <vector>

#include "core/export/layout.h"

namespace copydesk {

// One row per product with approved copy, and one more per persona it has approved copy for (issue
// 13; its persona column names the persona, the product's own row leaves it empty), and one more per
// approved A/B experiment variant (issue 13; its variant column names the variant id, e.g. E3-B,
// and its field holds that variant's text), and one more per language it has approved translations in
// (issue 14; its language column names the language, e.g. de). Cells carry the approved text exactly as approved (no
// HTML cleaning: this is a data export; the shop layouts sanitise).
//
// Columns are chosen with a spec: comma-separated SOURCE[:HEADER] items, e.g.
//   "sku,title:Name,description:Body,attr.Vendor:Brand"
// SOURCE is
//   sku                  the product's key
//   persona              whom the row's copy was written for ("" for everyone)
//   variant              the A/B variant id of the row ("E3-B"; "" on a product's own row)
//   language             the language of the row's translated copy (issue 14; "" on a product's own row)
//   product.title        the catalog's current title (also product.description)
//   attr.NAME            a source column of the catalog file, by its header name
//   FIELD                the approved text of a copy field (title, description, bullets, seo_title,
//                        seo_description, faq, search_terms…); empty when none is approved, except
//                        title, which falls back to the catalog title so no row is nameless.
// HEADER defaults to SOURCE. An empty spec means: sku, persona (when there is persona copy), language
// (when there are translations), title
// and every field approved anywhere.
class GenericLayout final : public Layout {
 public:
  struct Column {
    enum class Source { Sku, ProductTitle, ProductDescription, Attribute, Field, Persona, Variant, Language };
    Source source = Source::Field;
    std::string name;  // the field or attribute name
    std::string header;
  };

  // An empty vector means the default columns.
  static Result<std::vector<Column>> parseColumns(const std::string& spec);

  explicit GenericLayout(std::vector<Column> columns) : m_columns(std::move(columns)) {}

  Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) override;
  const std::vector<std::string>& header() const override { return m_header; }
  void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const override;

 private:
  LayoutRow rowFor(const ExportProduct& product, const std::string& persona,
                   const ApprovedVariant* variant = nullptr, const std::string& language = {}) const;

  std::vector<Column> m_columns;
  std::vector<std::string> m_header;
};

}  // namespace copydesk
