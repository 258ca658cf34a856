#include "core/experiments/experiment_store.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/common/error_id.h"
#include "core/common/paths.h"
#include "core/store/id_array.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

// One row per variant; an experiment's rows are consecutive, variants in label order.
constexpr std::string_view kVariantRows =
    "SELECT e.id, e.product_id, p.sku, p.title, e.field, e.author, e.created_at, "
    "x.draft_id, x.label, x.position, d.template_version_id, coalesce(t.name, ''), coalesce(tv.version, 0), "
    "d.model, r.draft_id, r.impressions, r.clicks, r.conversions, r.revenue, r.source, r.imported_at, "
    "coalesce(pe.name, '') "
    "FROM experiments e JOIN products p ON p.id = e.product_id "
    "JOIN experiment_variants x ON x.experiment_id = e.id "
    "JOIN drafts d ON d.id = x.draft_id "
    "LEFT JOIN template_versions tv ON tv.id = d.template_version_id "
    "LEFT JOIN templates t ON t.id = tv.template_id "
    "LEFT JOIN personas pe ON pe.id = d.persona_id "
    "LEFT JOIN experiment_results r ON r.draft_id = x.draft_id";

ExperimentVariant readVariant(const Statement& stmt) {
  ExperimentVariant v;
  v.draftId = stmt.integer(7);
  v.label = stmt.text(8);
  v.position = static_cast<int>(stmt.integer(9));
  v.templateVersionId = stmt.optionalInteger(10);
  v.templateName = stmt.text(11);
  v.templateVersion = static_cast<int>(stmt.integer(12));
  v.model = stmt.text(13);
  v.persona = stmt.text(21);
  if (!stmt.isNull(14)) {
    VariantResults r;
    r.impressions = stmt.integer(15);
    r.clicks = stmt.integer(16);
    r.conversions = stmt.integer(17);
    r.revenue = stmt.optionalReal(18);
    r.source = stmt.text(19);
    r.importedAt = stmt.text(20);
    v.results = std::move(r);
  }
  return v;
}

Experiment readExperiment(const Statement& stmt) {
  Experiment e;
  e.id = stmt.integer(0);
  e.productId = stmt.integer(1);
  e.sku = stmt.text(2);
  e.productTitle = stmt.text(3);
  e.field = stmt.text(4);
  e.author = stmt.text(5);
  e.createdAt = stmt.text(6);
  return e;
}

Error invalid(ErrorId id, std::vector<std::string> args) {
  return makeError(id, ErrorCode::InvalidInput, std::move(args));
}

}  // namespace

Status ExperimentStore::checkVariants(const std::vector<std::int64_t>& draftIds, std::int64_t& productId,
                                      std::string& field) {
  const int count = static_cast<int>(draftIds.size());
  if (count < 2) return invalid("experiment.too-few-variants", {std::to_string(count)});
  if (count > kMaxExperimentVariants) {
    return invalid("experiment.too-many-variants", {std::to_string(kMaxExperimentVariants), std::to_string(count)});
  }
  std::set<std::int64_t> seen;
  for (std::int64_t id : draftIds) {
    if (!seen.insert(id).second) return invalid("experiment.draft-twice", {std::to_string(id)});
  }
  auto stmt = m_db.prepare(
      "SELECT d.id, d.product_id, p.sku, d.field, coalesce(x.label, '') FROM drafts d "
      "JOIN products p ON p.id = d.product_id LEFT JOIN experiment_variants x ON x.draft_id = d.id "
      "WHERE d.id IN (" + idsFromJson(m_db, "?1") + ")");
  if (!stmt) return stmt.error();
  stmt->bind(1, idArray(draftIds));
  struct Row {
    std::int64_t productId;
    std::string sku, field, label;
  };
  std::map<std::int64_t, Row> rows;
  while (stmt->step()) rows[stmt->integer(0)] = {stmt->integer(1), stmt->text(2), stmt->text(3), stmt->text(4)};
  if (!stmt->ok()) return m_db.lastError("reading the experiment's drafts");
  const std::int64_t first = draftIds.front();
  for (std::int64_t id : draftIds) {
    auto row = rows.find(id);
    if (row == rows.end()) return invalid("experiment.draft-not-found", {std::to_string(id)});
    if (!row->second.label.empty()) return invalid("experiment.draft-taken", {std::to_string(id), row->second.label});
    const Row& a = rows.at(first);
    if (row->second.productId != a.productId) {
      return invalid("experiment.mixed-products", {std::to_string(first), a.sku, std::to_string(id), row->second.sku});
    }
    if (row->second.field != a.field) {
      return invalid("experiment.mixed-fields", {std::to_string(first), a.field, std::to_string(id), row->second.field});
    }
  }
  productId = rows.at(first).productId;
  field = rows.at(first).field;
  auto taken = m_db.prepare("SELECT e.id, p.sku FROM experiments e JOIN products p ON p.id = e.product_id "
                            "WHERE e.product_id = ? AND e.field = ?");
  if (!taken) return taken.error();
  taken->bind(1, productId).bind(2, field);
  if (taken->step()) {
    return invalid("experiment.field-taken", {taken->text(1), field, std::to_string(taken->integer(0))});
  }
  if (!taken->ok()) return m_db.lastError("looking for the field's experiment");
  return {};
}

