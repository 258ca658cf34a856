#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/llm/provider_profile.h"

namespace copydesk::batch {

// One model a batch writes with: a profile and a model name. Several targets run side by side.
struct BatchTarget {
  llm::ProviderProfile profile;
  std::string model;  // never empty once planned (the profile's default fills it in)
};

// One cell of a batch: this product, this persona (when the batch writes for personas), this
// variant, this target. A batch writes exactly one draft per slot, however often it is resumed.
struct BatchSlot {
  std::size_t productIndex = 0;  // into BatchPlan::products
  std::int64_t productId = 0;
  int variant = 1;               // 1..N
  std::size_t targetIndex = 0;   // into BatchPlan::targets
  std::size_t personaIndex = 0;  // into BatchPlan::personas (0 when it has none)
  std::int64_t personaId = 0;    // 0: written for no persona
  std::size_t questionIndex = 0;  // into BatchPlan::questions (0 when it has none)
  std::int64_t questionId = 0;    // the question answered (issue 14); 0: none
  // A translation batch's (issue 14): the draft translated, its text version, the target language.
  std::int64_t sourceDraftId = 0;  // 0: not a translation
  std::int64_t sourceEditId = 0;
  std::size_t languageIndex = 0;   // into BatchPlan::markets
  std::string language;

  // "p<product id>-v<variant>-t<target>", then "-a<persona id>" for a persona and "-q<question id>"
  // for an answer, "-s<source draft>-l<language>" for a translation: the Batch API's custom_id and the
  // LlmClient tag.
  std::string customId() const;
};

struct SlotKey {
  std::int64_t productId = 0;
  int variant = 1;
  std::size_t targetIndex = 0;
  std::int64_t personaId = 0;
  std::int64_t questionId = 0;
  auto operator<=>(const SlotKey&) const = default;
};

// The inverse of BatchSlot::customId(); nullopt for text this program did not write.
std::optional<SlotKey> parseCustomId(std::string_view id);

}  // namespace copydesk::batch
