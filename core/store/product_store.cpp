#include "core/store/product_store.h"

#include <algorithm>
#include <unordered_map>

#include "core/common/paths.h"
#include "core/store/json_text.h"
#include "core/store/sql_dialect.h"
#include "core/store/text_search.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

constexpr std::size_t kIdsPerQuery = 200;

constexpr const char* kColumns =
    "p.id, p.sku, p.title, p.description, p.brand, p.category, p.tags, p.price, p.attributes, p.source, "
    "p.created_at, p.updated_at";

Json parseJsonOr(std::string_view text, Json fallback) {
  Json value = Json::parse(text, nullptr, false);
  return value.is_discarded() ? fallback : value;
}

Product readProduct(const Statement& stmt) {
  Product product;
  product.id = stmt.integer(0);
  product.sku = stmt.text(1);
  product.title = stmt.text(2);
  product.description = stmt.text(3);
  product.brand = stmt.text(4);
  product.category = stmt.text(5);
  for (const auto& tag : parseJsonOr(stmt.textView(6), Json::array())) {
    if (tag.is_string()) product.tags.push_back(tag.get<std::string>());
  }
  product.price = stmt.text(7);
  product.attributes = parseJsonOr(stmt.textView(8), Json::object());
  product.source = stmt.text(9);
  product.createdAt = stmt.text(10);
  product.updatedAt = stmt.text(11);
  return product;
}

// The search on PostgreSQL: its products_search trigram index serves ILIKE over this very expression
// (pg_schema.cpp) for the rows it holds; rows an import has not indexed yet (search_ready false, few
// or none) are all candidates. The columns are then matched one by one, as FTS5 matches a phrase
// within one column and never across two.
constexpr const char* kPgSearchClause =
    "(p.id IN (SELECT x.id FROM products x WHERE x.search_ready AND (x.sku || ' ' || x.title || ' ' || "
    "x.description || ' ' || x.brand || ' ' || x.category || ' ' || x.tags) ILIKE ? "
    "UNION ALL SELECT x.id FROM products x WHERE NOT x.search_ready) "
    "AND (p.sku ILIKE ? OR p.title ILIKE ? OR p.description ILIKE ? OR p.brand ILIKE ? "
    "OR p.category ILIKE ? OR p.tags ILIKE ?))";

}  // namespace

ProductFilterSql productFilterSql(const ProductQuery& query, const Database& db) {
  ProductFilterSql sql;
  std::vector<std::string> clauses;
  if (!query.search.empty()) {
    if (trigramIndexCanMatch(query.search) && db.isPostgres()) {
      clauses.push_back(kPgSearchClause);
      for (int i = 0; i < 7; ++i) sql.bindings.push_back(likeSubstring(query.search));
    } else if (trigramIndexCanMatch(query.search)) {
      // Indexed rows through the index; rows an import has not indexed yet by LIKE (few, or none).
      clauses.push_back(
          "p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ? UNION ALL "
          "SELECT x.id FROM products_fts_pending q JOIN products x ON x.id = q.id WHERE x.sku LIKE ? ESCAPE '\\' "
          "OR x.title LIKE ? ESCAPE '\\' OR x.description LIKE ? ESCAPE '\\' OR x.brand LIKE ? ESCAPE '\\' "
          "OR x.category LIKE ? ESCAPE '\\' OR x.tags LIKE ? ESCAPE '\\')");
      sql.bindings.push_back(ftsPhrase(query.search));
      for (int i = 0; i < 6; ++i) sql.bindings.push_back(likeSubstring(query.search));
    } else {
      const std::string like = std::string(likeIgnoringCase(db)) + " ?" + noLikeEscape(db);
      clauses.push_back("(p.sku " + like + " OR p.title " + like + " OR p.brand " + like + " OR p.category " + like + ")");
      for (int i = 0; i < 4; ++i) sql.bindings.push_back("%" + query.search + "%");
    }
  }
  if (!query.category.empty()) {
    clauses.push_back("p.category = ?");
    sql.bindings.push_back(query.category);
  }
  if (!query.tag.empty()) {
    clauses.push_back("EXISTS (SELECT 1 FROM " + jsonArrayTexts(db, "p.tags") + " t WHERE t.value = ?)");
    sql.bindings.push_back(query.tag);
  }
  for (size_t i = 0; i < clauses.size(); ++i) sql.where += (i == 0 ? " WHERE " : " AND ") + clauses[i];
  return sql;
}

