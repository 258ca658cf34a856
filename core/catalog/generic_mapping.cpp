#include "core/catalog/generic_mapping.h"

#include "core/catalog/link_columns.h"
#include "core/store/json_text.h"

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
  for (size_t i = 0; i < m_header.size(); ++i) {
    if (m_mapped[i]) continue;
    if (auto kind = linkColumnKind(m_header[i])) {  // upsells, cross_sells, grouped: the product's links
      m_linkColumns.emplace_back(static_cast<int>(i), *kind);
      m_mapped[i] = true;
    }
  }
  std::vector<std::string> names;
  std::vector<bool> attribute;
  for (size_t i = 0; i < m_header.size(); ++i) {
    names.push_back(attributeName(i));
    attribute.push_back(!m_mapped[i]);
  }
  m_attributes = std::make_unique<AttributeJson>(names, attribute);
}

Status GenericMapping::start() {
  const std::string& key = m_mapping.column(ProductField::Sku);
  if (key.empty()) {
    return error("catalog.generic.no-sku-column");
  }
  if (m_indexes[static_cast<size_t>(ProductField::Sku)] < 0) return error("catalog.generic.sku-column-missing", {key});
  return {};
}

Status GenericMapping::addRow(const CsvRecord& record) {
  if (blank(record)) return {};
  auto at = [&](ProductField field) { return cell(record, m_indexes[static_cast<size_t>(field)]); };
  ProductRow row;
  row.sku = trimmed(at(ProductField::Sku));
  if (row.sku.empty()) return errorAt(record.line, "catalog.generic.row-without-sku", {m_mapping.column(ProductField::Sku)});
  row.title = at(ProductField::Title);
  row.description = at(ProductField::Description);
  row.brand = at(ProductField::Brand);
  row.category = at(ProductField::Category);
  m_tags.assign(1, '[');
  forEachTag(at(ProductField::Tags), [&](std::string_view tag) {
    if (m_tags.size() > 1) m_tags += ',';
    appendJsonString(m_tags, tag);
  });
  m_tags += ']';
  row.tagsJson = m_tags;
  row.price = trimmed(at(ProductField::Price));
  row.attributesJson = m_attributes->write(record.fields);
  row.source = "generic";
  m_links.clear();
  for (auto [column, kind] : m_linkColumns) appendLinks(m_links, kind, cell(record, column));
  row.links = m_links;
  return m_sink.putRow(row, record.line);
}

}  // namespace copydesk