Result<Experiment> ExperimentStore::create(const std::vector<std::int64_t>& draftIds, const std::string& author) {
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  std::int64_t productId = 0;
  std::string field;
  if (auto st = checkVariants(draftIds, productId, field); !st) return st.error();
  // RETURNING on both engines: a team store's lastInsertId() knows only the tables it was told of.
  auto insert = m_db.prepare(
      "INSERT INTO experiments (product_id, field, author, created_at) VALUES (?, ?, ?, ?) RETURNING id");
  if (!insert) return insert.error();
  insert->bind(1, productId).bind(2, field).bind(3, author.empty() ? currentUserName() : author).bind(4, nowIso8601());
  if (!insert->step()) {
    // Another desk started one for this field since the check: say so as the check would have.
    if (insert->uniqueViolation()) {
      if (auto st = checkVariants(draftIds, productId, field); !st) return st.error();
    }
    return m_db.lastError("saving an experiment");
  }
  const std::int64_t id = insert->integer(0);
  insert->reset();
  auto variant = m_db.prepare("INSERT INTO experiment_variants (draft_id, experiment_id, position, label) VALUES (?, ?, ?, ?)");
  if (!variant) return variant.error();
  for (int position = 0; position < static_cast<int>(draftIds.size()); ++position) {
    variant->reset();
    variant->bind(1, draftIds[position]).bind(2, id).bind(3, position).bind(4, variantLabel(id, position));
    if (!variant->run()) return m_db.lastError("saving the variants of experiment " + std::to_string(id));
  }
  if (auto st = tx.commit(); !st) return st.error();
  auto created = get(id);
  if (!created) return created.error();
  if (!*created) return makeError("experiment.not-found", ErrorCode::Internal, {std::to_string(id)});
  return std::move(**created);
}

Result<std::optional<Experiment>> ExperimentStore::get(std::int64_t id) {
  auto found = list({.experimentId = id});
  if (!found) return found.error();
  if (found->empty()) return std::optional<Experiment>{};
  return std::optional<Experiment>(std::move(found->front()));
}

Result<std::vector<Experiment>> ExperimentStore::list(const ExperimentQuery& query) {
  std::string sql = std::string(kVariantRows) + " WHERE 1 = 1";
  std::vector<std::int64_t> numbers;
  if (query.experimentId) {
    sql += " AND e.id = ?";
    numbers.push_back(*query.experimentId);
  }
  if (query.productId) {
    sql += " AND e.product_id = ?";
    numbers.push_back(*query.productId);
  }
  if (query.templateId) {
    sql += " AND e.id IN (SELECT x2.experiment_id FROM experiment_variants x2 JOIN drafts d2 ON d2.id = x2.draft_id "
           "JOIN template_versions tv2 ON tv2.id = d2.template_version_id WHERE tv2.template_id = ?)";
    numbers.push_back(*query.templateId);
  }
  const bool byDrafts = !query.draftIds.empty();
  if (byDrafts) {
    sql += " AND e.id IN (SELECT x3.experiment_id FROM experiment_variants x3 WHERE x3.draft_id IN (" +
           idsFromJson(m_db, "?") + "))";
  }
  sql += " ORDER BY p.sku" + std::string(byteOrder(m_db)) + ", e.field" + byteOrder(m_db) + ", e.id, x.position";
  auto stmt = m_db.prepare(sql);
  if (!stmt) return stmt.error();
  int index = 1;
  for (std::int64_t n : numbers) stmt->bind(index++, n);
  if (byDrafts) stmt->bind(index++, idArray(query.draftIds));
  std::vector<Experiment> experiments;
  while (stmt->step()) {
    if (experiments.empty() || experiments.back().id != stmt->integer(0)) experiments.push_back(readExperiment(*stmt));
    experiments.back().variants.push_back(readVariant(*stmt));
  }
  if (!stmt->ok()) return m_db.lastError("listing experiments");
  return experiments;
}

