#pragma once

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "core/batch/batch_progress.h"

namespace copydesk::cli {

// Draws a one-line progress bar on stderr, only when stderr is a terminal: scripts and logs
// see nothing but the summary line.
class ProgressReporter final {
 public:
  ProgressReporter() : m_enabled(isatty(STDERR_FILENO) == 1) {}

  bool enabled() const { return m_enabled; }

  void operator()(const batch::BatchProgress& p) {
    if (!m_enabled) return;
    const double fraction = p.total == 0 ? 1.0 : static_cast<double>(p.done()) / static_cast<double>(p.total);
    const int filled = static_cast<int>(std::lround(fraction * kWidth));
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(kWidth - filled), '.');
    std::string eta = p.etaSeconds < 0 ? "--" : formatSeconds(p.etaSeconds);
    std::fprintf(stderr, "\r[%s] %zu/%zu  %zu failed  %zu in flight  %lld tok  $%.4f  ETA %s   ", bar.c_str(),
                 p.done(), p.total, p.failed, p.inFlight,
                 static_cast<long long>(p.inputTokens + p.outputTokens), p.costUsd, eta.c_str());
    if (p.finished) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  static std::string formatSeconds(double seconds) {
    const long s = std::lround(seconds);
    if (s < 60) return std::to_string(s) + "s";
    return std::to_string(s / 60) + "m" + std::to_string(s % 60) + "s";
  }

  static constexpr int kWidth = 30;
  bool m_enabled;
};

}  // namespace copydesk::cli