Status ProductStore::prepareWrites() {
  if (m_update.prepared()) return {};
  // Insert first (one statement for a new product, the common case in an import); on a SKU that is
  // already there, update the row in place (its id stays, so drafts stay attached).
  auto insert = m_db.prepare(
      "INSERT INTO products (sku, title, description, brand, category, tags, price, attributes, source, "
      "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10) ON CONFLICT (sku) DO NOTHING");
  auto update = m_db.prepare(
      "UPDATE products SET title = ?2, description = ?3, brand = ?4, category = ?5, tags = ?6, price = ?7, "
      "attributes = ?8, source = ?9, updated_at = ?10 WHERE sku = ?1 RETURNING id");
  auto del = m_db.prepare("DELETE FROM variants WHERE product_id = ?");
  auto ins = m_db.prepare(
      "INSERT INTO variants (product_id, position, sku, title, price, options, attributes) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (auto* stmt : {&update, &insert, &del, &ins}) {
    if (!*stmt) return stmt->error();
  }
  m_update = std::move(*update);
  m_insert = std::move(*insert);
  m_deleteVariants = std::move(*del);
  m_insertVariant = std::move(*ins);
  return {};
}

Result<UpsertOutcome> ProductStore::upsert(const Product& product) { return upsert(product, nowIso8601()); }

ProductRow rowOf(const Product& product, std::string& tagsJson, std::string& attributesJson) {
  tagsJson.clear();
  appendJsonStringArray(tagsJson, product.tags);
  attributesJson = product.attributes.dump();
  return {.sku = product.sku,
          .title = product.title,
          .description = product.description,
          .brand = product.brand,
          .category = product.category,
          .tagsJson = tagsJson,
          .price = product.price,
          .attributesJson = attributesJson,
          .source = product.source,
          .links = product.links};
}

Result<UpsertOutcome> ProductStore::upsert(const Product& product, std::string_view writtenAt) {
  std::string tags;
  std::string attributes;
  return upsert(rowOf(product, tags, attributes), product.variants, writtenAt);
}

Result<UpsertOutcome> ProductStore::upsert(const ProductRow& row, std::span<const Variant> variants,
                                           std::string_view writtenAt) {
  if (row.sku.empty()) return makeError("product.without-sku", ErrorCode::InvalidInput);
  if (auto st = prepareWrites(); !st) return st.error();
  // Every bound text outlives the statement's step, so none is copied.
  auto bindAll = [&](Statement& stmt) {
    stmt.reset();
    stmt.bindUncopied(1, row.sku)
        .bindUncopied(2, row.title)
        .bindUncopied(3, row.description)
        .bindUncopied(4, row.brand)
        .bindUncopied(5, row.category)
        .bindUncopied(6, row.tagsJson)
        .bindUncopied(7, row.price)
        .bindUncopied(8, row.attributesJson)
        .bindUncopied(9, row.source)
        .bindUncopied(10, writtenAt);
  };
  const auto failed = [&](const char* doing) { return m_db.lastError(doing + std::string(row.sku)); };
  bindAll(m_insert);
  if (!m_insert.run()) return failed("saving product ");
  if (m_db.changes() > 0) {
    const UpsertOutcome outcome{m_db.lastInsertId(), true};
    // A new id has no variants yet (they go with their product: ON DELETE CASCADE), nothing to delete.
    if (auto st = insertVariants(outcome.id, variants); !st) return st.error();
    if (auto st = m_links.replace(outcome.id, row.links, true); !st) return st.error();
    return outcome;
  }
  bindAll(m_update);
  if (!m_update.step()) return failed("saving product ");
  const UpsertOutcome outcome{m_update.integer(0), false};
  m_update.run();
  if (!m_update.ok()) return failed("saving product ");
  m_deleteVariants.reset();
  if (!m_deleteVariants.bind(1, outcome.id).run()) return m_db.lastError("replacing variants");
  if (auto st = insertVariants(outcome.id, variants); !st) return st.error();
  if (auto st = m_links.replace(outcome.id, row.links, false); !st) return st.error();
  return outcome;
}

