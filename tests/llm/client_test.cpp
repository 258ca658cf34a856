#include <atomic>
#include <future>
#include <mutex>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"
#include "tests/llm/llm_test_support.h"
#include "tests/server/fake_reply.h"

using namespace copydesk;
using namespace copydesk::llm;
using namespace copydesk::test;

namespace {

struct Collected {
  std::string streamed;
  int retries = 0;
};

// complete() plus what the events saw: the text pieces (dropped on retry, as a caller must).
Result<ChatResult> run(LlmClient& client, const ProviderProfile& profile, ChatRequest request, Collected& seen) {
  std::promise<Result<ChatResult>> done;
  ChatEvents events;
  events.onText = [&](std::string_view piece) { seen.streamed += piece; };
  events.onRetry = [&] {
    ++seen.retries;
    seen.streamed.clear();
  };
  events.onDone = [&](Result<ChatResult> result) { done.set_value(std::move(result)); };
  client.submit(profile, std::move(request), std::move(events));
  return done.get_future().get();
}

}  // namespace

TEST_CASE("Client: an OpenAI stream gives the exact reply / usage and cost") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  const auto profile = fakeProfile(server);
  Collected seen;
  auto request = prompt("Linen shirt, 新品 — relaxed fit");
  request.tag = "slot-1";
  const auto result = run(client, profile, request, seen);
  REQUIRE(result.ok());
  const std::string expected = fake::reply(request.system, request.user);
  CHECK(result->text == expected);
  CHECK(seen.streamed == expected);
  CHECK(result->usage.reported);
  CHECK(result->usage.inputTokens == fake::tokens(request.system) + fake::tokens(request.user));
  CHECK(result->usage.outputTokens == fake::tokens(expected));
  CHECK(result->cost == Approx((result->usage.inputTokens * 1.0 + result->usage.outputTokens * 2.0) / 1e6));
  CHECK(result->finishReason == "stop");
  CHECK(result->attempts == 1);
  CHECK(result->tag == "slot-1");
  CHECK(result->firstTokenMs >= 0);
  CHECK(result->requestBody.find("\"include_usage\":true") != std::string::npos);
  CHECK(result->requestBody.find(kFakeKey) == std::string::npos);
  CHECK(result->requestBody.find("slot-1") == std::string::npos);
}

TEST_CASE("Client: provider quirks — choices null / no DONE / no space / CRLF / comments / reasoning / Azure") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  for (const std::string shape : {"null-choices,no-done,nospace", "crlf,comments", "reasoning", "azure"}) {
    auto profile = fakeProfile(server, shape == "azure" ? ProviderKind::AzureOpenAi : ProviderKind::OpenAiCompatible);
    profile.extraHeaders["X-Fake-Shape"] = shape;
    profile.extraHeaders["X-Fake-Chunks"] = "5";
    Collected seen;
    const auto request = prompt("Shape " + shape);
    const auto result = run(client, profile, request, seen);
    INFO(shape);
    REQUIRE(result.ok());
    CHECK(result->text == fake::reply(request.system, request.user));
    CHECK(result->usage.reported);
    if (shape == "reasoning") CHECK(result->reasoning == "Thinking about the product first. ");
    else CHECK(result->reasoning.empty());
  }
  CHECK(server.requestCount("azure") == 1);
}

TEST_CASE("Client: non-streamed OpenAI and Anthropic / streamed Anthropic without a final blank line") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  for (auto kind : {ProviderKind::OpenAiCompatible, ProviderKind::Anthropic}) {
    for (bool stream : {false, true}) {
      auto profile = fakeProfile(server, kind);
      profile.extraHeaders["X-Fake-Shape"] = "no-trailing-blank";
      auto request = prompt("Ceramic mug " + std::to_string(stream));
      request.stream = stream;
      Collected seen;
      const auto result = run(client, profile, request, seen);
      INFO("anthropic=" << (kind == ProviderKind::Anthropic) << " stream=" << stream);
      REQUIRE(result.ok());
      CHECK(result->text == fake::reply(request.system, request.user));
      CHECK(result->usage.reported);
      CHECK(result->usage.outputTokens == fake::tokens(result->text));
    }
  }
  CHECK(server.requestCount("/v1/messages") == 2);
}

