// The grounding check against the real local test server (tests/server): the answer is scripted
// with --replies, keyed on the product's title, which every grounding prompt contains.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>

#include "core/checks/grounding/grounding_check.h"
#include "core/checks/grounding/grounding_prompt.h"
#include "core/checks/grounding/quote_locator.h"
#include "core/common/json.h"
#include "tests/llm/llm_test_support.h"
#include "tests/server/fake_reply.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using copydesk::test::FakeServerProcess;
using copydesk::test::TempDir;

namespace {

constexpr const char* kChat = "/v1/chat/completions";

// Code points: 西湖龙井明前特级，= 9; 采用有机认证茶园鲜叶 = 10 at 9; 荣获2023年国际金奖 = 11 at 32.
const std::string kDraft = "西湖龙井明前特级，采用有机认证茶园鲜叶。每盒250克，适合送礼。荣获2023年国际金奖。";

Product teaProduct() {
  Product product;
  product.sku = "TEA-LJ-001";
  product.title = "西湖龙井 明前特级绿茶";
  product.brand = "狮峰";
  product.category = "茶叶";
  product.price = "268.00";
  product.description = "<p>明前采摘的<b>龙井</b>绿茶。</p><script>track()</script>";
  product.attributes = Json{{"净含量", "250g"}, {"产地", "杭州"}, {"empty", ""}};
  Variant box;
  box.sku = "TEA-LJ-001-250";
  box.options = Json{{"规格", "250g 礼盒"}};
  box.price = "268.00";
  product.variants.push_back(box);
  return product;
}

// A server that answers every prompt naming the tea product with `answer`.
std::unique_ptr<FakeServerProcess> serverAnswering(const TempDir& dir, const std::string& answer) {
  test::writeFile(dir / "replies.json", Json{{"西湖龙井 明前特级绿茶", answer}}.dump());
  return std::make_unique<FakeServerProcess>(std::vector<std::string>{"--replies", (dir / "replies.json").string()});
}

std::string claimsJson(std::initializer_list<std::pair<const char*, const char*>> claims) {
  Json list = Json::array();
  for (const auto& [quote, reason] : claims) list.push_back({{"quote", quote}, {"reason", reason}});
  return Json{{"claims", list}}.dump();
}

}  // namespace

TEST_CASE("Grounding: two unsupported claims become two warnings at their code-point spans in a Chinese draft") {
  TempDir dir;
  const std::string answer = claimsJson({{"荣获2023年国际金奖", "资料未提及任何奖项。"},
                                         {"采用有机认证茶园鲜叶", "资料没有有机认证。"}});
  auto server = serverAnswering(dir, answer);
  llm::LlmClient client(test::fastRetries());
  const auto plan = planGrounding(test::fakeProfile(*server), teaProduct(), kDraft);
  auto report = runGrounding(client, plan);
  REQUIRE(report.ok());
  CHECK(report->replyReadable);
  CHECK(report->claims == 2);
  CHECK(report->droppedClaims == 0);
  REQUIRE(report->findings.size() == 2);
  const Finding& organic = report->findings[0];  // ordered by start, not by the model's order
  CHECK(organic.rule == "grounding.unsupported");
  CHECK(organic.ruleSet == "grounding");
  CHECK(organic.severity == Severity::Warning);
  CHECK(organic.message == "grounding.unsupported");
  CHECK(organic.start == 9);
  CHECK(organic.length == 10);
  CHECK(organic.args == std::vector<std::string>{"采用有机认证茶园鲜叶", "资料没有有机认证。"});
  CHECK(organic.source == "model: Fake / fake-small");
  CHECK_FALSE(organic.explanationEn.empty());
  CHECK_FALSE(organic.explanationZh.empty());
  const Finding& award = report->findings[1];
  CHECK(award.start == 32);
  CHECK(award.length == 11);
  CHECK(award.args[0] == "荣获2023年国际金奖");
  CHECK(report->reply == answer);
  CHECK(report->usage.reported);
  CHECK(server->requestCount(kChat) == 1);
}

TEST_CASE("Grounding: a JSON answer inside a ``` fence with prose around it is read") {
  TempDir dir;
  const std::string answer = "以下是结果：\n```json\n" + claimsJson({{"荣获2023年国际金奖", "资料未提及奖项。"}}) +
                             "\n```\n希望有帮助。";
  auto server = serverAnswering(dir, answer);
  llm::LlmClient client(test::fastRetries());
  auto report = runGrounding(client, planGrounding(test::fakeProfile(*server), teaProduct(), kDraft));
  REQUIRE(report.ok());
  CHECK(report->replyReadable);
  REQUIRE(report->findings.size() == 1);
  CHECK(report->findings[0].start == 32);
  CHECK(report->findings[0].length == 11);
  CHECK(report->findings[0].args[1] == "资料未提及奖项。");
}

