#include "core/experiments/experiment.h"

namespace copydesk {

std::string variantLabel(std::int64_t experimentId, int position) {
  return "E" + std::to_string(experimentId) + "-" + std::string(1, static_cast<char>('A' + position));
}

}  // namespace copydesk
