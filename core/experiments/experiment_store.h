#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/experiments/experiment.h"
#include "core/store/database.h"

namespace copydesk {

struct ExperimentQuery {
  std::optional<std::int64_t> experimentId;
  std::optional<std::int64_t> productId;
  std::optional<std::int64_t> templateId;  // experiments with a variant made by one of its versions
  std::vector<std::int64_t> draftIds;      // experiments with one of these drafts as a variant
};

// Experiments, their variants and the results imported for them (schema v13). A product's field
// has at most one experiment at a time, so a report has one experiment per product and field;
// remove() ends one (its drafts stay as they are) to make room for the next.
class ExperimentStore final {
 public:
  explicit ExperimentStore(Database& db) : m_db(db) {}

  // Makes the drafts one experiment's variants, labelled A, B, … in the order given. Refused with
  // ErrorCode::InvalidInput (nothing written) unless there are 2 to 26 distinct drafts, all of one
  // product and one field, none already a variant, and the field has no experiment yet.
  Result<Experiment> create(const std::vector<std::int64_t>& draftIds, const std::string& author = {});
  Result<std::optional<Experiment>> get(std::int64_t id);
  // Ordered by SKU (byte order), field and id; variants in label order.
  Result<std::vector<Experiment>> list(const ExperimentQuery& query = {});
  // Deletes the experiment, its variants' labels and their results; the drafts are kept.
  Status remove(std::int64_t id);

  // The variant a draft is, or a label names (nullopt: none).
  struct VariantKey {
    std::int64_t draftId = 0;
    std::int64_t experimentId = 0;
    std::string label;
    std::string sku;
  };
  Result<std::optional<VariantKey>> variantOfDraft(std::int64_t draftId);
  Result<std::optional<VariantKey>> variantByLabel(const std::string& label);
  // The other variants of the draft's experiment (none when it is no variant): approved side by
  // side, they do not supersede each other (ReviewService).
  Result<std::vector<std::int64_t>> siblingsOf(std::int64_t draftId);

  // Replaces what is stored for the variant (the draft must be one).
  Status putResults(std::int64_t draftId, const VariantResults& results);

 private:
  Status checkVariants(const std::vector<std::int64_t>& draftIds, std::int64_t& productId, std::string& field);
  Result<std::optional<VariantKey>> findVariant(const std::string& where, const std::string& key, bool numeric);

  Database& m_db;
};

}  // namespace copydesk
