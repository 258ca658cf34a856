#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/llm/anthropic_protocol.h"
#include "core/llm/openai_protocol.h"
#include "core/llm/provider_error.h"
#include "core/llm/retry_policy.h"
#include "core/llm/usage_cost.h"

using namespace copydesk;
using namespace copydesk::llm;

namespace {

// Runs a recorded stream through the parser and a decoder, as the client does.
struct Decoded {
  std::string text, reasoning, finish;
  std::int64_t in = -1, out = -1;
  bool done = false;
  std::vector<std::string> errors;
};

template <class Decode>
Decoded decodeStream(const std::string& stream, Decode decode) {
  Decoded result;
  SseParser parser([&](const SseEvent& event) {
    const StreamDelta delta = decode(event);
    if (delta.error) {
      result.errors.push_back(delta.error->message);
      return;
    }
    result.text += delta.text;
    result.reasoning += delta.reasoning;
    if (!delta.finishReason.empty()) result.finish = delta.finishReason;
    if (delta.inputTokens) result.in = *delta.inputTokens;
    if (delta.outputTokens) result.out = *delta.outputTokens;
    result.done = result.done || delta.done;
  });
  parser.feed(stream);
  parser.finish();
  return result;
}

Decoded openAiStream(const std::string& stream) { return decodeStream(stream, openai::decodeEvent); }
Decoded anthropicStream(const std::string& stream) { return decodeStream(stream, anthropic::decodeEvent); }

}  // namespace

TEST_CASE("OpenAI: a stream with a usage chunk (empty choices) and DONE") {
  const auto d = openAiStream(
      "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"
      "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Soft \"}}]}\n\n"
      "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"linen.\"},\"finish_reason\":null}]}\n\n"
      "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
      "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3}}\n\n"
      "data: [DONE]\n\n");
  CHECK(d.text == "Soft linen.");
  CHECK(d.finish == "stop");
  CHECK(d.in == 12);
  CHECK(d.out == 3);
  CHECK(d.done);
  CHECK(d.errors.empty());
}

TEST_CASE("OpenAI: choices null / no DONE / no space after data: / CRLF") {
  const auto d = openAiStream(
      "data:{\"choices\":[{\"delta\":{\"content\":\"A\"}}]}\r\n\r\n"
      ": keep-alive\r\n\r\n"
      "data:{\"choices\":[{\"delta\":{\"content\":\"B\"},\"finish_reason\":\"length\"}]}\r\n\r\n"
      "data:{\"choices\":null,\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\r\n");
  CHECK(d.text == "AB");
  CHECK(d.finish == "length");
  CHECK(d.in == 5);
  CHECK_FALSE(d.done);
  CHECK(d.errors.empty());
}

TEST_CASE("OpenAI: Azure's empty first chunks carry no text") {
  const auto d = openAiStream(
      "data: {\"choices\":[],\"created\":0,\"id\":\"\",\"model\":\"\",\"object\":\"\",\"prompt_filter_results\":"
      "[{\"prompt_index\":0,\"content_filter_results\":{}}]}\n\n"
      "data: {\"choices\":[{\"content_filter_results\":{},\"delta\":{\"content\":\"Hi\"},\"index\":0}]}\n\n"
      "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\",\"index\":0}]}\n\n"
      "data: [DONE]\n\n");
  CHECK(d.text == "Hi");
  CHECK(d.errors.empty());
}

