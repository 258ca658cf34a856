#include "core/catalog/woocommerce_mapping.h"

#include <algorithm>

#include "core/catalog/format_detector.h"

namespace copydesk {
namespace {

bool hasType(std::string_view types, std::string_view wanted) {
  for (const std::string& t : splitTags(types)) {
    if (t == wanted) return true;
  }
  return false;
}

void putVariant(Product& product, Variant variant) {
  for (Variant& existing : product.variants) {
    if (existing.sku == variant.sku) {
      existing = std::move(variant);
      return;
    }
  }
  product.variants.push_back(std::move(variant));
}

}  // namespace

WooCommerceMapping::WooCommerceMapping(ProductSink& sink, std::string label, std::vector<std::string> header)
    : RowMapping(sink, std::move(label), std::move(header)) {
  const auto& h = m_header;
  m_id = findColumn(h, "ID");
  m_type = findColumn(h, "Type");
  m_sku = findColumn(h, "SKU");
  m_name = findColumn(h, "Name");
  m_description = findColumn(h, "Description");
  m_categories = findColumn(h, "Categories");
  m_tags = findColumn(h, "Tags");
  m_price = findColumn(h, "Regular price");
  m_salePrice = findColumn(h, "Sale price");
  m_parent = findColumn(h, "Parent");
  m_brand = findColumn(h, "Brands");
  m_upsells = findColumn(h, "Upsells");
  m_crossSells = findColumn(h, "Cross-sells");
  m_grouped = findColumn(h, "Grouped products");
  for (int n = 1; n < 100; ++n) {
    const std::string prefix = "Attribute " + std::to_string(n);
    const int name = findColumn(h, prefix + " name");
    const int value = findColumn(h, prefix + " value(s)");
    if (name < 0 || value < 0) break;
    m_attributes.emplace_back(name, value);
  }
  m_fieldColumn.assign(h.size(), false);
  for (int i : {m_sku, m_name, m_description, m_categories, m_tags, m_price, m_brand, m_upsells, m_crossSells, m_grouped}) {
    if (i >= 0) m_fieldColumn[static_cast<size_t>(i)] = true;
  }
}

ColumnMapping WooCommerceMapping::mapping() const {
  ColumnMapping mapping;
  auto name = [&](int i) { return i >= 0 ? m_header[static_cast<size_t>(i)] : std::string(); };
  mapping.column(ProductField::Sku) = name(m_sku >= 0 ? m_sku : m_id);
  mapping.column(ProductField::Title) = name(m_name);
  mapping.column(ProductField::Description) = name(m_description);
  mapping.column(ProductField::Brand) = name(m_brand);
  mapping.column(ProductField::Category) = name(m_categories);
  mapping.column(ProductField::Tags) = name(m_tags);
  mapping.column(ProductField::Price) = name(m_price);
  return mapping;
}

Status WooCommerceMapping::start() {
  if (m_sku < 0 && m_id < 0) return error("catalog.woocommerce.no-key-column");
  return {};
}

Product WooCommerceMapping::makeProduct(const CsvRecord& record, std::string key) const {
  Product p;
  p.sku = std::move(key);
  p.title = cell(record, m_name);
  p.description = cell(record, m_description);
  p.brand = cell(record, m_brand);
  p.category = trimmed(cell(record, m_categories));
  p.tags = splitTags(cell(record, m_tags));
  p.price = trimmed(cell(record, m_price));
  if (p.price.empty()) p.price = trimmed(cell(record, m_salePrice));
  p.source = "woocommerce";
  for (size_t i = 0; i < record.fields.size(); ++i) {
    if ((i < m_fieldColumn.size() && m_fieldColumn[i]) || record.fields[i].empty()) continue;
    p.attributes[attributeName(i)] = record.fields[i];
  }
  readLinks(record, p);
  return p;
}

void WooCommerceMapping::readLinks(const CsvRecord& record, Product& product) const {
  appendLinks(product.links, LinkKind::Upsell, cell(record, m_upsells));
  appendLinks(product.links, LinkKind::CrossSell, cell(record, m_crossSells));
  appendLinks(product.links, LinkKind::Grouped, cell(record, m_grouped));
}

bool WooCommerceMapping::resolveLinks(Product& product) const {
  bool resolved = true;
  for (ProductLink& link : product.links) {
    if (link.sku.rfind("id:", 0) != 0) continue;
    const std::string id(trimmed(std::string_view(link.sku).substr(3)));
    if (auto it = m_keyById.find(id); it != m_keyById.end()) link.sku = it->second;
    else resolved = false;
  }
  return resolved;
}

Variant WooCommerceMapping::makeVariant(const CsvRecord& record) const {
  Variant v;
  v.sku = trimmed(cell(record, m_sku));
  if (v.sku.empty()) v.sku = "id:" + std::string(trimmed(cell(record, m_id)));
  v.title = cell(record, m_name);
  v.price = trimmed(cell(record, m_price));
  if (v.price.empty()) v.price = trimmed(cell(record, m_salePrice));
  std::vector<bool> used(record.fields.size(), false);
  for (int i : {m_sku, m_name, m_price}) {
    if (i >= 0 && static_cast<size_t>(i) < used.size()) used[static_cast<size_t>(i)] = true;
  }
  for (auto [nameColumn, valueColumn] : m_attributes) {
    const std::string_view name = trimmed(cell(record, nameColumn));
    const std::string_view value = trimmed(cell(record, valueColumn));
    if (name.empty() || value.empty()) continue;
    v.options[std::string(name)] = value;
    for (int i : {nameColumn, valueColumn}) {
      if (static_cast<size_t>(i) < used.size()) used[static_cast<size_t>(i)] = true;
    }
  }
  for (size_t i = 0; i < record.fields.size(); ++i) {
    if (used[i] || record.fields[i].empty()) continue;
    v.attributes[attributeName(i)] = record.fields[i];
  }
  return v;
}

Status WooCommerceMapping::addRow(const CsvRecord& record) {
  if (blank(record)) return {};
  const std::string id(trimmed(cell(record, m_id)));
  std::string key(trimmed(cell(record, m_sku)));
  if (key.empty() && !id.empty()) key = "id:" + id;
  if (key.empty()) return errorAt(record.line, "catalog.woocommerce.row-without-key");
  const std::string_view types = cell(record, m_type);
  if (hasType(types, "variation")) {
    const std::string parent(trimmed(cell(record, m_parent)));
    if (parent.empty()) return errorAt(record.line, "catalog.woocommerce.variation-without-parent", {key});
    Orphan orphan{parent, makeVariant(record), record.line};
    const std::string parentKey = resolveParent(parent);
    if (Pending* p = pending(parentKey)) {
      attach(*p, std::move(orphan.variant), record.line);
    } else {
      m_orphans.push_back(std::move(orphan));
    }
    return {};
  }
  if (!id.empty()) m_keyById[id] = key;
  Product product = makeProduct(record, key);
  if (!resolveLinks(product) && !hasType(types, "variable")) m_linkedLater.emplace_back(key, record.line);
  if (hasType(types, "variable")) {
    if (Pending* p = pending(key)) {  // the same SKU twice: the later row wins, variants stay
      product.variants = std::move(p->product.variants);
      p->product = std::move(product);
      p->line = record.line;
    } else {
      m_pendingByKey[key] = m_pending.size();
      m_pending.push_back(Pending{std::move(product), record.line});
    }
    return {};
  }
  return m_sink.put(std::move(product), record.line);
}

WooCommerceMapping::Pending* WooCommerceMapping::pending(const std::string& key) {
  auto it = m_pendingByKey.find(key);
  return it == m_pendingByKey.end() ? nullptr : &m_pending[it->second];
}

void WooCommerceMapping::attach(Pending& pending, Variant variant, std::int64_t line) {
  auto& variants = pending.product.variants;
  for (size_t i = 0; i < variants.size(); ++i) {
    if (variants[i].sku == variant.sku) {  // the same variation twice: the later row wins
      variants[i] = std::move(variant);
      return;
    }
  }
  const auto at = std::upper_bound(pending.variantLines.begin(), pending.variantLines.end(), line);
  const auto index = at - pending.variantLines.begin();
  pending.variantLines.insert(at, line);
  variants.insert(variants.begin() + index, std::move(variant));
}

std::string WooCommerceMapping::resolveParent(const std::string& parent) const {
  if (parent.rfind("id:", 0) == 0) {
    if (auto it = m_keyById.find(std::string(trimmed(std::string_view(parent).substr(3)))); it != m_keyById.end()) {
      return it->second;
    }
  }
  return parent;
}

// A variation whose parent was written already (a simple product, or one from an earlier import).
Status WooCommerceMapping::attachToStored(Orphan& orphan) {
  const std::string key = resolveParent(orphan.parent);
  auto stored = m_sink.existing(key);
  if (!stored) return stored.error();
  if (!*stored) {
    return errorAt(orphan.line, "catalog.woocommerce.unknown-parent", {orphan.parent});
  }
  Product product = std::move(**stored);
  putVariant(product, std::move(orphan.variant));
  return m_sink.put(std::move(product), orphan.line);
}

Status WooCommerceMapping::finish() {
  std::vector<Orphan> stillOrphans;
  for (Orphan& orphan : m_orphans) {
    if (Pending* p = pending(resolveParent(orphan.parent))) {
      attach(*p, std::move(orphan.variant), orphan.line);
    } else {
      stillOrphans.push_back(std::move(orphan));
    }
  }
  for (Pending& p : m_pending) {
    resolveLinks(p.product);
    if (auto st = m_sink.put(std::move(p.product), p.line); !st) return st;
  }
  m_pending.clear();
  m_pendingByKey.clear();
  for (Orphan& orphan : stillOrphans) {
    if (auto st = attachToStored(orphan); !st) return st;
  }
  m_orphans.clear();
  return putLinkedLater();
}

// Products whose links named an "id:N" further down the file: written again with the SKU it has.
Status WooCommerceMapping::putLinkedLater() {
  for (const auto& [key, line] : m_linkedLater) {
    auto stored = m_sink.existing(key);
    if (!stored) return stored.error();
    if (!*stored) continue;
    Product product = std::move(**stored);
    const std::vector<ProductLink> before = product.links;
    resolveLinks(product);
    if (product.links == before) continue;
    if (auto st = m_sink.put(std::move(product), line); !st) return st;
  }
  m_linkedLater.clear();
  return {};
}

}  // namespace copydesk
