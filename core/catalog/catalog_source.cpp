#include "core/catalog/catalog_source.h"

#include "core/catalog/format_detector.h"
#include "core/catalog/generic_mapping.h"
#include "core/catalog/shopify_mapping.h"
#include "core/catalog/woocommerce_mapping.h"

namespace copydesk {
namespace {

bool allBlank(std::string_view text) { return trimmed(text).empty(); }

}  // namespace

Result<std::unique_ptr<CatalogSource>> CatalogSource::open(const std::filesystem::path& path,
                                                           const ImportOptions& options) {
  auto decoder = TextDecoder::open(path, options.encoding);
  if (!decoder) return decoder.error();
  std::unique_ptr<CatalogSource> source(new CatalogSource());
  source->m_decoder = std::move(*decoder);
  // Read until there is something other than blanks to look at (or the file ends).
  for (;;) {
    auto more = source->m_decoder->read(source->m_start);
    if (!more) return more.error();
    if (!*more || !allBlank(source->m_start)) break;
  }
  if (allBlank(source->m_start)) return source->m_decoder->error("catalog.file-empty");
  const bool json = options.format == CatalogFormat::Json ||
                    (options.format == CatalogFormat::Auto && FormatDetector::looksLikeJson(source->m_start));
  if (json) {
    source->m_format = CatalogFormat::Json;
    return source;
  }
  if (auto st = source->openCsv(options.format); !st) return st.error();
  return source;
}

Status CatalogSource::openCsv(CatalogFormat requested) {
  m_reader = std::make_unique<CsvReader>(*m_decoder, std::move(m_start));
  m_start.clear();
  CsvRecord header;
  auto got = m_reader->next(header);
  if (!got) return got.error();
  if (!*got) return m_decoder->error("catalog.file-empty");
  m_header = std::move(header.fields);
  for (auto& name : m_header) name = std::string(trimmed(name));
  m_format = requested == CatalogFormat::Auto ? FormatDetector::detectCsv(m_header) : requested;
  return {};
}

Result<std::string> CatalogSource::readAllText() {
  std::string text = std::move(m_start);
  m_start.clear();
  for (;;) {
    auto more = m_decoder->read(text);
    if (!more) return more.error();
    if (!*more) break;
  }
  return text;
}

std::unique_ptr<RowMapping> CatalogSource::makeMapping(ProductSink& sink,
                                                       const std::optional<ColumnMapping>& mapping) const {
  switch (m_format) {
    case CatalogFormat::Shopify: return std::make_unique<ShopifyMapping>(sink, label(), m_header);
    case CatalogFormat::WooCommerce: return std::make_unique<WooCommerceMapping>(sink, label(), m_header);
    default: return std::make_unique<GenericMapping>(sink, label(), m_header, mapping);
  }
}

}  // namespace copydesk