TEST_CASE("Grounding: a quote not in the draft is dropped and counted, one differing only in white space is kept") {
  TempDir dir;
  const std::string answer = claimsJson({{"100% 有机", "invented"},
                                         {"采用 有机认证\n茶园鲜叶", "white space differs from the draft"},
                                         {"", "no quote at all"}});
  auto server = serverAnswering(dir, answer);
  llm::LlmClient client(test::fastRetries());
  auto report = runGrounding(client, planGrounding(test::fakeProfile(*server), teaProduct(), kDraft));
  REQUIRE(report.ok());
  CHECK(report->claims == 2);  // the claim without a quote is no claim
  CHECK(report->droppedClaims == 1);
  REQUIRE(report->findings.size() == 1);
  CHECK(report->findings[0].start == 9);
  CHECK(report->findings[0].length == 10);
  CHECK(report->findings[0].args[0] == "采用有机认证茶园鲜叶");  // the passage as the draft writes it
}

TEST_CASE("Grounding: an answer without the JSON is unreadable, gives no finding and still reports its usage") {
  TempDir dir;
  auto server = serverAnswering(dir, "The copy looks fine to me.");
  llm::LlmClient client(test::fastRetries());
  auto report = runGrounding(client, planGrounding(test::fakeProfile(*server), teaProduct(), kDraft));
  REQUIRE(report.ok());
  CHECK_FALSE(report->replyReadable);
  CHECK(report->findings.empty());
  CHECK(report->usage.outputTokens == fake::tokens("The copy looks fine to me."));
}

TEST_CASE("Grounding: a rejected key (401) is an Auth error value and no finding") {
  TempDir dir;
  auto server = serverAnswering(dir, claimsJson({{"荣获2023年国际金奖", "x"}}));
  auto profile = test::fakeProfile(*server);
  setenv("COPYDESK_TEST_BAD_KEY", "bad-key", 1);
  profile.apiKeyEnv = "COPYDESK_TEST_BAD_KEY";
  llm::LlmClient client(test::fastRetries());
  auto report = runGrounding(client, planGrounding(profile, teaProduct(), kDraft));
  REQUIRE_FALSE(report.ok());
  CHECK(report.error().code == ErrorCode::Auth);
  CHECK(report.error().httpStatus == 401);
  CHECK(server->requestCount(kChat) == 1);  // an auth failure is not retried
}

TEST_CASE("Grounding: the estimate is made without a request, the run then reports what the provider counted") {
  TempDir dir;
  auto server = serverAnswering(dir, claimsJson({{"荣获2023年国际金奖", "资料未提及奖项。"}}));
  const auto profile = test::fakeProfile(*server);  // $1 in, $2 out per million tokens
  const GroundingPlan plan = planGrounding(profile, teaProduct(), kDraft);
  CHECK(server->requestCount(kChat) == 0);

  const GroundingEstimate& e = plan.estimate;
  const double input = llm::estimateTokens(plan.request.system) + llm::estimateTokens(plan.request.user);
  CHECK(e.inputTokens == static_cast<std::int64_t>(std::llround(input)));
  CHECK(e.inputTokens > 100);
  CHECK(e.profileName == "Fake");
  CHECK(e.model == "fake-small");
  REQUIRE(plan.request.maxTokens.has_value());
  CHECK(e.maxOutputTokens == *plan.request.maxTokens);
  CHECK(e.expectedOutputTokens > 0);
  CHECK(e.expectedOutputTokens <= e.maxOutputTokens);
  CHECK(e.pricesKnown);
  CHECK(e.expectedCostUsd == Approx((e.inputTokens * 1.0 + e.expectedOutputTokens * 2.0) / 1e6));
  CHECK(e.maxCostUsd == Approx((e.inputTokens * 1.0 + e.maxOutputTokens * 2.0) / 1e6));

  llm::LlmClient client(test::fastRetries());
  auto report = runGrounding(client, plan);
  REQUIRE(report.ok());
  CHECK(server->requestCount(kChat) == 1);
  CHECK(report->usage.reported);
  CHECK(report->usage.inputTokens == fake::tokens(plan.request.system) + fake::tokens(plan.request.user));
  CHECK(report->usage.outputTokens == fake::tokens(report->reply));
  CHECK(report->costUsd == Approx(llm::costOf(profile, report->usage)));
  CHECK(report->model == "fake-small");
}

TEST_CASE("Grounding: a profile without prices estimates no cost and says so") {
  llm::ProviderProfile local;
  local.name = "Ollama (local)";
  local.defaultModel = "qwen2.5";
  const auto plan = planGrounding(local, teaProduct(), kDraft);
  CHECK_FALSE(plan.estimate.pricesKnown);
  CHECK(plan.estimate.maxCostUsd == 0);
  CHECK(plan.estimate.model == "qwen2.5");
}

TEST_CASE("Grounding: the Anthropic protocol gives the same findings") {
  TempDir dir;
  auto server = serverAnswering(dir, claimsJson({{"采用有机认证茶园鲜叶", "no certification"}}));
  llm::LlmClient client(test::fastRetries());
  auto report = runGrounding(client, planGrounding(test::fakeProfile(*server, llm::ProviderKind::Anthropic),
                                                   teaProduct(), kDraft));
  REQUIRE(report.ok());
  REQUIRE(report->findings.size() == 1);
  CHECK(report->findings[0].start == 9);
  CHECK(server->requestCount("/v1/messages") == 1);
}

