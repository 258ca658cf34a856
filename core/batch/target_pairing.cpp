#include "core/batch/target_pairing.h"

namespace copydesk::batch {

std::vector<std::string> modelList(std::string_view commaSeparated) {
  std::vector<std::string> models;
  std::size_t start = 0;
  while (start <= commaSeparated.size()) {
    std::size_t end = commaSeparated.find(',', start);
    if (end == std::string_view::npos) end = commaSeparated.size();
    std::string_view item = commaSeparated.substr(start, end - start);
    const auto first = item.find_first_not_of(" \t");
    if (first != std::string_view::npos) {
      item = item.substr(first, item.find_last_not_of(" \t") - first + 1);
      models.emplace_back(item);
    }
    start = end + 1;
  }
  return models;
}

Result<std::vector<BatchTarget>> pairTargets(const std::vector<llm::ProviderProfile>& profiles,
                                             const std::vector<std::string>& models) {
  std::vector<BatchTarget> targets;
  if (profiles.size() == 1) {
    if (models.empty()) targets.push_back({profiles[0], ""});
    for (const auto& model : models) targets.push_back({profiles[0], model});
    return targets;
  }
  if (!models.empty() && models.size() != profiles.size()) {
    return makeError(ErrorCode::InvalidInput, "give one model per profile (in the order of the profiles), or none");
  }
  for (std::size_t i = 0; i < profiles.size(); ++i) targets.push_back({profiles[i], models.empty() ? "" : models[i]});
  return targets;
}

}  // namespace copydesk::batch