Status ProductStore::insertVariants(std::int64_t productId, std::span<const Variant> variants) {
  for (size_t i = 0; i < variants.size(); ++i) {
    const Variant& v = variants[i];
    m_insertVariant.reset();
    m_insertVariant.bind(1, productId)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, v.sku)
        .bind(4, v.title)
        .bind(5, v.price)
        .bind(6, v.options.dump())
        .bind(7, v.attributes.dump());
    if (!m_insertVariant.run()) return m_db.lastError("saving a variant");
  }
  return {};
}

Result<std::optional<Product>> ProductStore::findBySku(const std::string& sku) {
  auto stmt = m_db.prepare(std::string("SELECT ") + kColumns + " FROM products p WHERE p.sku = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, sku);
  auto products = load(*stmt);
  if (!products) return products.error();
  if (products->empty()) return std::optional<Product>{};
  return std::optional<Product>(std::move(products->front()));
}

Result<std::optional<Product>> ProductStore::findById(std::int64_t id) {
  auto stmt = m_db.prepare(std::string("SELECT ") + kColumns + " FROM products p WHERE p.id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  auto products = load(*stmt);
  if (!products) return products.error();
  if (products->empty()) return std::optional<Product>{};
  return std::optional<Product>(std::move(products->front()));
}

Result<std::vector<Product>> ProductStore::list(const ProductQuery& query) {
  const ProductFilterSql filter = productFilterSql(query, m_db);
  auto stmt = m_db.prepare(std::string("SELECT ") + kColumns + " FROM products p" + filter.where +
                           " ORDER BY p.id LIMIT ? OFFSET ?");
  if (!stmt) return stmt.error();
  int index = 1;
  for (const auto& binding : filter.bindings) stmt->bind(index++, binding);
  stmt->bind(index, query.limit);
  stmt->bind(index + 1, query.offset);
  return load(*stmt);
}

Result<std::vector<std::int64_t>> ProductStore::ids(const ProductQuery& query) {
  const ProductFilterSql filter = productFilterSql(query, m_db);
  auto stmt = m_db.prepare("SELECT p.id FROM products p" + filter.where + " ORDER BY p.id LIMIT ? OFFSET ?");
  if (!stmt) return stmt.error();
  int index = 1;
  for (const auto& binding : filter.bindings) stmt->bind(index++, binding);
  stmt->bind(index, query.limit);
  stmt->bind(index + 1, query.offset);
  std::vector<std::int64_t> result;
  while (stmt->step()) result.push_back(stmt->integer(0));
  if (!stmt->ok()) return m_db.lastError("listing products");
  return result;
}

Result<std::int64_t> ProductStore::count(const ProductQuery& query) {
  const ProductFilterSql filter = productFilterSql(query, m_db);
  auto stmt = m_db.prepare("SELECT count(*) FROM products p" + filter.where);
  if (!stmt) return stmt.error();
  int index = 1;
  for (const auto& binding : filter.bindings) stmt->bind(index++, binding);
  if (!stmt->step()) return m_db.lastError("counting products");
  return stmt->integer(0);
}

Result<std::vector<std::string>> ProductStore::categories() {
  auto stmt = m_db.prepare(std::string("SELECT DISTINCT category") + byteOrder(m_db) +
                           " AS category FROM products WHERE category <> '' ORDER BY category");
  if (!stmt) return stmt.error();
  std::vector<std::string> result;
  while (stmt->step()) result.push_back(stmt->text(0));
  if (!stmt->ok()) return m_db.lastError("listing categories");
  return result;
}

Result<std::vector<std::string>> ProductStore::tags() {
  // Tags are written as an array of strings only (appendJsonStringArray).
  auto stmt = m_db.prepare("SELECT DISTINCT t.value" + std::string(byteOrder(m_db)) + " AS value FROM products p, " +
                           jsonArrayTexts(m_db, "p.tags") + " t WHERE t.value <> '' ORDER BY value");
  if (!stmt) return stmt.error();
  std::vector<std::string> result;
  while (stmt->step()) result.push_back(stmt->text(0));
  if (!stmt->ok()) return m_db.lastError("listing tags");
  return result;
}

Result<std::vector<Product>> ProductStore::load(Statement& stmt) {
  std::vector<Product> products;
  while (stmt.step()) products.push_back(readProduct(stmt));
  if (!stmt.ok()) return m_db.lastError("reading products");
  for (std::size_t start = 0; start < products.size(); start += kIdsPerQuery) {
    const std::size_t end = std::min(products.size(), start + kIdsPerQuery);
    std::span<Product> chunk(products.data() + start, end - start);
    if (auto st = loadVariants(chunk); !st) return st.error();
    if (auto st = loadLinks(chunk); !st) return st.error();
  }
  return products;
}

namespace {

// A batch plan or a page reads many products at once: their variants and links come a chunk of ids
// per query rather than a query each, which on a team store was a round trip per product (4,000
// for a 2,000-product batch, before its first request). Unused places hold id 0, which no product
// has, so every chunk is the same statement, prepared once.
std::string idsIn(std::size_t count) {
  std::string sql = "(?";
  for (std::size_t i = 1; i < count; ++i) sql += ",?";
  return sql + ")";
}

void bindIds(Statement& stmt, std::span<const Product> products) {
  for (std::size_t i = 0; i < kIdsPerQuery; ++i) {
    stmt.bind(static_cast<int>(i + 1), i < products.size() ? products[i].id : std::int64_t{0});
  }
}

// Each product of the chunk, found by id (a list may hold one product twice).
std::unordered_map<std::int64_t, std::vector<Product*>> byId(std::span<Product> products) {
  std::unordered_map<std::int64_t, std::vector<Product*>> found;
  for (Product& product : products) found[product.id].push_back(&product);
  return found;
}

}  // namespace

Status ProductStore::loadVariants(std::span<Product> products) {
  auto stmt = m_db.prepare("SELECT product_id, sku, title, price, options, attributes FROM variants "
                           "WHERE product_id IN " + idsIn(kIdsPerQuery) + " ORDER BY product_id, position");
  if (!stmt) return stmt.error();
  bindIds(*stmt, products);
  const auto owners = byId(products);
  while (stmt->step()) {
    Variant v;
    v.sku = stmt->text(1);
    v.title = stmt->text(2);
    v.price = stmt->text(3);
    v.options = parseJsonOr(stmt->textView(4), Json::object());
    v.attributes = parseJsonOr(stmt->textView(5), Json::object());
    for (Product* product : owners.at(stmt->integer(0))) product->variants.push_back(v);
  }
  if (!stmt->ok()) return m_db.lastError("reading variants");
  return {};
}

Status ProductStore::loadLinks(std::span<Product> products) {
  auto stmt = m_db.prepare("SELECT product_id, kind, target_sku FROM product_links WHERE product_id IN " +
                           idsIn(kIdsPerQuery) + " ORDER BY product_id, position");
  if (!stmt) return stmt.error();
  bindIds(*stmt, products);
  const auto owners = byId(products);
  while (stmt->step()) {
    const auto kind = linkKindFromName(stmt->textView(1));
    if (!kind) continue;  // a kind this version does not know, as linksOf() skips it
    for (Product* product : owners.at(stmt->integer(0))) product->links.push_back({*kind, stmt->text(2)});
  }
  if (!stmt->ok()) return m_db.lastError("reading a product's links");
  return {};
}

}  // namespace copydesk
