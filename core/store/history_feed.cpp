#include "core/store/history_feed.h"

#include <map>

#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

// Both halves give the same columns, NULLs typed (PostgreSQL reads an untyped NULL in a subquery as
// text, which a UNION cannot match with a number); each takes its newest rows by id (the order they
// were written in) so that neither sorts its whole table.
constexpr const char* kGenerationsSql =
    "SELECT 0 AS kind, g.id, CAST(NULL AS BIGINT) AS draft_id, g.id AS generation_id, g.product_id, coalesce(p.sku, ''), "
    "coalesce(p.title, ''), g.field, g.variant, g.template_version_id, coalesce(t.name, ''), "
    "coalesce(v.version, 0), 0 AS edit_number, g.provider, g.model, g.parameters, g.input_tokens, "
    "g.output_tokens, g.cost, g.latency_ms, g.outcome, g.error, g.output AS body, '' AS author, "
    "g.started_at AS at FROM generations g LEFT JOIN products p ON p.id = g.product_id "
    "LEFT JOIN template_versions v ON v.id = g.template_version_id LEFT JOIN templates t ON t.id = v.template_id";

constexpr const char* kEditsSql =
    "SELECT 1 AS kind, e.id, e.draft_id, d.generation_id, d.product_id, p.sku, p.title, d.field, d.variant, "
    "d.template_version_id, coalesce(t.name, ''), coalesce(v.version, 0), "
    "(SELECT count(*) FROM draft_edits e2 WHERE e2.draft_id = e.draft_id AND e2.id <= e.id) AS edit_number, "
    "'' AS provider, d.model, '{}' AS parameters, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), "
    "CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), '' AS outcome, '' AS error, "
    "e.text AS body, e.author, e.created_at AS at FROM draft_edits e JOIN drafts d ON d.id = e.draft_id "
    "JOIN products p ON p.id = d.product_id LEFT JOIN template_versions v ON v.id = d.template_version_id "
    "LEFT JOIN templates t ON t.id = v.template_id";

// LIKE pattern for a substring: the user's % and _ are literal.
std::string likePattern(const std::string& text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

HistoryEntry readEntry(const Statement& stmt) {
  HistoryEntry e;
  e.kind = stmt.integer(0) == 0 ? HistoryKind::Generation : HistoryKind::Edit;
  e.id = stmt.integer(1);
  e.draftId = stmt.optionalInteger(2);
  e.generationId = stmt.optionalInteger(3);
  e.productId = stmt.optionalInteger(4);
  e.sku = stmt.text(5);
  e.productTitle = stmt.text(6);
  e.field = stmt.text(7);
  e.variant = static_cast<int>(stmt.integer(8));
  e.templateVersionId = stmt.optionalInteger(9);
  e.templateName = stmt.text(10);
  e.templateVersion = static_cast<int>(stmt.integer(11));
  e.editNumber = static_cast<int>(stmt.integer(12));
  e.provider = stmt.text(13);
  e.model = stmt.text(14);
  Json parameters = Json::parse(stmt.textView(15), nullptr, false);
  e.parameters = parameters.is_object() ? parameters : Json::object();
  e.inputTokens = stmt.optionalInteger(16);
  e.outputTokens = stmt.optionalInteger(17);
  e.cost = stmt.optionalReal(18);
  e.latencyMs = stmt.optionalInteger(19);
  e.outcome = stmt.text(20);
  e.error = stmt.text(21);
  e.text = stmt.text(22);
  e.author = stmt.text(23);
  e.at = stmt.text(24);
  return e;
}

// The draft each successful generation made (a failed one made none). The listed versions of
// drafts already name theirs; drafts.generation_id has no index, so the rest are looked up in one
// pass for all of them rather than once per row.
Status attachDrafts(Database& db, std::vector<HistoryEntry>& entries, std::optional<std::int64_t> productId) {
  std::map<std::int64_t, std::int64_t> known;  // generation → draft, from the listed versions
  for (const HistoryEntry& e : entries) {
    if (e.kind == HistoryKind::Edit && e.generationId && e.draftId) known.emplace(*e.generationId, *e.draftId);
  }
  std::map<std::int64_t, HistoryEntry*> byGeneration;
  for (HistoryEntry& e : entries) {
    if (e.kind != HistoryKind::Generation || e.outcome != "ok") continue;
    if (auto it = known.find(e.id); it != known.end()) {
      e.draftId = it->second;
    } else {
      byGeneration[e.id] = &e;
    }
  }
  if (byGeneration.empty()) return {};
  auto stmt = db.prepare(std::string("SELECT generation_id, min(id) FROM drafts WHERE generation_id BETWEEN ? AND ?") +
                         (productId ? " AND product_id = ?" : "") + " GROUP BY generation_id");
  if (!stmt) return stmt.error();
  stmt->bind(1, byGeneration.begin()->first).bind(2, byGeneration.rbegin()->first);
  if (productId) stmt->bind(3, *productId);
  while (stmt->step()) {
    if (auto it = byGeneration.find(stmt->integer(0)); it != byGeneration.end()) it->second->draftId = stmt->integer(1);
  }
  if (!stmt->ok()) return db.lastError("finding the drafts of generations");
  return {};
}

}  // namespace

Result<std::vector<HistoryEntry>> listHistory(Database& db, const HistoryQuery& query) {
  const bool searching = !query.search.empty();
  std::string generations = kGenerationsSql + std::string(" WHERE 1 = 1");
  std::string edits = kEditsSql + std::string(" WHERE 1 = 1");
  if (query.productId) {
    generations += " AND g.product_id = :product";
    edits += " AND d.product_id = :product";
  }
  if (searching) {
    const std::string like = std::string(" ") + likeIgnoringCase(db) + " :search ESCAPE '\\'";
    generations += " AND (g.output" + like + " OR g.error" + like + ")";
    edits += " AND e.text" + like;
  }
  generations += " ORDER BY g.id DESC LIMIT :limit";
  edits += " ORDER BY e.id DESC LIMIT :limit";
  // PostgreSQL 15 wants every subquery in FROM named.
  const std::string sql = "SELECT * FROM (SELECT * FROM (" + generations + ") AS g_rows UNION ALL SELECT * FROM (" +
                          edits + ") AS e_rows) AS feed ORDER BY at" + byteOrder(db) +
                          " DESC, kind DESC, id DESC LIMIT :limit";
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  // Named parameters share one index each, in the order they first appear.
  int index = 1;
  if (query.productId) stmt->bind(index++, *query.productId);
  if (searching) stmt->bind(index++, likePattern(query.search));
  stmt->bind(index, query.limit);
  std::vector<HistoryEntry> entries;
  while (stmt->step()) entries.push_back(readEntry(*stmt));
  if (!stmt->ok()) return db.lastError("reading the history");
  if (auto st = attachDrafts(db, entries, query.productId); !st) return st.error();
  return entries;
}

}  // namespace copydesk
