#include <future>
#include <map>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/llm/http_transfer.h"
#include "core/llm/llm_client.h"
#include "tests/llm/llm_test_support.h"
#include "tests/support/test_paths.h"
#include "tests/server/fake_reply.h"

using namespace copydesk;
using namespace copydesk::llm;
using namespace copydesk::test;

namespace {

Json call(const std::string& url, const std::string& body, std::vector<std::string> headers = {},
          bool post = true) {
  TransferSetup setup;
  setup.url = url;
  setup.post = post;
  setup.body = body;
  setup.headers = std::move(headers);
  auto response = performBlocking(setup);
  REQUIRE(response.ok());
  INFO(response->body);
  REQUIRE(response->status == 200);
  return Json::parse(response->body);
}

}  // namespace

TEST_CASE("Fake server: seeded fault rates are re-rolled per attempt so every request ends well") {
  // 22 % of attempts fail; with 8 attempts a request fails for good with odds of about 5e-6.
  FakeServerProcess server({"--fault-rate", "429=0.1,500=0.05,cut=0.05,malformed=0.02", "--seed", "7"});
  ClientOptions options = fastRetries();
  options.retry.maxAttempts = 8;
  LlmClient client(options);
  auto profile = fakeProfile(server);
  std::vector<std::future<Result<ChatResult>>> results;
  for (int i = 0; i < 40; ++i) {
    results.push_back(std::async(std::launch::async, [&, i] { return client.complete(profile, prompt("Item " + std::to_string(i))); }));
  }
  int retried = 0;
  for (int i = 0; i < 40; ++i) {
    auto result = results[static_cast<std::size_t>(i)].get();
    INFO((result.ok() ? std::string() : result.error().message));
    REQUIRE(result.ok());
    const auto request = prompt("Item " + std::to_string(i));
    CHECK(result->text == fake::reply(request.system, request.user));
    if (result->attempts > 1) ++retried;
  }
  CHECK(retried > 0);
  CHECK(server.requestCount("/v1/chat/completions") > 40);
}

TEST_CASE("Fake server: the Batch API uploads / runs and returns JSONL results by custom_id") {
  FakeServerProcess server({"--batch-delay-ms", "200"});
  const std::string lines =
      R"({"custom_id":"p-1","method":"POST","url":"/v1/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"Mug"}]}})"
      "\n"
      R"({"custom_id":"p-2","method":"POST","url":"/v1/chat/completions","body":{"model":"m","messages":[{"role":"system","content":"S"},{"role":"user","content":"茶杯"}]}})"
      "\n";
  const std::string boundary = "copydeskboundary";
  const std::string multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--" +
                                boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"in.jsonl\"\r\n"
                                "Content-Type: application/jsonl\r\n\r\n" + lines + "\r\n--" + boundary + "--\r\n";
  const Json file = call(server.openAiBaseUrl() + "/files", multipart,
                         {"Content-Type: multipart/form-data; boundary=" + boundary});
  CHECK(file["purpose"] == "batch");
  Json batch = call(server.openAiBaseUrl() + "/batches",
                    Json{{"input_file_id", file["id"]}, {"endpoint", "/v1/chat/completions"}, {"completion_window", "24h"}}
                        .dump(),
                    {"Content-Type: application/json"});
  CHECK(batch["status"] == "validating");
  // The Batch API is polled by design (no event to wait for): ask until it says completed, or 30 s.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (batch["status"] != "completed" && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    batch = call(server.openAiBaseUrl() + "/batches/" + batch["id"].get<std::string>(), "", {}, false);
  }
  REQUIRE(batch["status"] == "completed");
  CHECK(batch["request_counts"]["total"] == 2);
  TransferSetup setup;
  setup.url = server.openAiBaseUrl() + "/files/" + batch["output_file_id"].get<std::string>() + "/content";
  setup.post = false;
  auto content = performBlocking(setup);
  REQUIRE(content.ok());
  std::map<std::string, std::string> byId;
  std::istringstream in(content->body);
  for (std::string line; std::getline(in, line);) {
    const Json result = Json::parse(line);
    CHECK(result["response"]["status_code"] == 200);
    byId[result["custom_id"]] = result["response"]["body"]["choices"][0]["message"]["content"];
  }
  CHECK(byId["p-1"] == fake::reply("", "Mug"));
  CHECK(byId["p-2"] == fake::reply("S", "茶杯"));
}

TEST_CASE("Fake server: --replies answers prompts that contain a key with its text, others with the echo") {
  TempDir dir;
  writeFile(dir / "replies.json", R"({"西湖龙井": "明前龙井，豆香清雅。", "Camp Chair": ["Folds flat in seconds.", "Sit by the fire."]})");
  FakeServerProcess server({"--replies", (dir / "replies.json").string()});
  LlmClient client(fastRetries());
  const auto profile = fakeProfile(server);
  auto tea = client.complete(profile, prompt("Product: 西湖龙井 250g"));
  REQUIRE(tea.ok());
  CHECK(tea->text == "明前龙井，豆香清雅。");
  auto chair = client.complete(profile, prompt("Write a title for: Folding Camp Chair"));
  REQUIRE(chair.ok());
  CHECK(chair->text == "Folds flat in seconds.");
  auto again = client.complete(profile, prompt("Write a title for: Folding Camp Chair"));
  REQUIRE(again.ok());
  CHECK(again->text == "Sit by the fire.");  // a list answers in turn, so variants differ
  const auto other = prompt("A kettle");
  auto kettle = client.complete(profile, other);
  REQUIRE(kettle.ok());
  CHECK(kettle->text == fake::reply(other.system, other.user));
}
