#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/batch/batch_session.h"
#include "core/llm/llm_client.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

inline constexpr const char* kBatchKeyEnv = "COPYDESK_TEST_BATCH_KEY";

// A temp database with `products` products (SKU-001…) and a stored template "desc" whose prompt
// names the product's SKU, so a reply crossed with another product's is visible.
class BatchFixture final {
 public:
  explicit BatchFixture(int products, const std::vector<std::string>& specialDescriptions = {});

  Database& db() { return *m_db; }
  std::filesystem::path dbPath() const { return m_dir / "copydesk.db"; }
  const TempDir& dir() const { return m_dir; }

  static std::string sku(int index);  // SKU-001 …
  // The template "desc" the fixture's store has, for a store made otherwise.
  static void saveTemplate(Database& db);
  static llm::ProviderProfile profile(const FakeServerProcess& server, double priceIn = 1.0, double priceOut = 2.0);
  static llm::ClientOptions fastRetries();
  batch::GenerateOptions options(const FakeServerProcess& server, int variants,
                                 const std::vector<std::string>& models = {"fake-small"}) const;

 private:
  TempDir m_dir;
  std::unique_ptr<Database> m_db;
};

// One draft per slot, every draft made by an ok generation of its own slot whose text is the fake
// server's reply to that generation's prompt, and the prompt names the draft's product.
// Returns the drafts (id order) for further checks; fails the test on any violation.
std::vector<Draft> checkDraftsConsistent(Database& db, std::int64_t batchId);

// (sku, variant, model, text) of a batch's drafts, sorted.
std::set<std::tuple<std::string, int, std::string, std::string>> draftSlots(Database& db, std::int64_t batchId);

// The first column of the first row of `sql` on a connection of its own (another process's store).
std::string firstValue(const std::filesystem::path& db, const std::string& sql);
std::int64_t countRows(const std::filesystem::path& db, const std::string& sql);

// Starts args[0] (a path) with args, output to /dev/null, inheriting this environment; the test
// waits for it (waitpid) or kills it.
pid_t spawnQuiet(const std::vector<std::string>& args);

}  // namespace copydesk::test
