#include "core/catalog/generic_mapping.h"

namespace copydesk {

GenericMapping::GenericMapping(ProductSink& sink, std::string label, std::vector<std::string> header,
                               std::optional<ColumnMapping> explicitMapping)
    : RowMapping(sink, std::move(label), std::move(header)),
      m_mapping(explicitMapping ? *explicitMapping : matchColumns(m_header)) {
  m_indexes = resolveColumns(m_mapping, m_header);
  m_mapped.assign(m_header.size(), false);
  for (int index : m_indexes) {
    if (index >= 0) m_mapped[static_cast<size_t>(index)] = true;
  }
  for (size_t i = 0; i < m_header.size(); ++i) {
    if (m_mapping.isIgnored(m_header[i])) m_mapped[i] = true;  // neither a field nor an attribute
  }
}

Status GenericMapping::start() {
  const std::string& key = m_mapping.column(ProductField::Sku);
  if (key.empty()) {
    return error("no column holds the SKU or handle (expected a header such as sku, handle, 货号 or 编码)");
  }
  if (m_indexes[static_cast<size_t>(ProductField::Sku)] < 0) return error("the SKU column \"" + key + "\" is not in the header");
  return {};
}

Status GenericMapping::addRow(const CsvRecord& record) {
  if (blank(record)) return {};
  auto at = [&](ProductField field) { return cell(record, m_indexes[static_cast<size_t>(field)]); };
  Product product;
  product.sku = trimmed(at(ProductField::Sku));
  if (product.sku.empty()) return errorAt(record.line, "the row has no SKU (column \"" + m_mapping.column(ProductField::Sku) + "\" is empty)");
  product.title = at(ProductField::Title);
  product.description = at(ProductField::Description);
  product.brand = at(ProductField::Brand);
  product.category = at(ProductField::Category);
  product.tags = splitTags(at(ProductField::Tags));
  product.price = trimmed(at(ProductField::Price));
  product.source = "generic";
  for (size_t i = 0; i < record.fields.size(); ++i) {
    if (i < m_mapped.size() && m_mapped[i]) continue;
    const std::string& value = record.fields[i];
    if (value.empty()) continue;
    if (i >= m_header.size() && trimmed(value).empty()) continue;
    product.attributes[attributeName(i)] = value;
  }
  return m_sink.put(std::move(product), record.line);
}

}  // namespace copydesk
