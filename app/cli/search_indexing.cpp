#include "app/cli/search_indexing.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace copydesk::cli {
namespace {

class PercentLine final {
 public:
  explicit PercentLine(std::int64_t total) : m_total(total), m_enabled(isatty(STDERR_FILENO) == 1 && total > 0) {}
  ~PercentLine() {
    if (m_shown) std::fputs("\r\033[K", stderr);  // scripts and the summary line see nothing of it
  }
  PercentLine(const PercentLine&) = delete;
  PercentLine& operator=(const PercentLine&) = delete;

  void update(std::int64_t done) {
    if (!m_enabled) return;
    const auto percent = static_cast<int>(done * 100 / m_total);
    if (m_shown && percent == m_percent) return;
    m_percent = percent;
    m_shown = true;
    std::fprintf(stderr, "\rBuilding the search index… %d%% (%lld of %lld)", percent, static_cast<long long>(done),
                 static_cast<long long>(m_total));
    std::fflush(stderr);
  }

 private:
  std::int64_t m_total;
  bool m_enabled;
  bool m_shown = false;
  int m_percent = -1;
};

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

}  // namespace

Result<IndexedRows> buildSearchIndex(Database& db) {
  auto total = rowsWaitingForSearchIndex(db);
  if (!total) return total.error();
  PercentLine progress(*total);
  progress.update(0);
  IndexedRows indexed;
  for (;;) {
    auto step = indexSearchStep(db);
    if (!step) return step.error();
    indexed.products += step->products;
    indexed.drafts += step->drafts;
    if (step->last()) return indexed;
    // Rows written meanwhile (by a studio on the same file) are indexed too: the total only caps the display.
    progress.update(std::min(indexed.products + indexed.drafts, *total));
  }
}

std::string describeIndexed(const IndexedRows& rows) {
  return "indexed " + plural(rows.products, "product", "products") + " and " + plural(rows.drafts, "draft", "drafts") +
         " for search";
}

std::string indexCommandFor(const std::string& databasePath) {
  if (databasePath.empty()) return "copydesk-cli index";
  if (databasePath.find_first_of(" \t'\"\\$`;&|()<>*?~#") == std::string::npos) {
    return "copydesk-cli --db " + databasePath + " index";
  }
  std::string quoted = "'";
  for (const char c : databasePath) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return "copydesk-cli --db " + quoted + "' index";
}

}  // namespace copydesk::cli
