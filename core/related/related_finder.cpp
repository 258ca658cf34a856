#include "core/related/related_finder.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "core/common/error_id.h"
#include "core/related/likeness.h"
#include "core/related/product_summary_reader.h"
#include "core/store/json_text.h"
#include "core/store/product_link_store.h"
#include "core/store/product_store.h"
#include "core/store/text_search.h"

namespace copydesk {
namespace {

constexpr std::int64_t kCandidatesPerSearch = 200;
constexpr std::size_t kTagsSearched = 8;
constexpr std::size_t kPiecesSearched = 6;

struct Candidate {
  const ProductSummary* product = nullptr;
  double likeness = 0;
  std::size_t sharedTags = 0;
  std::string sharedTagText;
};

// The result being built: each SKU once, with its first reason, up to the limit.
class Ranking {
 public:
  Ranking(const Product& self, std::size_t limit) : m_limit(limit) { m_taken.insert(self.sku); }
  bool full() const { return m_list.size() >= m_limit; }
  bool taken(const std::string& sku) const { return m_taken.count(sku) != 0; }
  void add(const ProductSummary& product, RelationReason reason, std::string detail) {
    if (full() || !m_taken.insert(product.sku).second) return;
    m_list.push_back({product, reason, std::move(detail)});
  }
  std::vector<RelatedProduct> take() { return std::move(m_list); }