TEST_CASE("OpenAI: DeepSeek reasoning_content is kept out of the text") {
  const auto d = openAiStream(
      "data: {\"choices\":[{\"delta\":{\"content\":null,\"reasoning_content\":\"Let me think.\"}}]}\n\n"
      "data: {\"choices\":[{\"delta\":{\"content\":\"Final copy.\",\"reasoning_content\":null}}]}\n\n"
      "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
  CHECK(d.text == "Final copy.");
  CHECK(d.reasoning == "Let me think.");
}

TEST_CASE("OpenAI: an error inside the stream is an error / never text") {
  const auto d = openAiStream(
      "data: {\"choices\":[{\"delta\":{\"content\":\"Part\"}}]}\n\n"
      "data: {\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}\n\n");
  CHECK(d.text == "Part");
  REQUIRE(d.errors.size() == 1);
  CHECK(d.errors[0].find("The server had an error") != std::string::npos);
  const auto delta = openai::decodeEvent({"", "{\"error\":{\"message\":\"x\",\"type\":\"server_error\"}}", ""});
  CHECK(delta.transient);
  const auto bad = openai::decodeEvent({"", "{\"choices\":[{\"delta\":{\"content\":\"oo", ""});
  CHECK(bad.malformed);
  CHECK(bad.text.empty());
}

TEST_CASE("OpenAI: chunk fields are read only where they belong") {
  // Second choice (index 1, before its delta), content nested deeper than delta, a top-level
  // "content", reasoning in both spellings, usage numbers as floats, the model after the choices.
  const auto d = openai::decodeEvent(
      {"", "{\"content\":\"no\",\"choices\":[{\"delta\":{\"content\":\"one\",\"extra\":{\"content\":\"no\"}}},"
           "{\"index\":1,\"delta\":{\"content\":\"two\"},\"finish_reason\":\"length\"},"
           "{\"delta\":{\"reasoning\":\"B\",\"reasoning_content\":\"A\"},\"finish_reason\":\"stop\",\"index\":0}],"
           "\"usage\":{\"prompt_tokens\":7.0,\"completion_tokens\":3},\"model\":\"m-1\"}", ""});
  CHECK(d.text == "one");
  CHECK(d.reasoning == "AB");
  CHECK(d.finishReason == "stop");
  CHECK(d.model == "m-1");
  CHECK(d.inputTokens == std::optional<std::int64_t>(7));
  CHECK(d.outputTokens == std::optional<std::int64_t>(3));
  CHECK_FALSE(d.error);
  CHECK(openai::decodeEvent({"", "[1,2]", ""}).malformed);
  CHECK(openai::decodeEvent({"", "\"text\"", ""}).malformed);
  const auto nullError = openai::decodeEvent({"", "{\"error\":null,\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}", ""});
  CHECK_FALSE(nullError.error);
  CHECK(nullError.text == "ok");
}

TEST_CASE("OpenAI: chunks with escapes, duplicates, nulls and bad bytes decode exactly") {
  // Escapes, a surrogate pair and raw UTF-8 come out as UTF-8 bytes.
  const auto escaped = openai::decodeEvent(
      {"", "{\"choices\":[{\"index\":0.0,\"delta\":{\"content\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\\u4e2d 文\"}}]}", ""});
  CHECK(escaped.text == "a\"b\\c\n\xC3\xA9\xF0\x9F\x98\x80\xE4\xB8\xAD 文");
  CHECK_FALSE(escaped.error);
  // A repeated key: the last one counts, as in any JSON reader that keeps one value per key.
  const auto repeated = openai::decodeEvent(
      {"", "{\"model\":\"a\",\"model\":\"b\",\"choices\":[{\"delta\":{\"content\":\"x\",\"content\":\"y\"},"
           "\"finish_reason\":null}],\"usage\":null}", ""});
  CHECK(repeated.model == "b");
  CHECK(repeated.text == "y");
  CHECK(repeated.finishReason.empty());
  CHECK_FALSE(repeated.inputTokens);
  // Also when the last is not a string (found by fuzz/targets/openai_chunk: the simdjson fast path
  // kept the first).
  const auto nulled = openai::decodeEvent(
      {"", "{\"choices\":[{\"delta\":{\"reasoning_content\":\"think\",\"reasoning_content\":null}}]}", ""});
  CHECK(nulled.reasoning.empty());
  // An "error" key below the top level is just a field; at the top it is an error.
  const auto nested = openai::decodeEvent({"", "{\"choices\":[{\"delta\":{\"content\":\"ok\",\"error\":1}}]}", ""});
  CHECK(nested.text == "ok");
  CHECK_FALSE(nested.error);
  // Invalid UTF-8, trailing bytes after the object, and a cut-off chunk are malformed, never text.
  for (const std::string bad : {std::string("{\"choices\":[{\"delta\":{\"content\":\"\xC3\x28\"}}]}"),
                                std::string("{\"choices\":[]} x"), std::string("{\"choices\":[{\"delta\":{\"cont")}) {
    const auto delta = openai::decodeEvent({"", bad, ""});
    CHECK(delta.malformed);
    CHECK(delta.text.empty());
  }
  // Token counts beyond 32 bits and as unsigned 64-bit numbers.
  const auto big = openai::decodeEvent(
      {"", "{\"choices\":[],\"usage\":{\"prompt_tokens\":5000000000,\"completion_tokens\":18446744073709551}}", ""});
  CHECK(big.inputTokens == std::optional<std::int64_t>(5000000000LL));
  CHECK(big.outputTokens == std::optional<std::int64_t>(18446744073709551LL));
}

TEST_CASE("OpenAI: request body sends stream_options.include_usage and no tag") {
  ChatRequest request;
  request.system = "Be brief.";
  request.user = "Describe a mug";
  request.temperature = 0.2;
  request.maxTokens = 50;
  request.tag = "slot-7";
  const Json body = openai::requestBody(request, "gpt-x");
  CHECK(body["model"] == "gpt-x");
  CHECK(body["messages"].size() == 2);
  CHECK(body["messages"][0]["role"] == "system");
  CHECK(body["stream_options"]["include_usage"] == true);
  CHECK(body["max_tokens"] == 50);
  CHECK(body.dump().find("slot-7") == std::string::npos);
  request.stream = false;
  CHECK_FALSE(openai::requestBody(request, "gpt-x").contains("stream_options"));
}

TEST_CASE("OpenAI: a whole response and the model list") {
  const auto d = openai::decodeBody(
      R"({"model":"m1","choices":[{"index":0,"message":{"role":"assistant","content":"Hello","reasoning_content":"hm"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1}})");
  CHECK(d.text == "Hello");
  CHECK(d.reasoning == "hm");
  CHECK(d.model == "m1");
  CHECK(*d.outputTokens == 1);
  CHECK(openai::decodeModels(R"({"data":[{"id":"a"},{"id":"b"}]})") == std::vector<std::string>{"a", "b"});
  CHECK(openai::decodeModels(R"({"models":[{"name":"llama3"}]})") == std::vector<std::string>{"llama3"});
}

TEST_CASE("Anthropic: the full event sequence with ping and message_delta usage") {
  const auto d = anthropicStream(
      "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude\",\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\n"
      "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
      "event: ping\ndata: {\"type\": \"ping\"}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}\n\n"
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" 世界\"}}\n\n"
      "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
      "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":15}}\n\n"
      "event: message_stop\ndata: {\"type\":\"message_stop\"}\n");
  CHECK(d.text == "Hello 世界");
  CHECK(d.in == 25);
  CHECK(d.out == 15);
  CHECK(d.finish == "end_turn");
  CHECK(d.done);
}

