#include <algorithm>

#include <catch2/catch.hpp>

#include "tests/llm/llm_test_support.h"
#include "tests/server/fake_reply.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

std::string cli() { return shellQuote((binDir() / "copydesk-cli").string()); }

}  // namespace

TEST_CASE("CLI complete: OpenAI stream to stdout / usage on stderr") {
  FakeServerProcess server;
  const std::string prompt = "Bamboo cutting board, 竹制砧板";
  const auto result = runCommand("COPYDESK_TEST_CLI_KEY=sk-cli-secret " + cli() +
                                 " complete --provider openai --base-url " + server.openAiBaseUrl() +
                                 " --model fake-small --api-key-env COPYDESK_TEST_CLI_KEY --system " +
                                 shellQuote("Be brief.") + " --prompt " + shellQuote(prompt) +
                                 " --temperature 0.3 --max-tokens 100");
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.out == fake::reply("Be brief.", prompt) + "\n");
  CHECK(result.err.find("usage: ") != std::string::npos);
  CHECK(result.err.find(std::to_string(fake::tokens(fake::reply("Be brief.", prompt))) + " out tokens") !=
        std::string::npos);
  CHECK(result.err.find("cost $") != std::string::npos);
  CHECK(result.err.find("sk-cli-secret") == std::string::npos);
}

TEST_CASE("CLI complete: Anthropic from a prompt file / and --no-stream") {
  FakeServerProcess server;
  TempDir dir;
  writeFile(dir / "prompt.txt", "Wool socks\nwarm and soft");
  auto result = runCommand("ANTHROPIC_API_KEY=sk-ant-test " + cli() + " complete --provider anthropic --base-url " +
                           server.baseUrl() + " --model fake-claude --prompt-file " +
                           shellQuote((dir / "prompt.txt").string()));
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.out == fake::reply("", "Wool socks\nwarm and soft") + "\n");
  CHECK(server.requestCount("/v1/messages") == 1);
  result = runCommand(cli() + " complete --provider openai --base-url " + server.openAiBaseUrl() +
                      " --model fake-small --no-stream --prompt Hi");
  REQUIRE(result.exitCode == 0);
  CHECK(result.out == fake::reply("", "Hi") + "\n");
}

TEST_CASE("CLI complete: a 401 exits 1 with one readable line and no retry") {
  FakeServerProcess server;
  const auto result = runCommand("OPENAI_API_KEY=bad-key " + cli() + " complete --provider openai --base-url " +
                                 server.openAiBaseUrl() + " --model fake-small --prompt Hello");
  CHECK(result.exitCode == 1);
  CHECK(result.out.empty());
  CHECK(result.err.find("Authentication failed (401)") != std::string::npos);
  CHECK(result.err.find("bad-key") == std::string::npos);
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  CHECK(server.requestCount("/v1/chat/completions") == 1);
}

TEST_CASE("CLI providers: add / list / test and remove") {
  FakeServerProcess server;
  TempDir dir;
  const std::string db = " --db " + shellQuote((dir / "c.db").string());
  auto result = runCommand(cli() + db + " providers add Local --kind openai --base-url " + server.openAiBaseUrl() +
                           " --model fake-small --api-key-env none --price-in 0.5 --price-out 1.5 --rpm 60"
                           " --concurrency 4");
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  result = runCommand(cli() + db + " providers list");
  REQUIRE(result.exitCode == 0);
  CHECK(result.out.find("Local (stored)") != std::string::npos);
  CHECK(result.out.find("Ollama (local) (built-in)") != std::string::npos);
  CHECK(result.out.find("Anthropic (built-in)") != std::string::npos);
  result = runCommand(cli() + db + " providers test Local");
  INFO(result.err);
  REQUIRE(result.exitCode == 0);
  CHECK(result.out.find(fake::reply("", "Reply with the single word OK.")) != std::string::npos);
  CHECK(result.out.find("fake-large") != std::string::npos);
  result = runCommand(cli() + db + " providers remove Local");
  CHECK(result.exitCode == 0);
  result = runCommand(cli() + db + " providers remove Local");
  CHECK(result.exitCode == 2);
}
