#include "core/experiments/experiment_lifecycle.h"

#include "core/common/error_id.h"
#include "core/common/paths.h"
#include "core/experiments/experiment_store.h"
#include "core/store/audit_store.h"

namespace copydesk {
namespace {

Status audit(Database& db, const std::string& author, const std::string& action, std::int64_t id, Json detail) {
  AuditEntry entry;
  entry.actor = author.empty() ? currentUserName() : author;
  entry.action = action;
  entry.entity = "experiment";
  entry.entityId = id;
  entry.detail = std::move(detail);
  auto appended = AuditStore(db).append(entry);
  if (!appended) return appended.error();
  return {};
}

Json variantsJson(const Experiment& e) {
  Json variants = Json::array();
  for (const ExperimentVariant& v : e.variants) variants.push_back({{"label", v.label}, {"draft_id", v.draftId}});
  return variants;
}

}  // namespace

Result<Experiment> startExperiment(Database& db, const std::vector<std::int64_t>& draftIds, const std::string& author) {
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto created = ExperimentStore(db).create(draftIds, author);
  if (!created) return created.error();
  Json detail = {{"sku", created->sku}, {"field", created->field}, {"variants", variantsJson(*created)}};
  if (auto st = audit(db, author, "start-experiment", created->id, std::move(detail)); !st) return st.error();
  if (auto st = tx.commit(); !st) return st.error();
  return created;
}

Status removeExperiment(Database& db, std::int64_t experimentId, const std::string& author) {
  Transaction tx(db);
  if (!tx.begun()) return tx.begun();
  ExperimentStore store(db);
  auto existing = store.get(experimentId);
  if (!existing) return existing.error();
  if (!*existing) return makeError("experiment.not-found", ErrorCode::NotFound, {std::to_string(experimentId)});
  if (auto st = store.remove(experimentId); !st) return st;
  Json detail = {{"sku", (*existing)->sku}, {"field", (*existing)->field}, {"variants", variantsJson(**existing)}};
  if (auto st = audit(db, author, "remove-experiment", experimentId, std::move(detail)); !st) return st;
  return tx.commit();
}

}  // namespace copydesk
