#include "core/catalog/shopify_mapping.h"

#include "core/catalog/format_detector.h"

namespace copydesk {
namespace {

bool startsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Which rows a column's values belong to, from its normalised name (both header generations).
bool isVariantColumn(const std::string& n) {
  for (std::string_view prefix : {"variant", "option", "price", "compareatprice", "included", "unitprice"}) {
    if (startsWith(n, prefix)) return true;
  }
  for (std::string_view name : {"sku", "barcode", "costperitem", "chargetax", "taxcode", "inventorytracker",
                                "inventoryquantity", "inventorypolicy", "continuesellingwhenoutofstock",
                                "weightvaluegrams", "weightunitfordisplay", "requiresshipping", "fulfillmentservice"}) {
    if (n == name) return true;
  }
  return false;
}

bool isImageColumn(const std::string& n) {
  return n == "imagesrc" || n == "imageposition" || n == "imagealttext" || n == "productimageurl";
}

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// A product metafield column that names other products, and what kind of link it makes.
// Complementary ("goes well with") and related products both read as cross-sells.
std::optional<LinkKind> metafieldLinkKind(std::string_view header) {
  const std::string h = lowered(header);
  if (h.find("metafields") == std::string::npos) return std::nullopt;
  auto has = [&](std::string_view word) { return h.find(word) != std::string::npos; };
  if (has("upsell") || has("up_sell") || has("up-sell")) return LinkKind::Upsell;
  if (has("grouped") || has("bundle")) return LinkKind::Grouped;
  if (has("complementary") || has("cross") || has("related") || has("recommend")) return LinkKind::CrossSell;
  return std::nullopt;
}

}  // namespace

ShopifyMapping::ShopifyMapping(ProductSink& sink, std::string label, std::vector<std::string> header)
    : RowMapping(sink, std::move(label), std::move(header)) {
  const auto& h = m_header;
  auto first = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) {
      if (int i = findColumn(h, name); i >= 0) return i;
    }
    return -1;
  };
  m_handle = first({"Handle", "URL handle"});
  m_title = first({"Title"});
  m_body = first({"Body (HTML)", "Description"});
  m_vendor = first({"Vendor"});
  m_category = first({"Product Category", "Product category"});
  m_tags = first({"Tags"});
  m_sku = first({"Variant SKU", "SKU"});
  m_price = first({"Variant Price", "Price"});
  m_imageSrc = first({"Image Src", "Product image URL"});
  m_imagePosition = first({"Image Position"});
  m_imageAlt = first({"Image Alt Text"});
  for (int n = 1; n <= 3; ++n) {
    const std::string prefix = "Option" + std::to_string(n);
    OptionColumns columns{findColumn(h, prefix + " Name"), findColumn(h, prefix + " Value")};
    if (columns.value >= 0) m_options.push_back(columns);
  }
  m_levels.resize(h.size(), Level::Product);
  m_fieldColumn.resize(h.size(), false);
  for (size_t i = 0; i < h.size(); ++i) {
    const std::string n = normalizeHeader(h[i]);
    if (isImageColumn(n)) m_levels[i] = Level::Image;
    else if (isVariantColumn(n)) m_levels[i] = Level::Variant;
  }
  for (size_t i = 0; i < h.size(); ++i) {
    if (auto kind = metafieldLinkKind(h[i])) {
      m_linkColumns.emplace_back(static_cast<int>(i), *kind);
      m_fieldColumn[i] = true;
    }
  }
  for (int i : {m_handle, m_title, m_body, m_vendor, m_category, m_tags, m_sku, m_price, m_imageSrc,
                m_imagePosition, m_imageAlt}) {
    if (i >= 0) m_fieldColumn[static_cast<size_t>(i)] = true;
  }
  for (const auto& o : m_options) {
    for (int i : {o.name, o.value}) {
      if (i >= 0) m_fieldColumn[static_cast<size_t>(i)] = true;
    }
  }
}

ColumnMapping ShopifyMapping::mapping() const {
  ColumnMapping mapping;
  auto name = [&](int i) { return i >= 0 ? m_header[static_cast<size_t>(i)] : std::string(); };
  mapping.column(ProductField::Sku) = name(m_handle);
  mapping.column(ProductField::Title) = name(m_title);
  mapping.column(ProductField::Description) = name(m_body);
  mapping.column(ProductField::Brand) = name(m_vendor);
  mapping.column(ProductField::Category) = name(m_category);
  mapping.column(ProductField::Tags) = name(m_tags);
  mapping.column(ProductField::Price) = name(m_price);
  return mapping;
}

Status ShopifyMapping::start() {
  if (m_handle < 0) return error("catalog.shopify.no-handle-column");
  return {};
}

