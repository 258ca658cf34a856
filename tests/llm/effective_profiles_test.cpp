// One resolution of the profiles and the default, for the studio and the CLI; the CLI's
// --allow-insecure-http.
#include <catch2/catch.hpp>

#include "core/llm/builtin_profiles.h"
#include "core/llm/effective_profiles.h"
#include "core/llm/provider_profile_store.h"
#include "tests/llm/llm_test_support.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::llm;
using namespace copydesk::test;

namespace {

std::string cli() { return shellQuote((binDir() / "copydesk-cli").string()); }

}  // namespace

TEST_CASE("Effective profiles: a stored built-in replaces it, the default included; a chosen one wins") {
  TempDir dir;
  auto db = Database::open(dir / "profiles.db");
  REQUIRE(db);
  auto plain = effectiveProfiles(**db);
  REQUIRE(plain);
  CHECK(plain->all.size() == builtInProfiles().size());
  CHECK(plain->preferred.name == "Ollama (local)");
  CHECK(plain->preferred.baseUrl == "http://localhost:11434/v1");

  ProviderProfile ollama = defaultProfile();
  ollama.baseUrl = "http://127.0.0.1:11500/v1";  // what `providers add "Ollama (local)" --base-url …` stores
  REQUIRE(ProviderProfileStore(**db).save(ollama));
  ProviderProfile mine;
  mine.name = "Shop GPT";
  mine.baseUrl = "https://llm.example.com/v1";
  REQUIRE(ProviderProfileStore(**db).save(mine));

  auto changed = effectiveProfiles(**db);
  REQUIRE(changed);
  CHECK(changed->preferred.baseUrl == "http://127.0.0.1:11500/v1");
  CHECK(changed->all.size() == builtInProfiles().size() + 1);
  CHECK(std::count_if(changed->all.begin(), changed->all.end(), [](const auto& p) { return p.name == "Ollama (local)"; }) == 1);
  CHECK(effectiveDefaultProfile(**db)->baseUrl == "http://127.0.0.1:11500/v1");
  CHECK(effectiveDefaultProfile(**db, "Shop GPT")->name == "Shop GPT");
  CHECK(effectiveDefaultProfile(**db, "Gone since")->baseUrl == "http://127.0.0.1:11500/v1");  // falls back
}

TEST_CASE("CLI: generate without --profile uses the stored change of the built-in default") {
  FakeServerProcess server;
  TempDir dir;
  const std::string db = shellQuote((dir / "cli.db").string());
  auto result = runCommand(cli() + " --db " + db + " providers add " + shellQuote("Ollama (local)") +
                           " --base-url " + server.openAiBaseUrl() + " --model fake-small");
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  result = runCommand(cli() + " --db " + db + " import " +
                      shellQuote((sharedDir() / "samples" / "shopify_product_template.csv").string()));
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  result = runCommand(cli() + " --db " + db + " generate --template description-en --products all --variants 1");
  INFO(result.err);
  CHECK(result.exitCode == 0);
  CHECK(server.requestCount("/v1/chat/completions") > 0);
}

TEST_CASE("CLI: providers add/edit --allow-insecure-http is stored; without it a LAN http key is refused") {
  TempDir dir;
  const std::string db = shellQuote((dir / "cli.db").string());
  const std::string add = cli() + " --db " + db + " providers add Office --base-url http://192.0.2.10:8000/v1 "
                                                  "--api-key-env COPYDESK_TEST_OFFICE_KEY --model m";
  REQUIRE(runCommand(add).exitCode == 0);
  auto stored = [&] {
    auto opened = Database::open(dir / "cli.db");
    REQUIRE(opened);
    auto found = ProviderProfileStore(**opened).find("Office");
    REQUIRE(found);
    REQUIRE(found->has_value());
    return **found;
  };
  CHECK_FALSE(stored().allowInsecureHttp);

  // Refused before anything is sent (192.0.2.10 is TEST-NET-1: nothing is ever contacted).
  auto refused = runCommand("COPYDESK_TEST_OFFICE_KEY=sk-office-secret " + cli() + " --db " + db +
                            " complete --profile Office --prompt Hi");
  CHECK(refused.exitCode != 0);
  CHECK(refused.err.find("Office") != std::string::npos);
  CHECK(refused.err.find("--allow-insecure-http") != std::string::npos);
  CHECK(refused.err.find("sk-office-secret") == std::string::npos);

  REQUIRE(runCommand(cli() + " --db " + db + " providers edit Office --allow-insecure-http").exitCode == 0);
  CHECK(stored().allowInsecureHttp);
  CHECK(stored().baseUrl == "http://192.0.2.10:8000/v1");  // edit keeps what it was not told to change
  const auto listed = runCommand(cli() + " --db " + db + " providers list");
  CHECK(listed.out.find("key over plain http allowed") != std::string::npos);
  REQUIRE(runCommand(cli() + " --db " + db + " providers add Office --deny-insecure-http").exitCode == 0);
  CHECK_FALSE(stored().allowInsecureHttp);
}
