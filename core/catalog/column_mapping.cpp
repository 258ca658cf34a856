#include "core/catalog/column_mapping.h"

#include <span>

namespace copydesk {
namespace {

// Synonyms in priority order, already normalised. A header matching an earlier synonym wins
// over one matching a later synonym (so "SKU" beats "ID" for the key).
constexpr std::string_view kSku[] = {"sku", "handle", "urlhandle", "productsku", "itemsku", "variantsku", "货号", "商品货号", "编码",
              "商品编码", "sku编码", "产品编码", "编号", "商品编号", "款号", "itemcode", "productcode", "code",
              "productid", "itemid", "id"};
constexpr std::string_view kTitle[] = {"title", "name", "producttitle", "productname", "itemname", "标题", "名称", "商品名称",
              "商品标题", "产品名称", "品名", "宝贝标题"};
constexpr std::string_view kDescription[] = {"description", "bodyhtml", "body", "desc", "productdescription", "longdescription",
              "描述", "详情", "商品描述", "商品详情", "产品描述", "详细描述", "宝贝描述"};
constexpr std::string_view kBrand[] = {"brand", "vendor", "brands", "manufacturer", "品牌", "厂商", "制造商"};
constexpr std::string_view kCategory[] = {"category", "categories", "productcategory", "类目", "分类", "商品类目", "商品分类", "类别",
              "产品分类"};
constexpr std::string_view kTags[] = {"tags", "tag", "keywords", "标签", "关键词", "关键字"};
constexpr std::string_view kPrice[] = {"price", "regularprice", "saleprice", "unitprice", "价格", "售价", "单价", "零售价", "一口价"};

std::span<const std::string_view> synonyms(ProductField field) {
  switch (field) {
    case ProductField::Sku: return kSku;
    case ProductField::Title: return kTitle;
    case ProductField::Description: return kDescription;
    case ProductField::Brand: return kBrand;
    case ProductField::Category: return kCategory;
    case ProductField::Tags: return kTags;
    case ProductField::Price: return kPrice;
  }
  return {};
}

// 0 for the best synonym, higher for later ones, -1 for no match.
int rank(std::string_view normalized, ProductField field) {
  int i = 0;
  for (std::string_view s : synonyms(field)) {
    if (normalized == s) return i;
    ++i;
  }
  return -1;
}

}  // namespace

bool ColumnMapping::isIgnored(std::string_view name) const {
  for (const std::string& column : ignored) {
    if (column == name) return true;
  }
  return false;
}

std::string_view fieldName(ProductField field) {
  switch (field) {
    case ProductField::Sku: return "sku";
    case ProductField::Title: return "title";
    case ProductField::Description: return "description";
    case ProductField::Brand: return "brand";
    case ProductField::Category: return "category";
    case ProductField::Tags: return "tags";
    case ProductField::Price: return "price";
  }
  return "";
}

std::string normalizeHeader(std::string_view header) {
  std::string out;
  out.reserve(header.size());
  for (char c : header) {
    switch (c) {
      case ' ': case '_': case '-': case '.': case '/': case '(': case ')': case '\t': case ':':
        continue;
      default:
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

bool matchesField(std::string_view header, ProductField field) { return rank(normalizeHeader(header), field) >= 0; }

ColumnMapping matchColumns(const std::vector<std::string>& header) {
  ColumnMapping mapping;
  std::vector<std::string> normalized;
  normalized.reserve(header.size());
  for (const auto& h : header) normalized.push_back(normalizeHeader(h));
  std::vector<bool> taken(header.size(), false);
  for (ProductField field : kProductFields) {
    int best = -1, bestRank = 1 << 30;
    for (size_t i = 0; i < header.size(); ++i) {
      if (taken[i]) continue;
      const int r = rank(normalized[i], field);
      if (r >= 0 && r < bestRank) best = static_cast<int>(i), bestRank = r;
    }
    if (best >= 0) {
      taken[static_cast<size_t>(best)] = true;
      mapping.column(field) = header[static_cast<size_t>(best)];
    }
  }
  return mapping;
}

ColumnIndexes resolveColumns(const ColumnMapping& mapping, const std::vector<std::string>& header) {
  ColumnIndexes indexes;
  indexes.fill(-1);
  for (ProductField field : kProductFields) {
    const std::string& name = mapping.column(field);
    if (name.empty()) continue;
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) {
        indexes[static_cast<size_t>(field)] = static_cast<int>(i);
        break;
      }
    }
  }
  return indexes;
}

}  // namespace copydesk