Status ShopifyMapping::addRow(const CsvRecord& record) {
  if (blank(record)) return {};
  std::string handle(trimmed(cell(record, m_handle)));
  if (handle.empty()) return errorAt(record.line, "catalog.shopify.row-without-handle");
  if (!m_current || m_current->sku != handle) {
    if (auto st = begin(record, std::move(handle)); !st) return st;
  }
  addProductColumns(record);
  addVariant(record);
  addImage(record);
  return {};
}

// Starts a product at its first row; a handle seen earlier in the file continues the stored product.
Status ShopifyMapping::begin(const CsvRecord& record, std::string handle) {
  if (auto st = flush(); !st) return st;
  m_currentLine = record.line;
  m_optionNames.assign(m_options.size(), std::string());
  if (m_done.count(handle)) {
    auto stored = m_sink.existing(handle);
    if (!stored) return stored.error();
    if (*stored) {
      m_current = std::move(**stored);
      for (size_t k = 0; k < m_options.size(); ++k) {
        if (!m_current->variants.empty() && k < m_current->variants.front().options.size()) {
          m_optionNames[k] = std::next(m_current->variants.front().options.begin(), static_cast<std::ptrdiff_t>(k)).key();
        }
      }
      return {};
    }
  }
  m_current.emplace();
  m_current->sku = std::move(handle);
  m_current->source = "shopify";
  return {};
}

void ShopifyMapping::addProductColumns(const CsvRecord& record) {
  Product& p = *m_current;
  auto fill = [&](std::string& target, int index) {
    if (target.empty() && index >= 0) target = cell(record, index);
  };
  fill(p.title, m_title);
  fill(p.description, m_body);
  fill(p.brand, m_vendor);
  fill(p.category, m_category);
  if (p.tags.empty()) p.tags = splitTags(cell(record, m_tags));
  if (p.links.empty()) {
    for (auto [column, kind] : m_linkColumns) appendLinks(p.links, kind, cell(record, column));
  }
  for (size_t i = 0; i < record.fields.size() && i < m_levels.size(); ++i) {
    if (m_levels[i] != Level::Product || m_fieldColumn[i] || record.fields[i].empty()) continue;
    const std::string name = attributeName(i);
    if (!p.attributes.contains(name)) p.attributes[name] = record.fields[i];
  }
  for (size_t k = 0; k < m_options.size(); ++k) {
    if (m_optionNames[k].empty()) m_optionNames[k] = trimmed(cell(record, m_options[k].name));
  }
}

void ShopifyMapping::addVariant(const CsvRecord& record) {
  bool hasOption = false;
  for (const auto& o : m_options) hasOption = hasOption || !trimmed(cell(record, o.value)).empty();
  const std::string_view sku = trimmed(cell(record, m_sku));
  const std::string_view price = trimmed(cell(record, m_price));
  if (!hasOption && sku.empty() && price.empty()) return;  // an image row
  Variant v;
  v.sku = sku;
  v.price = price;
  for (size_t k = 0; k < m_options.size(); ++k) {
    const std::string_view value = trimmed(cell(record, m_options[k].value));
    if (value.empty()) continue;
    const std::string name = m_optionNames[k].empty() ? "Option" + std::to_string(k + 1) : m_optionNames[k];
    v.options[name] = value;
    if (!v.title.empty()) v.title += " / ";
    v.title += value;
  }
  for (size_t i = 0; i < record.fields.size() && i < m_levels.size(); ++i) {
    if (m_levels[i] != Level::Variant || m_fieldColumn[i] || record.fields[i].empty()) continue;
    v.attributes[attributeName(i)] = record.fields[i];
  }
  Product& p = *m_current;
  if (p.price.empty()) p.price = v.price;
  // A variant with the same SKU (a handle repeated later in the file) replaces the earlier one.
  for (Variant& existing : p.variants) {
    if (!v.sku.empty() && existing.sku == v.sku) {
      existing = std::move(v);
      return;
    }
  }
  p.variants.push_back(std::move(v));
}

void ShopifyMapping::addImage(const CsvRecord& record) {
  const std::string_view src = trimmed(cell(record, m_imageSrc));
  if (src.empty()) return;
  Json image = Json::object();
  image["src"] = src;
  if (auto pos = trimmed(cell(record, m_imagePosition)); !pos.empty()) image["position"] = pos;
  if (auto alt = cell(record, m_imageAlt); !alt.empty()) image["alt"] = alt;
  Json& images = m_current->attributes["images"];
  if (!images.is_array()) images = Json::array();
  for (const auto& existing : images) {
    if (existing.value("src", "") == src) return;
  }
  images.push_back(std::move(image));
}

Status ShopifyMapping::flush() {
  if (!m_current) return {};
  std::string handle = m_current->sku;
  auto st = m_sink.put(std::move(*m_current), m_currentLine);
  m_current.reset();
  m_done.insert(std::move(handle));
  return st;
}

Status ShopifyMapping::finish() { return flush(); }

}  // namespace copydesk
