#include "app/cli/search_indexing.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "core/store/draft_search_index.h"
#include "core/store/product_search_index.h"

namespace copydesk::cli {
namespace {

// About a twentieth of a second of indexing per batch: short enough that a studio's store jobs
// on the same file interleave, big enough that the per-transaction cost does not show.
constexpr std::int64_t kBatchRows = 2000;

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

Result<std::int64_t> rowsWaitingForSearchIndex(Database& db) {
  auto products = ProductSearchIndex(db).pending();
  if (!products) return products.error();
  auto drafts = DraftSearchIndex(db).pending();
  if (!drafts) return drafts.error();
  return *products + *drafts;
}

Result<IndexedRows> buildSearchIndex(Database& db) {
  auto total = rowsWaitingForSearchIndex(db);
  if (!total) return total.error();
  PercentLine progress(*total);
  progress.update(0);
  IndexedRows indexed;
  ProductSearchIndex products(db);
  DraftSearchIndex drafts(db);
  for (;;) {
    auto batch = products.indexPending(kBatchRows);
    if (!batch) return batch.error();
    indexed.products += *batch;
    if (*batch == 0) {
      batch = drafts.indexPending(kBatchRows);
      if (!batch) return batch.error();
      if (*batch == 0) return indexed;
      indexed.drafts += *batch;
    }
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
