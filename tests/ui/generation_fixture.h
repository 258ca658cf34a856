#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/template_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

// A provider profile on the fake server whose key is read from `keyEnv` (set to `key` here).
struct FakeProfile {
  std::string name;
  std::string keyEnv;
  std::string key;
};

// What the generation tests write with: products SKU-00001…, the template "desc" (description
// field) and the given profiles on the fake server (fake-small, no concurrency limit, $1/$2 per
// million tokens).
struct GenerationFixture {
  TempDir dir;
  std::filesystem::path path;
  TemplateVersion version;
  std::vector<std::int64_t> productIds;

  GenerationFixture(const FakeServerProcess& server, int products, const std::vector<FakeProfile>& profiles);

  std::vector<Draft> drafts() const;
  std::vector<Generation> generations() const;
};

}  // namespace copydesk::test
