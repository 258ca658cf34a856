#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/store/draft.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

// A temporary store for the review tests: products SKU-00001…, two templates (bullets-amazon for
// amazon, description-shopify for shopify), drafts made and submitted through core, and the
// reviewer name "Rita" in the settings.
struct ReviewFixture {
  TempDir dir;
  std::filesystem::path path;
  std::unique_ptr<Database> db;
  std::int64_t amazonVersion = 0;
  std::int64_t shopifyVersion = 0;

  explicit ReviewFixture(int products = 120);

  // A draft of product `index` (1-based) written by `writer`; submitted when asked.
  std::int64_t draft(int index, const std::string& field, const std::string& writer, bool submit,
                     std::int64_t templateVersion = 0);
  DraftStatus status(std::int64_t draftId);
  std::string sku(int index) const;
};

}  // namespace copydesk::test
