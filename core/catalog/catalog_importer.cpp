#include "core/catalog/catalog_importer.h"

#include "core/catalog/catalog_source.h"
#include "core/catalog/json_mapping.h"
#include "core/catalog/search_index_deferral.h"
#include "core/catalog/store_sink.h"
#include "core/store/product_search_index.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

Status importCsv(CatalogSource& source, StoreSink& sink, const ImportOptions& options, ImportSummary& summary) {
  auto mapping = source.makeMapping(sink, options.mapping);
  if (auto st = mapping->start(); !st) return st;
  CsvRecord record;
  for (;;) {
    auto got = source.reader().next(record);
    if (!got) return got.error();
    if (!*got) break;
    ++summary.rows;
    if (auto st = mapping->addRow(record); !st) return st;
  }
  return mapping->finish();
}

Status importJson(CatalogSource& source, StoreSink& sink, const ImportOptions& options, ImportSummary& summary) {
  auto text = source.readAllText();
  if (!text) return text.error();
  JsonMapping mapping(sink, source.label(), options.mapping);
  return JsonMapping::forEachObject(*text, source.label(), [&](const Json& object, std::int64_t line) {
    ++summary.rows;
    return mapping.add(object, line);
  });
}

// A bigger page cache while importing: the products table, its SKU index and the search index
// are written all over, and with SQLite's default 2 MiB cache pages spill to the WAL and are read
// back (measured: a fifth of the import's time went to the kernel). Restored afterwards.
class ImportCacheSize final {
 public:
  explicit ImportCacheSize(Database& db) : m_db(db) {
    if (db.isPostgres()) return;  // SQLite tuning; a failed PRAGMA would end a PostgreSQL transaction
    m_set = true;
    if (auto stmt = db.prepare("PRAGMA cache_size"); stmt && stmt->step()) m_previous = stmt->integer(0);
    (void)db.exec("PRAGMA cache_size = -65536");  // 64 MiB, bounded whatever the file size
  }
  ~ImportCacheSize() {
    if (m_set) (void)m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
  }
  ImportCacheSize(const ImportCacheSize&) = delete;
  ImportCacheSize& operator=(const ImportCacheSize&) = delete;

 private:
  Database& m_db;
  std::int64_t m_previous = -2000;
  bool m_set = false;
};

}  // namespace

Result<ImportSummary> importCatalog(Database& db, const std::filesystem::path& path, const ImportOptions& options) {
  auto source = CatalogSource::open(path, options);
  if (!source) return source.error();
  ImportSummary summary;
  summary.format = (*source)->format();
  ImportCacheSize cacheSize(db);
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  SearchIndexDeferral searchIndex(db);
  if (auto st = searchIndex.begin(); !st) return st.error();
  StoreSink sink(db, (*source)->label());
  const Status st = summary.format == CatalogFormat::Json ? importJson(**source, sink, options, summary)
                                                          : importCsv(**source, sink, options, summary);
  if (!st) return st.error();
  if (auto written = sink.finish(); !written) return written.error();
  if (summary.rows == 0) return makeError("catalog.no-products", ErrorCode::InvalidInput, {}, (*source)->label());
  if (auto deferred = searchIndex.finish(); !deferred) return deferred.error();
  if (options.searchIndexing == SearchIndexing::InImport) {
    if (auto indexed = ProductSearchIndex(db).indexAll(); !indexed) return indexed.error();
  }
  if (auto committed = transaction.commit(); !committed) return committed.error();
  sink.addTo(summary);
  return summary;
}

}  // namespace copydesk