TEST_CASE("Client: 429 with Retry-After is retried after the wait, not after the backoff") {
  FakeServerProcess server;
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault", "429"}, {"X-Fake-Retry-After", "1"}};
  {
    LlmClient client(fastRetries());
    Collected seen;
    const auto result = run(client, profile, prompt("Rate limited once"), seen);
    REQUIRE(result.ok());
    CHECK(result->attempts == 2);
    CHECK(server.requestCount("/v1/chat/completions") == 2);
  }
  // The wait is the server's, not the 20 ms backoff: a Retry-After of 30 s does not fit into a
  // 5 s deadline, so the client gives up at once where the backoff would have retried.
  ClientOptions options = fastRetries();
  options.retry.totalDeadlineMs = 5000;
  LlmClient client(options);
  profile.extraHeaders = {{"X-Fake-Fault", "429"}, {"X-Fake-Retry-After", "30"}};
  Collected seen;
  const auto result = run(client, profile, prompt("Rate limited for long"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().httpStatus == 429);
  CHECK(result.error().message.find("gave up after 1 attempts") != std::string::npos);
  CHECK(seen.retries == 0);
  CHECK(server.requestCount("/v1/chat/completions") == 3);
}

TEST_CASE("Client: 500 then success / onRetry called once") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault", "500"}};
  Collected seen;
  const auto request = prompt("Server hiccup");
  const auto result = run(client, profile, request, seen);
  REQUIRE(result.ok());
  CHECK(result->attempts == 2);
  CHECK(seen.retries == 1);
  CHECK(result->text == fake::reply(request.system, request.user));
}

TEST_CASE("Client: a cut stream and a malformed chunk are retried from the start") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  for (const std::string fault : {"cut", "malformed", "error-event"}) {
    auto profile = fakeProfile(server);
    profile.extraHeaders = {{"X-Fake-Fault", fault}, {"X-Fake-Chunks", "6"}};
    Collected seen;
    const auto request = prompt("Broken " + fault);
    const auto result = run(client, profile, request, seen);
    INFO(fault);
    REQUIRE(result.ok());
    const std::string expected = fake::reply(request.system, request.user);
    CHECK(result->text == expected);         // not the partial text plus the whole text
    CHECK(seen.streamed == expected);        // what a caller shows after dropping on onRetry
    CHECK(seen.retries == 1);
    CHECK(result->attempts == 2);
  }
}

TEST_CASE("Client: a permanent error event fails with the provider's message and no text") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault-Always", "error-event"}};
  Collected seen;
  const auto result = run(client, profile, prompt("Always broken"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Provider);
  CHECK(result.error().message.find("The server had an error") != std::string::npos);
  CHECK(result.error().message.find("gave up after 5 attempts") != std::string::npos);
  CHECK(server.requestCount("/v1/chat/completions") == 5);
}

TEST_CASE("Client: 401 fails at once with a readable message naming the profile / key never shown") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  setenv("COPYDESK_TEST_BAD_KEY", "bad-key", 1);
  profile.apiKeyEnv = "COPYDESK_TEST_BAD_KEY";
  Collected seen;
  const auto result = run(client, profile, prompt("Wrong key"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Auth);
  CHECK(result.error().httpStatus == 401);
  CHECK(result.error().message.rfind("Authentication failed (401): Incorrect API key provided", 0) == 0);
  CHECK(result.error().message.find("check the key of profile 'Fake'") != std::string::npos);
  CHECK(result.error().message.find("bad-key") == std::string::npos);
  CHECK(server.requestCount("/v1/chat/completions") == 1);
}

