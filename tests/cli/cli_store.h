#pragma once

#include <string>

#include "core/common/json.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

// This build's copydesk-cli on a store of its own in a temp folder, writing through the fake LLM
// server: the set-up the CLI contract tests that generate share (personas, questions, translate).
struct CliStore {
  // `keyEnv` is set to `key` for the CLI to send: the fake server takes any key, the CLI wants one.
  CliStore(std::string storeName, std::string keyEnv, const std::string& key);

  TempDir dir;  // holds the store, and the files a test writes
  const std::string storeName;
  const std::string keyEnv;

  CommandResult run(const std::string& args) const;  // copydesk-cli --db STORE ARGS
  Json json(const std::string& args) const;          // run, which must exit 0, and its stdout parsed
  // What sends generate's or translate's requests to the fake server with the test key:
  // "--provider openai --base-url URL --model fake-small --api-key-env KEY".
  std::string fakeModel(const FakeServerProcess& server) const;
  void importSampleCatalog() const;  // resources/catalog/sample_products.json, which must import
};

}  // namespace copydesk::test
