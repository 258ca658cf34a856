#include "core/store/product_store.h"

#include "core/common/paths.h"
#include "core/store/text_search.h"

namespace copydesk {
namespace {

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

}  // namespace

ProductFilterSql productFilterSql(const ProductQuery& query) {
  ProductFilterSql sql;
  std::vector<std::string> clauses;
  if (!query.search.empty()) {
    if (trigramIndexCanMatch(query.search)) {
      clauses.push_back("p.id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)");
      sql.bindings.push_back(ftsPhrase(query.search));
    } else {
      clauses.push_back("(p.sku LIKE ? OR p.title LIKE ? OR p.brand LIKE ? OR p.category LIKE ?)");
      for (int i = 0; i < 4; ++i) sql.bindings.push_back("%" + query.search + "%");
    }
  }
  if (!query.category.empty()) {
    clauses.push_back("p.category = ?");
    sql.bindings.push_back(query.category);
  }
  if (!query.tag.empty()) {
    clauses.push_back("EXISTS (SELECT 1 FROM json_each(p.tags) WHERE json_each.value = ?)");
    sql.bindings.push_back(query.tag);
  }
  for (size_t i = 0; i < clauses.size(); ++i) sql.where += (i == 0 ? " WHERE " : " AND ") + clauses[i];
  return sql;
}

Status ProductStore::prepareWrites() {
  if (m_update.prepared()) return {};
  // Update first, insert on a miss: an update keeps the row (and its id, so drafts stay attached).
  auto update = m_db.prepare(
      "UPDATE products SET title = ?2, description = ?3, brand = ?4, category = ?5, tags = ?6, price = ?7, "
      "attributes = ?8, source = ?9, updated_at = ?10 WHERE sku = ?1 RETURNING id");
  auto insert = m_db.prepare(
      "INSERT INTO products (sku, title, description, brand, category, tags, price, attributes, source, "
      "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)");
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

Result<UpsertOutcome> ProductStore::upsert(const Product& product) {
  if (product.sku.empty()) return makeError(ErrorCode::InvalidInput, "a product needs a SKU or handle");
  if (auto st = prepareWrites(); !st) return st.error();
  const std::string tags = Json(product.tags).dump();
  const std::string attributes = product.attributes.dump();
  const std::string now = nowIso8601();
  auto bindAll = [&](Statement& stmt) {
    stmt.reset();
    stmt.bind(1, product.sku)
        .bind(2, product.title)
        .bind(3, product.description)
        .bind(4, product.brand)
        .bind(5, product.category)
        .bind(6, tags)
        .bind(7, product.price)
        .bind(8, attributes)
        .bind(9, product.source)
        .bind(10, now);
  };
  UpsertOutcome outcome;
  bindAll(m_update);
  if (m_update.step()) {
    outcome.id = m_update.integer(0);
    m_update.run();
  } else {
    if (!m_update.ok()) return m_db.lastError("saving product " + product.sku);
    bindAll(m_insert);
    if (!m_insert.run()) return m_db.lastError("saving product " + product.sku);
    outcome = {m_db.lastInsertId(), true};
  }
  if (auto st = replaceVariants(outcome.id, product.variants); !st) return st.error();
  return outcome;
}

Status ProductStore::replaceVariants(std::int64_t productId, const std::vector<Variant>& variants) {
  m_deleteVariants.reset();
  if (!m_deleteVariants.bind(1, productId).run()) return m_db.lastError("replacing variants");
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
  const ProductFilterSql filter = productFilterSql(query);
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
  const ProductFilterSql filter = productFilterSql(query);
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
  const ProductFilterSql filter = productFilterSql(query);
  auto stmt = m_db.prepare("SELECT count(*) FROM products p" + filter.where);
  if (!stmt) return stmt.error();
  int index = 1;
  for (const auto& binding : filter.bindings) stmt->bind(index++, binding);
  if (!stmt->step()) return m_db.lastError("counting products");
  return stmt->integer(0);
}

Result<std::vector<std::string>> ProductStore::categories() {
  auto stmt = m_db.prepare("SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY category");
  if (!stmt) return stmt.error();
  std::vector<std::string> result;
  while (stmt->step()) result.push_back(stmt->text(0));
  if (!stmt->ok()) return m_db.lastError("listing categories");
  return result;
}

Result<std::vector<Product>> ProductStore::load(Statement& stmt) {
  std::vector<Product> products;
  while (stmt.step()) products.push_back(readProduct(stmt));
  if (!stmt.ok()) return m_db.lastError("reading products");
  for (Product& product : products) {
    if (auto st = loadVariants(product); !st) return st.error();
  }
  return products;
}

Status ProductStore::loadVariants(Product& product) {
  auto stmt = m_db.prepare(
      "SELECT sku, title, price, options, attributes FROM variants WHERE product_id = ? ORDER BY position");
  if (!stmt) return stmt.error();
  stmt->bind(1, product.id);
  while (stmt->step()) {
    Variant v;
    v.sku = stmt->text(0);
    v.title = stmt->text(1);
    v.price = stmt->text(2);
    v.options = parseJsonOr(stmt->textView(3), Json::object());
    v.attributes = parseJsonOr(stmt->textView(4), Json::object());
    product.variants.push_back(std::move(v));
  }
  if (!stmt->ok()) return m_db.lastError("reading variants");
  return {};
}

}  // namespace copydesk
