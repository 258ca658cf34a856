#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/catalog/column_mapping.h"

namespace copydesk {

enum class CatalogFormat { Auto, Shopify, WooCommerce, Generic, Json };
enum class TextEncoding { Utf8, Gb18030 };

// "auto", "shopify", "woocommerce", "generic", "json".
std::string_view formatName(CatalogFormat format);
std::optional<CatalogFormat> parseFormat(std::string_view name);
std::string_view encodingName(TextEncoding encoding);
std::optional<TextEncoding> parseEncoding(std::string_view name);

// When imported products enter the full-text search index. Searches find them either way: rows
// not yet indexed are read with LIKE (ProductSearchIndex, productFilterSql).
enum class SearchIndexing {
  InImport,     // indexed in the import's own transaction: the import returns with everything indexed
  AfterImport,  // left pending: the caller runs ProductSearchIndex::indexPending() later (e.g. in the
                // background); the import costs about a third as much (docs/benchmarks.md)
};

struct ImportOptions {
  CatalogFormat format = CatalogFormat::Auto;
  TextEncoding encoding = TextEncoding::Utf8;
  // For generic CSV and JSON: which source column feeds which field. Unset: matched by name.
  std::optional<ColumnMapping> mapping;
  SearchIndexing searchIndexing = SearchIndexing::InImport;
};

struct ImportSummary {
  CatalogFormat format = CatalogFormat::Auto;  // the format actually used
  std::int64_t products = 0;                   // distinct products written
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t variants = 0;
  std::int64_t rows = 0;  // data records read (CSV rows after the header, JSON objects)
};

// "imported 3 products (3 new, 0 updated, 16 variants) from FILE as shopify"
std::string describeSummary(const ImportSummary& summary, const std::string& fileName);

}  // namespace copydesk
