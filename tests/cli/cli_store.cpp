#include "tests/cli/cli_store.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <utility>

namespace copydesk::test {

CliStore::CliStore(std::string storeName_, std::string keyEnv_, const std::string& key)
    : storeName(std::move(storeName_)), keyEnv(std::move(keyEnv_)) {
  setenv(keyEnv.c_str(), key.c_str(), 1);
}

CommandResult CliStore::run(const std::string& args) const {
  return runCommand(shellQuote((binDir() / "copydesk-cli").string()) + " --db " + shellQuote((dir / storeName).string()) +
                    " " + args);
}

Json CliStore::json(const std::string& args) const {
  const auto result = run(args);
  INFO(args << "\n" << result.err);
  REQUIRE(result.exitCode == 0);
  return Json::parse(result.out);
}

std::string CliStore::fakeModel(const FakeServerProcess& server) const {
  return "--provider openai --base-url " + server.openAiBaseUrl() + " --model fake-small --api-key-env " + keyEnv;
}

void CliStore::importSampleCatalog() const {
  const auto catalog = (sourceDir() / "resources" / "catalog" / "sample_products.json").string();
  REQUIRE(run("import " + shellQuote(catalog)).exitCode == 0);
}

}  // namespace copydesk::test
