#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace copydesk {

// What a shop reported for one variant: kept per variant, replaced by the next import that names it.
struct VariantResults {
  std::int64_t impressions = 0;
  std::int64_t clicks = 0;
  std::int64_t conversions = 0;
  std::optional<double> revenue;
  std::string source;      // the file they were imported from
  std::string importedAt;  // ISO 8601 UTC
};

// One draft in an experiment. Its label ("E3-B": experiment 3, second variant) is what the export
// writes and what the shop's A/B tool reports back (results name a variant by draft id or by
// SKU and label).
struct ExperimentVariant {
  std::int64_t draftId = 0;
  std::string label;
  int position = 0;  // 0 for A, 1 for B…
  // Joined in from the draft: what made it, for the rollups per template version and persona.
  std::optional<std::int64_t> templateVersionId;
  std::string templateName;
  int templateVersion = 0;
  std::string persona;  // "" when the draft was written for no persona
  std::string model;
  std::optional<VariantResults> results;  // nullopt until a results file names it
};

// Two or more drafts of one product's field shown to shoppers side by side.
struct Experiment {
  std::int64_t id = 0;
  std::int64_t productId = 0;
  std::string sku;
  std::string productTitle;
  std::string field;
  std::string author;
  std::string createdAt;
  std::vector<ExperimentVariant> variants;  // in label order
};

// "E<experiment>-<letter>": A for the first variant, B for the second…
std::string variantLabel(std::int64_t experimentId, int position);

// At most this many variants: one letter each.
inline constexpr int kMaxExperimentVariants = 26;

}  // namespace copydesk
