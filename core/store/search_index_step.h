#pragma once

#include <cstdint>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Rows per step: about a twentieth of a second of indexing, short enough that other connections'
// writes (a studio and a CLI on one file) interleave, big enough that the per-transaction cost
// does not show.
inline constexpr std::int64_t kSearchIndexStepRows = 2000;

struct SearchIndexStep {
  std::int64_t products = 0;   // indexed by this step
  std::int64_t drafts = 0;
  std::int64_t remaining = 0;  // products and drafts still waiting afterwards

  std::int64_t indexed() const { return products + drafts; }
  // Nothing waits any more, or nothing could be indexed (a loop going on would never end).
  bool last() const { return remaining == 0 || indexed() == 0; }
};

// One step of bringing the full-text search index up to date: up to maxRows of the rows an import
// or a cut-short batch left waiting, products first, then drafts, in one short transaction. The
// studio runs a step per store job (its SearchIndexer), `copydesk-cli index` and `import --index`
// step until last(); rows written meanwhile are picked up by the next steps. Search finds waiting
// rows all along.
Result<SearchIndexStep> indexSearchStep(Database& db, std::int64_t maxRows = kSearchIndexStepRows);

// Products and drafts written but not yet in the search index.
Result<std::int64_t> rowsWaitingForSearchIndex(Database& db);

}  // namespace copydesk
