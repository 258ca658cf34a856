#include "core/export/amazon_layout.h"

#include "core/export/bullet_list.h"
#include "core/export/html_to_text.h"

namespace copydesk {

AmazonLayout::AmazonLayout(const ExportOptions& options) : m_limits(options.limits) {
  m_header = {"item_sku", "item_name"};
  for (std::size_t i = 1; i <= m_limits.amazonBullets; ++i) m_header.push_back("bullet_point" + std::to_string(i));
  m_header.push_back("product_description");
  m_header.push_back("generic_keywords");
}

Status AmazonLayout::prepare(const std::vector<std::string>&, ExportWarnings&) { return {}; }

void AmazonLayout::appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows,
                              ExportWarnings& warnings) const {
  const std::string& sku = product.sku;
  LayoutRow row;
  row.reserve(m_header.size());
  row.push_back(sku);
  if (sku.empty()) warnings.add(ExportWarning::Kind::MissingValue, sku, "sku", "item_sku is empty");

  const std::string* title = product.approved("title");
  row.push_back(cells::plainLine(title ? *title : product.title));
  if (title) warnings.checkLimit(sku, "title", "item_name", row.back(), m_limits.amazonTitleChars, LengthUnit::Chars);

  std::vector<std::string> bullets;
  if (const std::string* text = product.approved("bullets")) bullets = BulletList::split(*text);
  if (bullets.size() > m_limits.amazonBullets) {
    warnings.add(ExportWarning::Kind::OverLimit, sku, "bullets",
                 "bullets has " + std::to_string(bullets.size()) + " bullets; only the first " +
                     std::to_string(m_limits.amazonBullets) + " fit the bullet_point columns");
  }
  for (std::size_t i = 0; i < m_limits.amazonBullets; ++i) {
    row.push_back(i < bullets.size() ? bullets[i] : std::string());
    if (i < bullets.size()) {
      warnings.checkLimit(sku, "bullets", "bullet_point" + std::to_string(i + 1), row.back(),
                          m_limits.amazonBulletChars, LengthUnit::Chars);
    }
  }

  if (const std::string* description = product.approved("description")) {
    row.push_back(HtmlToText::joinLines(HtmlToText::convert(*description), "<br>"));
    warnings.checkLimit(sku, "description", "product_description", row.back(), m_limits.amazonDescriptionChars,
                        LengthUnit::Chars);
  } else {
    row.emplace_back();
  }

  const std::string* terms = product.approved("search_terms");
  if (!terms) terms = product.approved("keywords");
  if (terms) {
    row.push_back(cells::plainLine(*terms));
    warnings.checkLimit(sku, "search_terms", "generic_keywords", row.back(), m_limits.amazonSearchTermsBytes,
                        LengthUnit::Bytes);
  } else {
    row.emplace_back();
  }
  rows.push_back(std::move(row));
}

}  // namespace copydesk