TEST_CASE("Client: 400 is not retried — x-should-retry: false overrides a 500") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault-Always", "400"}};
  Collected seen;
  auto result = run(client, profile, prompt("Bad request"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().httpStatus == 400);
  CHECK(server.requestCount("/v1/chat/completions") == 1);
  profile.extraHeaders = {{"X-Fake-Fault-Always", "500"}, {"X-Fake-Should-Retry", "false"}};
  result = run(client, profile, prompt("Do not retry"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().httpStatus == 500);
  CHECK(server.requestCount("/v1/chat/completions") == 2);
}

TEST_CASE("Client: a stalled stream hits the idle timeout and is retried") {
  FakeServerProcess server({"--stall-ms", "3000"});
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.idleTimeoutMs = 300;
  profile.extraHeaders = {{"X-Fake-Fault", "stall"}};
  Collected seen;
  const auto request = prompt("Stalls once");
  const auto result = run(client, profile, request, seen);
  INFO((result.ok() ? std::string() : result.error().message));
  REQUIRE(result.ok());
  CHECK(result->attempts == 2);
  CHECK(result->text == fake::reply(request.system, request.user));
}

TEST_CASE("Client: drip-fed bytes and a connection refused") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault", "drip"}};
  Collected seen;
  const auto request = prompt("Drip 新品上市 ✓");
  auto result = run(client, profile, request, seen);
  REQUIRE(result.ok());
  CHECK(result->text == fake::reply(request.system, request.user));

  profile.baseUrl = "http://127.0.0.1:1/v1?token=abc";
  ClientOptions options = fastRetries();
  options.retry.maxAttempts = 2;
  LlmClient refused(options);
  result = run(refused, profile, prompt("Nobody listens"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Network);
  CHECK(result.error().message.find("token=abc") == std::string::npos);
  CHECK(result.error().message.find("gave up after 2 attempts") != std::string::npos);
}

TEST_CASE("Client: cancel ends a streaming request with Cancelled and closes its connection") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Stream-Ms", "20000"}, {"X-Fake-Chunks", "40"}};
  std::promise<void> firstText;
  std::atomic<bool> sawText{false};
  std::promise<Result<ChatResult>> done;
  ChatEvents events;
  events.onText = [&](std::string_view) {
    if (!sawText.exchange(true)) firstText.set_value();
  };
  events.onDone = [&](Result<ChatResult> result) { done.set_value(std::move(result)); };
  const auto id = client.submit(profile, prompt("Slow stream"), std::move(events));
  REQUIRE(firstText.get_future().wait_for(std::chrono::seconds(10)) == std::future_status::ready);
  REQUIRE(server.stat("activeStreams") == 1);
  client.cancel(id);
  // The stream would run for 20 s: an answer within 10 s can only come from the cancel.
  auto future = done.get_future();
  REQUIRE(future.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
  const auto result = future.get();
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Cancelled);
  CHECK(client.inFlight() == 0);
  // The connection is really closed: the server notices at its next piece and lets the stream go.
  CHECK(server.waitForStat("activeStreams", 0));
}

TEST_CASE("Client: cancelAll and the destructor end every pending request exactly once") {
  FakeServerProcess server;
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Stream-Ms", "20000"}};
  std::atomic<int> cancelled{0};
  Tally doneCalls;
  auto onDone = [&](Result<ChatResult> result) {
    if (!result.ok() && result.error().code == ErrorCode::Cancelled) ++cancelled;
    doneCalls.add();
  };
  {
    LlmClient client(fastRetries());
    for (int i = 0; i < 20; ++i) {
      ChatEvents events;
      events.onDone = onDone;
      client.submit(profile, prompt("Pending " + std::to_string(i)), std::move(events));
    }
    REQUIRE(server.waitForStat("activeStreams", 20));  // all 20 are streaming, none finished
    client.cancelAll();
    CHECK(doneCalls.waitFor(20));
    CHECK(doneCalls.count() == 20);
    CHECK(client.inFlight() == 0);
    ChatEvents late;
    late.onDone = onDone;
    client.submit(profile, prompt("Left for the destructor"), std::move(late));
  }
  CHECK(doneCalls.count() == 21);
  CHECK(cancelled == 21);
}

