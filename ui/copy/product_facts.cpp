#include "ui/copy/product_facts.h"

#include <QCoreApplication>

#include "core/export/html_to_text.h"

namespace copydesk::ui {
namespace {

// The labels are marked with QT_TRANSLATE_NOOP so that lupdate files them under this context.
QString translated(const char* text) { return QCoreApplication::translate("ProductFacts", text); }

QString escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// Catalog text is often HTML (Shopify bodies): shown as its text, lines kept.
QString paragraph(const std::string& text) {
  return escaped(HtmlToText::convert(text)).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& name, const QString& valueHtml) {
  return QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), valueHtml);
}

QString attributeValue(const Json& value) {
  if (value.is_string()) return paragraph(value.get<std::string>());
  return escaped(value.dump());
}

}  // namespace

QString productFactsHtml(const Product& product, const QString& fieldLabel, const std::string& shopCopy) {
  QString html;
  html += QStringLiteral("<p><b>%1</b></p>").arg(translated(QT_TRANSLATE_NOOP("ProductFacts", "Now in the shop (%1)")).arg(fieldLabel).toHtmlEscaped());
  html += shopCopy.empty() ? QStringLiteral("<p><i>%1</i></p>").arg(translated(QT_TRANSLATE_NOOP("ProductFacts", "nothing yet")).toHtmlEscaped())
                           : QStringLiteral("<p>%1</p>").arg(paragraph(shopCopy));
  html += QStringLiteral("<hr><table cellspacing=\"2\">");
  html += row(translated(QT_TRANSLATE_NOOP("ProductFacts", "SKU")), escaped(product.sku));
  html += row(translated(QT_TRANSLATE_NOOP("ProductFacts", "Title")), escaped(product.title));
  if (!product.brand.empty()) html += row(translated(QT_TRANSLATE_NOOP("ProductFacts", "Brand")), escaped(product.brand));
  if (!product.category.empty()) html += row(translated(QT_TRANSLATE_NOOP("ProductFacts", "Category")), escaped(product.category));
  if (!product.price.empty()) html += row(translated(QT_TRANSLATE_NOOP("ProductFacts", "Price")), escaped(product.price));
  if (!product.tags.empty()) {
    QStringList tags;
    for (const auto& tag : product.tags) tags << QString::fromStdString(tag);
    html += row(translated(QT_TRANSLATE_NOOP("ProductFacts", "Tags")), tags.join(QStringLiteral(", ")).toHtmlEscaped());
  }
  if (product.attributes.is_object()) {
    for (const auto& [name, value] : product.attributes.items())
      html += row(QString::fromStdString(name), attributeValue(value));
  }
  html += QStringLiteral("</table>");
  if (!product.description.empty()) {
    html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(translated(QT_TRANSLATE_NOOP("ProductFacts", "Description")).toHtmlEscaped(), paragraph(product.description));
  }
  return html;
}

}  // namespace copydesk::ui
