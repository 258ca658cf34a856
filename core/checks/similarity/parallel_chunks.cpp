#include "core/checks/similarity/parallel_chunks.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace copydesk {

unsigned scanThreads() { return std::max(1u, std::thread::hardware_concurrency()); }

bool runChunked(std::size_t count, std::size_t chunk, unsigned threads,
                const std::function<void(std::size_t begin, std::size_t end)>& work,
                const std::function<bool(std::size_t done)>& report) {
  chunk = std::max<std::size_t>(1, chunk);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::atomic<bool> stopped{false};
  auto run = [&](bool caller) {
    while (!stopped.load(std::memory_order_relaxed)) {
      const std::size_t begin = next.fetch_add(chunk);
      if (begin >= count) break;
      const std::size_t end = std::min(count, begin + chunk);
      work(begin, end);
      const std::size_t finished = done.fetch_add(end - begin) + (end - begin);
      if (caller && report && !report(finished)) stopped = true;
    }
  };
  std::vector<std::thread> helpers;
  const std::size_t chunks = (count + chunk - 1) / chunk;
  const unsigned wanted = static_cast<unsigned>(std::min<std::size_t>(std::max(1u, threads), chunks));
  for (unsigned t = 1; t < wanted; ++t) helpers.emplace_back(run, false);
  run(true);
  for (std::thread& helper : helpers) helper.join();
  return !stopped;
}

}  // namespace copydesk
