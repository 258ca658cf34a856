#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace copydesk::batch {

// Where a running batch stands; handed to the progress callback a few times a second.
struct BatchProgress {
  std::size_t total = 0;      // slots this run works on
  std::size_t succeeded = 0;  // committed drafts
  std::size_t failed = 0;     // committed failures
  std::size_t inFlight = 0;
  std::size_t notStarted = 0; // left out (budget reached, cancelled)
  std::int64_t inputTokens = 0;
  std::int64_t outputTokens = 0;
  double costUsd = 0;
  double elapsedSeconds = 0;
  double etaSeconds = -1;     // -1: not known yet
  bool finished = false;      // the last report of a run

  std::size_t done() const { return succeeded + failed; }
};

using ProgressCallback = std::function<void(const BatchProgress&)>;

}  // namespace copydesk::batch
