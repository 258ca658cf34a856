#include "core/experiments/results_import.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/common/error_id.h"
#include "core/common/paths.h"
#include "core/experiments/experiment_store.h"
#include "core/experiments/results_file.h"
#include "core/store/audit_store.h"

namespace copydesk {
namespace {

Error rowError(const std::string& label, const ResultsRow& row, ErrorId id, std::vector<std::string> args) {
  return makeError(id, ErrorCode::InvalidInput, std::move(args), label + ":" + std::to_string(row.line));
}

// The variant a row names, or why it names none.
Result<ExperimentStore::VariantKey> resolve(ExperimentStore& store, const ResultsRow& row, const std::string& label) {
  std::optional<ExperimentStore::VariantKey> byDraft, byLabel;
  if (row.draftId) {
    auto found = store.variantOfDraft(*row.draftId);
    if (!found) return found.error();
    if (!*found) return rowError(label, row, "experiment.results.unknown-draft", {std::to_string(*row.draftId)});
    byDraft = *found;
  }
  if (!row.variant.empty()) {
    auto found = store.variantByLabel(row.variant);
    if (!found) return found.error();
    if (!*found && !byDraft) return rowError(label, row, "experiment.results.unknown-variant", {row.variant});
    byLabel = *found;
  }
  if (byDraft && !row.variant.empty() && (!byLabel || byLabel->draftId != byDraft->draftId)) {
    return rowError(label, row, "experiment.results.draft-is-other-variant",
                    {std::to_string(byDraft->draftId), byDraft->label, row.variant});
  }
  const ExperimentStore::VariantKey key = byDraft ? *byDraft : *byLabel;
  if (!row.sku.empty() && row.sku != key.sku) {
    return rowError(label, row, "experiment.results.other-product", {key.label, key.sku, row.sku});
  }
  return key;
}

Status recordImport(Database& db, const std::string& label, const ResultsImport& import) {
  AuditEntry entry;
  entry.actor = currentUserName();
  entry.action = "import-results";
  entry.entity = "experiment";
  entry.detail = {{"file", label}, {"rows", import.rows}, {"variants", import.variants},
                  {"experiments", import.experiments}};
  auto appended = AuditStore(db).append(entry);
  if (!appended) return appended.error();
  return {};
}

}  // namespace

Result<ResultsImport> importExperimentResults(Database& db, const std::filesystem::path& path, std::string label) {
  if (label.empty()) label = path.string();
  auto file = readResultsFile(path, label);
  if (!file) return file.error();
  ResultsImport import;
  import.rows = static_cast<std::int64_t>(file->rows.size() + file->rowErrors.size());
  import.rowErrors = std::move(file->rowErrors);
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  ExperimentStore store(db);
  std::map<std::int64_t, VariantResults> totals;  // by draft id
  std::set<std::int64_t> experiments;
  for (const ResultsRow& row : file->rows) {
    auto key = resolve(store, row, label);
    if (!key) {
      if (key.error().code != ErrorCode::InvalidInput) return key.error();
      import.rowErrors.push_back(key.error());
      continue;
    }
    VariantResults& total = totals[key->draftId];
    total.impressions += row.impressions;
    total.clicks += row.clicks;
    total.conversions += row.conversions;
    if (row.revenue) total.revenue = total.revenue.value_or(0.0) + *row.revenue;
    experiments.insert(key->experimentId);
  }
  // Rows in file order, whichever check found them.
  std::stable_sort(import.rowErrors.begin(), import.rowErrors.end(), [](const Error& a, const Error& b) {
    const auto line = [](const Error& e) { return std::stoll(e.where.substr(e.where.rfind(':') + 1)); };
    return line(a) < line(b);
  });
  if (!import.ok()) return import;  // the transaction rolls back: nothing written
  const std::string source = std::filesystem::path(label).filename().string();
  const std::string now = nowIso8601();
  for (auto& [draftId, total] : totals) {
    total.source = source;
    total.importedAt = now;
    if (auto st = store.putResults(draftId, total); !st) return st.error();
  }
  import.variants = static_cast<std::int64_t>(totals.size());
  import.experiments = static_cast<std::int64_t>(experiments.size());
  if (auto st = recordImport(db, source, import); !st) return st.error();
  if (auto st = tx.commit(); !st) return st.error();
  return import;
}

std::string describeResultsImport(const ResultsImport& import, const std::string& fileName) {
  return "imported results for " + std::to_string(import.variants) + " variant" + (import.variants == 1 ? "" : "s") +
         " of " + std::to_string(import.experiments) + " experiment" + (import.experiments == 1 ? "" : "s") + " (" +
         std::to_string(import.rows) + " row" + (import.rows == 1 ? "" : "s") + ") from " + fileName;
}

}  // namespace copydesk