Status ExperimentStore::remove(std::int64_t id) {
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun();
  // Children first: the cascade is the schema's, but a team store's roles delete row by row too.
  for (const char* sql : {"DELETE FROM experiment_results WHERE draft_id IN "
                          "(SELECT draft_id FROM experiment_variants WHERE experiment_id = ?)",
                          "DELETE FROM experiment_variants WHERE experiment_id = ?",
                          "DELETE FROM experiments WHERE id = ?"}) {
    auto stmt = m_db.prepare(sql);
    if (!stmt) return stmt.error();
    if (!stmt->bind(1, id).run()) return m_db.lastError("removing experiment " + std::to_string(id));
  }
  if (m_db.changes() == 0) return makeError("experiment.not-found", ErrorCode::NotFound, {std::to_string(id)});
  return tx.commit();
}

Result<std::optional<ExperimentStore::VariantKey>> ExperimentStore::findVariant(const std::string& where,
                                                                                const std::string& key, bool numeric) {
  auto stmt = m_db.prepare("SELECT x.draft_id, x.experiment_id, x.label, p.sku FROM experiment_variants x "
                           "JOIN experiments e ON e.id = x.experiment_id JOIN products p ON p.id = e.product_id "
                           "WHERE " + where + " = ?");
  if (!stmt) return stmt.error();
  if (numeric) stmt->bind(1, static_cast<std::int64_t>(std::stoll(key)));
  else stmt->bind(1, key);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("finding experiment variant " + key);
    return std::optional<VariantKey>{};
  }
  return std::optional<VariantKey>(VariantKey{stmt->integer(0), stmt->integer(1), stmt->text(2), stmt->text(3)});
}

Result<std::optional<ExperimentStore::VariantKey>> ExperimentStore::variantOfDraft(std::int64_t draftId) {
  return findVariant("x.draft_id", std::to_string(draftId), true);
}

Result<std::optional<ExperimentStore::VariantKey>> ExperimentStore::variantByLabel(const std::string& label) {
  return findVariant("x.label", label, false);
}

Result<std::vector<std::int64_t>> ExperimentStore::siblingsOf(std::int64_t draftId) {
  auto stmt = m_db.prepare(
      "SELECT s.draft_id FROM experiment_variants x JOIN experiment_variants s ON s.experiment_id = x.experiment_id "
      "WHERE x.draft_id = ? AND s.draft_id <> x.draft_id ORDER BY s.position");
  if (!stmt) return stmt.error();
  stmt->bind(1, draftId);
  std::vector<std::int64_t> ids;
  while (stmt->step()) ids.push_back(stmt->integer(0));
  if (!stmt->ok()) return m_db.lastError("reading the variants beside draft " + std::to_string(draftId));
  return ids;
}

Status ExperimentStore::putResults(std::int64_t draftId, const VariantResults& results) {
  auto stmt = m_db.prepare(
      "INSERT INTO experiment_results (draft_id, impressions, clicks, conversions, revenue, source, author, imported_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (draft_id) DO UPDATE SET impressions = excluded.impressions, "
      "clicks = excluded.clicks, conversions = excluded.conversions, revenue = excluded.revenue, "
      "source = excluded.source, author = excluded.author, imported_at = excluded.imported_at");
  if (!stmt) return stmt.error();
  stmt->bind(1, draftId)
      .bind(2, results.impressions)
      .bind(3, results.clicks)
      .bind(4, results.conversions)
      .bind(5, results.revenue)
      .bind(6, results.source)
      .bind(7, currentUserName())
      .bind(8, results.importedAt.empty() ? nowIso8601() : results.importedAt);
  if (!stmt->run()) return m_db.lastError("storing the results of draft " + std::to_string(draftId));
  return {};
}

}  // namespace copydesk
