#include "core/experiments/holm_correction.h"

#include <algorithm>
#include <numeric>

namespace copydesk {

std::vector<double> holmAdjusted(const std::vector<double>& pValues) {
  const std::size_t m = pValues.size();
  std::vector<std::size_t> order(m);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
  std::vector<double> adjusted(m, 1.0);
  double running = 0.0;
  for (std::size_t rank = 0; rank < m; ++rank) {
    const std::size_t i = order[rank];
    running = std::max(running, std::min(1.0, static_cast<double>(m - rank) * pValues[i]));
    adjusted[i] = running;
  }
  return adjusted;
}

}  // namespace copydesk
