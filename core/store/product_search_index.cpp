#include "core/store/product_search_index.h"

namespace copydesk {

ProductSearchIndex::ProductSearchIndex(Database& db)
    : PendingSearchIndex(db, PendingIndexTables{"products_fts_pending", "products_fts", "rowid, sku, title, description, brand, category, tags", "products", "s.id, s.sku, s.title, s.description, s.brand, s.category, s.tags", "products", "search_ready", "copydesk_products_load_finish"}) {}

}  // namespace copydesk