TEST_CASE("Grounding prompt: the facts as text (HTML converted, empty fields left out) and the draft, JSON asked for") {
  const Product product = teaProduct();
  const std::string facts = productFactsText(product);
  CHECK(facts.find("Title: 西湖龙井 明前特级绿茶\n") != std::string::npos);
  CHECK(facts.find("Brand: 狮峰\n") != std::string::npos);
  CHECK(facts.find("Category: 茶叶\n") != std::string::npos);
  CHECK(facts.find("- 净含量: 250g\n") != std::string::npos);
  CHECK(facts.find("empty") == std::string::npos);
  CHECK(facts.find("SKU TEA-LJ-001-250; 规格: 250g 礼盒; price 268.00") != std::string::npos);
  CHECK(facts.find("明前采摘的龙井绿茶。") != std::string::npos);
  CHECK(facts.find("<p>") == std::string::npos);
  CHECK(facts.find("track()") == std::string::npos);

  const auto request = groundingRequest(product, kDraft, {});
  CHECK(request.user.find("<draft>\n" + kDraft + "\n</draft>") != std::string::npos);
  CHECK(request.user.find(facts) != std::string::npos);
  CHECK(request.system.find("{\"claims\":[{\"quote\"") != std::string::npos);
  CHECK(request.system.find("in Simplified Chinese") != std::string::npos);  // the draft's language
  CHECK(groundingRequest(product, kDraft, {.reasonLanguage = "en"}).system.find("in English") != std::string::npos);
  CHECK(request.temperature == 0.0);
  CHECK(request.maxTokens == groundingMaxOutputTokens(kDraft));
}

TEST_CASE("Grounding reply: the JSON alone, with prose and a <think> block around it, a bare list, nothing readable") {
  const auto plain = parseGroundingReply(R"({"claims":[{"quote":"a","reason":"b"}]})");
  CHECK(plain.readable);
  REQUIRE(plain.claims.size() == 1);
  CHECK(plain.claims[0].quote == "a");
  CHECK(plain.claims[0].reason == "b");

  const auto around = parseGroundingReply(
      "<think>maybe {\"claims\":[{\"quote\":\"wrong\"}]}</think>Sure! {\"note\": 1} Here: "
      "{\"claims\": [{\"claim\": \"steel {body}\", \"reason\": \"facts say \\\"copper\\\"\"}]} Done.");
  CHECK(around.readable);
  REQUIRE(around.claims.size() == 1);
  CHECK(around.claims[0].quote == "steel {body}");
  CHECK(around.claims[0].reason == "facts say \"copper\"");

  const auto bare = parseGroundingReply(R"([{"quote":"x","reason":"y"}, "z"])");
  CHECK(bare.readable);
  CHECK(bare.claims.size() == 2);

  const auto empty = parseGroundingReply("```\n{\"claims\": []}\n```");
  CHECK(empty.readable);
  CHECK(empty.claims.empty());

  CHECK_FALSE(parseGroundingReply("All claims are supported.").readable);
  CHECK_FALSE(parseGroundingReply("{\"claims\": [").readable);
}

TEST_CASE("Quote locator: verbatim first, then with white space ignored (incl. U+3000), spans on characters") {
  const std::string draft = "Solid  copper\nkettle，容量　1.5 L。";
  const QuoteLocator locator(draft);
  auto exact = locator.find("copper");
  REQUIRE(exact);
  CHECK(exact->start == 7);
  auto wrapped = locator.find("Solid copper kettle");
  REQUIRE(wrapped);
  CHECK(wrapped->start == 0);
  CHECK(draft.substr(wrapped->start, wrapped->end - wrapped->start) == "Solid  copper\nkettle");
  auto cjk = locator.find("容量 1.5L");
  REQUIRE(cjk);
  CHECK(draft.substr(cjk->start, cjk->end - cjk->start) == "容量　1.5 L");
  CHECK(cjk->start == 23);  // bytes: "Solid  copper\nkettle" 20, "，" 3
  CHECK_FALSE(locator.find("steel"));
  CHECK_FALSE(locator.find("copper", exact->end));
}

TEST_CASE("Grounding findings: the same passage listed twice is one finding, a repeated phrase finds its next occurrence") {
  const std::string draft = "抗菌材质，真正抗菌。";
  GroundingReply reply;
  reply.readable = true;
  reply.claims = {{"抗菌", "first"}, {"抗菌", "second"}, {"抗菌", "third"}};
  const auto report = groundingFindings(reply, draft, "model: test");
  REQUIRE(report.findings.size() == 2);
  CHECK(report.findings[0].start == 0);
  CHECK(report.findings[1].start == 7);
  CHECK(report.droppedClaims == 0);
}