 private:
  std::size_t m_limit;
  std::set<std::string> m_taken;
  std::vector<RelatedProduct> m_list;
};

std::string scoreText(double score) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", score);
  return text;
}

// The SKUs the product's links name, with their reasons: its own links by kind, then each group
// that lists it and the group's other members.
Result<std::vector<std::pair<std::string, RelationReason>>> explicitLinks(Database& db, const Product& product) {
  std::vector<std::pair<std::string, RelationReason>> linked;
  const std::pair<LinkKind, RelationReason> kinds[] = {{LinkKind::Upsell, RelationReason::Upsell},
                                                       {LinkKind::CrossSell, RelationReason::CrossSell},
                                                       {LinkKind::Grouped, RelationReason::Grouped}};
  for (auto [kind, reason] : kinds) {
    for (const ProductLink& link : product.links) {
      if (link.kind == kind) linked.emplace_back(link.sku, reason);
    }
  }
  ProductLinkStore links(db);
  auto groups = links.linkedFrom(product.sku, LinkKind::Grouped);
  if (!groups) return groups.error();
  ProductStore products(db);
  for (const std::string& group : *groups) {
    linked.emplace_back(group, RelationReason::Grouped);
    auto stored = products.findBySku(group);
    if (!stored) return stored.error();
    if (!*stored) continue;
    for (const ProductLink& link : (*stored)->links) {
      if (link.kind == LinkKind::Grouped) linked.emplace_back(link.sku, RelationReason::Grouped);
    }
  }
  return linked;
}

Status addExplicit(Database& db, const Product& product, Ranking& ranking) {
  auto linked = explicitLinks(db, product);
  if (!linked) return linked.error();
  std::vector<std::string> skus;
  for (const auto& entry : *linked) skus.push_back(entry.first);
  auto found = ProductSummaryReader(db).bySkus(skus);
  if (!found) return found.error();
  for (const auto& [sku, reason] : *linked) {
    if (auto it = found->find(sku); it != found->end()) ranking.add(it->second, reason, "");
  }
  return {};
}

// "茶叶 > 绿茶" → "茶叶": the top of a category path, or "" for a category without one.
std::string parentCategory(const std::string& category) {
  const auto cut = category.find(" > ");
  return cut == std::string::npos ? std::string() : category.substr(0, cut);
}

// Products anywhere under the same top category ("茶叶 > 黑茶" for "茶叶 > 绿茶"): a range of the
// category index, in its order.
Status appendSiblingCategoryIds(Database& db, const std::string& parent, std::vector<std::int64_t>& ids) {
  auto stmt = db.prepare("SELECT id FROM products WHERE category >= ? AND category < ? ORDER BY category, id LIMIT ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, parent + " > ").bind(2, parent + " >\x7F").bind(3, kCandidatesPerSearch);
  while (stmt->step()) ids.push_back(stmt->integer(0));
  if (!stmt->ok()) return db.lastError("finding related products");
  return {};
}

Status appendIds(ProductStore& store, ProductQuery query, std::vector<std::int64_t>& ids) {
  query.limit = kCandidatesPerSearch;
  auto found = store.ids(query);
  if (!found) return found.error();
  ids.insert(ids.end(), found->begin(), found->end());
  return {};
}

// Products whose `column` holds `text`. On SQLite straight from the FTS index (its rowids, in order),
// plus rows an import has not indexed yet: going through products for each match, as a search's
// paging does, cost ten times as much on 100,000 products. On PostgreSQL the search's trigram path.
Status appendMatchingIds(Database& db, const char* column, const std::string& text, std::vector<std::int64_t>& ids) {
  if (db.isPostgres()) {
    ProductStore store(db);
    return appendIds(store, {.search = text}, ids);
  }
  auto stmt = db.prepare(
      std::string("SELECT id FROM (SELECT rowid AS id FROM products_fts WHERE products_fts MATCH ?1 LIMIT ?2) UNION ALL "
                  "SELECT x.id FROM products_fts_pending q JOIN products x ON x.id = q.id WHERE x.") +
      column + " LIKE ?3 ESCAPE '\\'");
  if (!stmt) return stmt.error();
  stmt->bind(1, std::string(column) + " : " + ftsPhrase(text)).bind(2, kCandidatesPerSearch).bind(3, likeSubstring(text));
  while (stmt->step()) ids.push_back(stmt->integer(0));
  if (!stmt->ok()) return db.lastError("finding related products");
  return {};
}

// Ids of products that may share a tag, be of the category, or read alike: each through an index.
// A tag is searched as its JSON text with the quotes ("绿茶"), which the tags column holds and
// other text seldom does; the tags are compared exactly afterwards.
Result<std::vector<std::int64_t>> candidateIds(Database& db, const Product& product) {
  ProductStore store(db);
  std::vector<std::int64_t> ids;
  for (std::size_t i = 0; i < product.tags.size() && i < kTagsSearched; ++i) {
    std::string quoted;
    appendJsonString(quoted, product.tags[i]);
    if (auto st = appendMatchingIds(db, "tags", quoted, ids); !st) return st.error();
  }
  if (!product.category.empty()) {
    if (auto st = appendIds(store, {.category = product.category}, ids); !st) return st.error();
  }
  if (const std::string parent = parentCategory(product.category); !parent.empty()) {
    if (auto st = appendSiblingCategoryIds(db, parent, ids); !st) return st.error();
  }
  for (const std::string& piece : likenessSearchPieces(product.title, kPiecesSearched)) {
    if (auto st = appendMatchingIds(db, "title", piece, ids); !st) return st.error();
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  ids.erase(std::remove(ids.begin(), ids.end(), product.id), ids.end());
  return ids;
}

ProductSummary summaryOf(const Product& product) {
  return {product.id,  product.sku,   product.title, product.brand,
          product.category, product.tags, product.price, product.attributes};
}

std::vector<Candidate> scoreCandidates(const Product& product,
                                       const std::unordered_map<std::int64_t, ProductSummary>& summaries) {
  const auto own = likenessFeatures(summaryOf(product));
  std::vector<Candidate> candidates;
  for (const auto& [id, summary] : summaries) {
    Candidate c{&summary, likeness(own, likenessFeatures(summary)), 0, ""};
    for (const std::string& tag : product.tags) {
      if (std::find(summary.tags.begin(), summary.tags.end(), tag) == summary.tags.end()) continue;
      ++c.sharedTags;
      c.sharedTagText += (c.sharedTagText.empty() ? "" : ", ") + tag;
    }
    candidates.push_back(std::move(c));
  }
  return candidates;
}

bool moreAlike(const Candidate& a, const Candidate& b) {
  if (a.likeness != b.likeness) return a.likeness > b.likeness;
  return a.product->sku < b.product->sku;
}

void addShared(const Product& product, std::vector<Candidate>& candidates, const RelatedOptions& options,
               Ranking& ranking) {
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.sharedTags != b.sharedTags) return a.sharedTags > b.sharedTags;
    const bool aSame = a.product->category == product.category, bSame = b.product->category == product.category;
    if (aSame != bSame) return aSame;
    return moreAlike(a, b);
  });
  for (const Candidate& c : candidates) {
    if (c.sharedTags > 0) ranking.add(*c.product, RelationReason::Tag, c.sharedTagText);
  }
  std::sort(candidates.begin(), candidates.end(), moreAlike);
  if (!product.category.empty()) {
    for (const Candidate& c : candidates) {
      if (c.product->category == product.category) ranking.add(*c.product, RelationReason::Category, product.category);
    }
  }
  if (const std::string parent = parentCategory(product.category); !parent.empty()) {
    for (const Candidate& c : candidates) {
      if (parentCategory(c.product->category) == parent) ranking.add(*c.product, RelationReason::Category, parent);
    }
  }
  for (const Candidate& c : candidates) {
    if (c.likeness >= options.minLikeness) ranking.add(*c.product, RelationReason::Similar, scoreText(c.likeness));
  }
}

}  // namespace

Result<std::vector<RelatedProduct>> RelatedFinder::find(const Product& product, const RelatedOptions& options) {
  Ranking ranking(product, options.limit);
  if (auto st = addExplicit(m_db, product, ranking); !st) return st.error();
  if (ranking.full()) return ranking.take();
  auto ids = candidateIds(m_db, product);
  if (!ids) return ids.error();
  auto summaries = ProductSummaryReader(m_db).byIds(*ids);
  if (!summaries) return summaries.error();
  std::vector<Candidate> candidates = scoreCandidates(product, *summaries);
  addShared(product, candidates, options, ranking);
  return ranking.take();
}

Result<std::vector<RelatedProduct>> RelatedFinder::find(const std::string& sku, const RelatedOptions& options) {
  auto product = ProductStore(m_db).findBySku(sku);
  if (!product) return product.error();
  if (!*product) return makeError("related.unknown-sku", ErrorCode::NotFound, {sku});
  return find(**product, options);
}

}  // namespace copydesk