TEST_CASE("Anthropic: an error event mid-stream and the request body") {
  const auto d = anthropicStream(
      "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
      "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n");
  CHECK(d.text == "Hi");
  REQUIRE(d.errors.size() == 1);
  CHECK(d.errors[0].find("Overloaded") != std::string::npos);
  ChatRequest request;
  request.system = "S";
  request.user = "U";
  const Json body = anthropic::requestBody(request, "claude");
  CHECK(body["system"] == "S");
  CHECK(body["max_tokens"] == anthropic::kDefaultMaxTokens);
  CHECK(body["messages"][0]["content"] == "U");
}

TEST_CASE("Provider errors are readable and name the profile — URLs are masked") {
  const Error auth = errorFromResponse(
      401, R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})", "OpenAI");
  CHECK(auth.code == ErrorCode::Auth);
  CHECK(auth.httpStatus == 401);
  CHECK(auth.message == "Authentication failed (401): Incorrect API key provided — check the key of profile 'OpenAI'");
  const Error anthropicError =
      errorFromResponse(529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", "Claude");
  CHECK(anthropicError.message.find("Overloaded") != std::string::npos);
  CHECK(errorFromResponse(502, "<html>Bad gateway</html>", "X").message.find("Bad gateway") != std::string::npos);
  CHECK(maskUrl("https://user:secret@api.example.com/v1/chat?key=abc#x") == "https://api.example.com/v1/chat");
  CHECK(redact("key sk-123 and sk-123", "sk-123") == "key *** and ***");
}

TEST_CASE("Retry policy: statuses / Retry-After forms / backoff bounds") {
  for (long status : {408L, 409L, 429L, 500L, 503L, 529L}) CHECK(RetryPolicy::isRetryableStatus(status));
  for (long status : {400L, 401L, 403L, 404L}) CHECK_FALSE(RetryPolicy::isRetryableStatus(status));
  const auto now = std::chrono::system_clock::from_time_t(1445412480);  // Wed, 21 Oct 2015 07:28:00 GMT
  CHECK(parseRetryAfterMs("2", now) == 2000);
  CHECK(parseRetryAfterMs("0.5", now) == 500);
  CHECK(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:10 GMT", now) == 10000);
  CHECK(parseRetryAfterMs("Wed, 21 Oct 2015 07:27:00 GMT", now) == 0);
  CHECK_FALSE(parseRetryAfterMs("soon", now));
  CHECK(parseShouldRetry("false") == false);
  CHECK(parseResetDurationMs("6m0s") == 360000);
  CHECK(parseResetDurationMs("250ms") == 250);
  CHECK(parseResetDurationMs("1h2m3.5s") == 3723500);
  RetryPolicy policy;
  std::mt19937_64 random(1);
  for (int attempt = 1; attempt <= 8; ++attempt) {
    const int expected = std::min(8000, 500 << (attempt - 1));
    const int delay = policy.backoffMs(attempt, random);
    CHECK(delay >= expected * 0.75 - 1);
    CHECK(delay <= expected * 1.25 + 1);
  }
  CHECK(policy.delayMs(1, 999999, random) == policy.retryAfterCapMs);
}

TEST_CASE("Token estimates and cost") {
  CHECK(estimateTokens("abcdefgh") == Approx(2.0));
  CHECK(estimateTokens("新品上市") == Approx(4.0));
  ProviderProfile profile;
  profile.inputPricePerMTok = 1.0;
  profile.outputPricePerMTok = 2.0;
  Usage usage{1000000, 500000, true};
  CHECK(costOf(profile, usage) == Approx(2.0));
}