TEST_CASE("Client: 200 concurrent requests on one client all complete / none crossed") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  constexpr int kCount = 200;
  // No stream sends a byte before the server has held all 200 at once.
  profile.extraHeaders = {{"X-Fake-Gate", std::to_string(kCount)}, {"X-Fake-Chunks", "50"}};
  std::mutex mutex;
  std::map<std::string, std::string> results;  // tag → text
  std::vector<std::string> errors;
  std::promise<void> allDone;
  std::atomic<int> remaining{kCount};
  for (int i = 0; i < kCount; ++i) {
    ChatEvents events;
    events.onDone = [&](Result<ChatResult> result) {
      {
        std::lock_guard lock(mutex);
        if (result.ok()) results[result->tag] = result->text;
        else errors.push_back(result.error().message);
      }
      if (--remaining == 0) allDone.set_value();
    };
    auto request = prompt("Product #" + std::to_string(i));
    request.tag = std::to_string(i);
    client.submit(profile, std::move(request), std::move(events));
  }
  const bool finished = allDone.get_future().wait_for(std::chrono::seconds(60)) == std::future_status::ready;
  INFO("remaining " << remaining << ", server " << server.get("/__stats"));
  REQUIRE(finished);
  CHECK(errors.empty());
  REQUIRE(results.size() == kCount);
  for (int i = 0; i < kCount; ++i) {
    const auto request = prompt("Product #" + std::to_string(i));
    REQUIRE(results[std::to_string(i)] == fake::reply(request.system, request.user));
  }
  // They were really in flight together (one network thread, many transfers).
  CHECK(server.stat("maxActiveStreams") == kCount);
}

TEST_CASE("Client: the profile's concurrency limit holds") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.maxConcurrency = 2;
  // Each stream waits until two have run at once: the limit is reached, and never passed.
  profile.extraHeaders = {{"X-Fake-Gate", "2"}};
  std::vector<std::future<Result<ChatResult>>> futures;
  for (int i = 0; i < 6; ++i) {
    futures.push_back(std::async(std::launch::async, [&, i] {
      return client.complete(profile, prompt("Limited " + std::to_string(i)));
    }));
  }
  for (auto& future : futures) CHECK(future.get().ok());
  CHECK(server.stat("maxActiveStreams") == 2);
}

TEST_CASE("Client: the key is never in the request body or an error — a missing key fails before sending") {
  FakeServerProcess server;
  LlmClient client(fastRetries());
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault-Always", "500"}};
  ClientOptions options = fastRetries();
  options.retry.maxAttempts = 1;
  LlmClient once(options);
  Collected seen;
  auto result = run(once, profile, prompt("Failing"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().describe().find(kFakeKey) == std::string::npos);

  ProviderProfile remote = profile;
  remote.baseUrl = "https://api.invalid.example/v1";
  remote.apiKeyEnv = "COPYDESK_TEST_NO_SUCH_KEY";
  unsetenv("COPYDESK_TEST_NO_SUCH_KEY");
  result = run(client, remote, prompt("No key"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::Auth);
  CHECK(result.error().message.find("COPYDESK_TEST_NO_SUCH_KEY") != std::string::npos);
}

TEST_CASE("Client: listModels reads GET {base}/models") {
  FakeServerProcess server;
  LlmClient client;
  const auto models = client.listModels(fakeProfile(server));
  REQUIRE(models.ok());
  CHECK(*models == std::vector<std::string>{"fake-small", "fake-large", "fake-reasoner"});
  CHECK(server.requestCount("/v1/models") == 1);
}

TEST_CASE("Client: the total deadline stops retrying before the attempts run out") {
  FakeServerProcess server;
  ClientOptions options;
  // Whatever the first attempt took, a 2 s backoff never fits into a 1 s deadline.
  options.retry.baseDelayMs = 2000;
  options.retry.maxDelayMs = 2000;
  options.retry.jitter = 0;
  options.retry.totalDeadlineMs = 1000;
  LlmClient client(options);
  auto profile = fakeProfile(server);
  profile.extraHeaders = {{"X-Fake-Fault-Always", "500"}};  // no Retry-After: the backoff applies
  Collected seen;
  const auto result = run(client, profile, prompt("Always down"), seen);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().httpStatus == 500);
  CHECK(result.error().message.find("gave up after 1 attempts") != std::string::npos);
  CHECK(server.requestCount("/v1/chat/completions") == 1);  // of 5 allowed
}
