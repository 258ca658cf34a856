#include <ctime>
#include <memory>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/server/fake_reply.h"
#include "tests/server/fake_server.h"

namespace copydesk::fake {

namespace {

using Json = nlohmann::json;

// How one response is shaped: faults, pace and the quirks of particular providers.
struct Plan {
  std::string fault;
  int chunks = 8, streamMs = 0, delayMs = 0;
  int gate = 0;                     // hold the stream until the server has held this many at once
  std::set<std::string> shapes;     // azure, no-done, nospace, crlf, null-choices, reasoning, comments, no-trailing-blank
  std::string retryAfter;
  bool has(const char* shape) const { return shapes.count(shape) > 0; }
};

struct Step {
  enum class Action { Write, Cut, Stall } action = Action::Write;
  std::string bytes;
};

int headerInt(const httplib::Request& request, const char* name, int fallback) {
  return request.has_header(name) ? std::atoi(request.get_header_value(name).c_str()) : fallback;
}

Plan planFor(const httplib::Request& request, ServerState& state, const std::string& prompt) {
  Plan plan;
  plan.fault = state.decideFault(request, prompt);
  plan.chunks = headerInt(request, "X-Fake-Chunks", state.config().chunks);
  plan.streamMs = headerInt(request, "X-Fake-Stream-Ms", state.config().streamMs);
  plan.delayMs = headerInt(request, "X-Fake-Delay-Ms", state.config().delayMs);
  plan.gate = headerInt(request, "X-Fake-Gate", 0);
  plan.retryAfter = request.has_header("X-Fake-Retry-After") ? request.get_header_value("X-Fake-Retry-After")
                                                             : state.config().retryAfter;
  std::stringstream shapes(request.get_header_value("X-Fake-Shape"));
  for (std::string shape; std::getline(shapes, shape, ',');) plan.shapes.insert(shape);
  if (!plan.fault.empty()) state.countFault(plan.fault);
  return plan;
}

bool isStatusFault(const std::string& fault) {
  return !fault.empty() && std::isdigit(static_cast<unsigned char>(fault[0]));
}

void jsonReply(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json");
}

void openAiError(httplib::Response& res, int status, const std::string& message, const std::string& type,
                 const std::string& retryAfter = {}) {
  if (!retryAfter.empty()) res.set_header("Retry-After", retryAfter);
  jsonReply(res, status, {{"error", {{"message", message}, {"type", type}, {"param", nullptr}, {"code", nullptr}}}});
}

void anthropicError(httplib::Response& res, int status, const std::string& type, const std::string& message,
                    const std::string& retryAfter = {}) {
  if (!retryAfter.empty()) res.set_header("Retry-After", retryAfter);
  jsonReply(res, status, {{"type", "error"}, {"error", {{"type", type}, {"message", message}}}});
}

// Streams the steps, pausing between content pieces; a Cut drops the connection mid-response.
void sendSteps(httplib::Response& res, ServerState& state, std::vector<Step> steps, const Plan& plan,
               const char* contentType) {
  auto shared = std::make_shared<std::vector<Step>>(std::move(steps));
  // The whole reply takes streamMs: step i of n goes out at start + streamMs * (i + 1) / n, on an
  // absolute schedule so sleep overshoot does not add up over the steps (a 0.5 s stream stays 0.5 s).
  const int streamMs = plan.chunks > 0 ? plan.streamMs : 0;
  const bool drip = plan.fault == "drip";
  const int stallMs = state.config().stallMs;
  const int gate = plan.gate;
  state.streamStarted();
  res.set_chunked_content_provider(
      contentType,
      [shared, &state, streamMs, drip, stallMs, gate](std::size_t, httplib::DataSink& sink) {
        if (gate > 0 && !state.waitForStreams(gate)) return false;
        const auto start = std::chrono::steady_clock::now();
        const auto steps = static_cast<std::int64_t>(shared->size());
        std::int64_t index = 0;
        for (const Step& step : *shared) {
          if (step.action == Step::Action::Cut) return false;
          if (step.action == Step::Action::Stall) {
            nap(state, stallMs);
            return false;
          }
          ++index;
          const auto due = start + std::chrono::microseconds(std::int64_t{streamMs} * 1000 * index / steps);
          if (streamMs > 0 && !napUntil(state, due)) return false;
          if (!drip) {
            if (!sink.write(step.bytes.data(), step.bytes.size())) return false;
            continue;
          }
          for (std::size_t i = 0; i < step.bytes.size(); ++i) {
            if (!sink.write(step.bytes.data() + i, 1)) return false;
            if (i % 16 == 15 && !nap(state, 1)) return false;
          }
        }
        sink.done();
        return true;
      },
      [&state](bool) { state.streamEnded(); });
}

std::string textOf(const Json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string text;
  if (content.is_array()) {
    for (const auto& part : content) {
      if (part.is_object() && part.value("type", "") == "text") text += part.value("text", "");
    }
  }
  return text;
}

// ---- OpenAI chat completions ---------------------------------------------------------------

std::vector<Step> openAiStream(const Plan& plan, const std::string& id, const std::string& model,
                               const std::string& text, const Json& usage, bool includeUsage) {
  const std::string eol = plan.has("crlf") ? "\r\n" : "\n";
  const std::string prefix = plan.has("nospace") ? "data:" : "data: ";
  std::vector<Step> steps;
  auto event = [&](const std::string& data) {
    if (plan.has("comments")) steps.push_back({Step::Action::Write, ": keep-alive" + eol + eol});
    steps.push_back({Step::Action::Write, prefix + data + eol + eol});
  };
  auto chunk = [&](Json delta, Json finish) {
    return Json{{"id", id}, {"object", "chat.completion.chunk"}, {"created", std::time(nullptr)}, {"model", model},
                {"choices", Json::array({{{"index", 0}, {"delta", std::move(delta)}, {"finish_reason", finish}}})}};
  };
  if (plan.has("azure")) {
    event(Json{{"choices", Json::array()}, {"created", 0}, {"id", ""}, {"model", ""}, {"object", ""},
               {"prompt_filter_results", Json::array({{{"prompt_index", 0}, {"content_filter_results", Json::object()}}})}}
              .dump());
  }
  event(chunk({{"role", "assistant"}, {"content", ""}}, nullptr).dump());
  if (plan.has("reasoning")) {
    for (const auto& piece : pieces("Thinking about the product first. ", 3)) {
      event(chunk({{"content", nullptr}, {"reasoning_content", piece}}, nullptr).dump());
    }
  }
  const auto parts = pieces(text, plan.chunks);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i == parts.size() / 2 && plan.fault == "cut") steps.push_back({Step::Action::Cut, {}});
    if (i == 1 || parts.size() == 1) {
      if (plan.fault == "malformed") event(R"({"id":")" + id + R"(","choices":[{"delta":{"content":"oops)");
      if (plan.fault == "error-event") {
        event(R"({"error":{"message":"The server had an error while processing your request.","type":"server_error"}})");
        return steps;
      }
      if (plan.fault == "stall") steps.push_back({Step::Action::Stall, {}});
    }
    event(chunk({{"content", parts[i]}}, nullptr).dump());
  }
  event(chunk(Json::object(), "stop").dump());
  if (includeUsage) {
    Json last = {{"id", id}, {"object", "chat.completion.chunk"}, {"created", std::time(nullptr)}, {"model", model}};
    last["choices"] = plan.has("null-choices") ? Json(nullptr) : Json::array();
    last["usage"] = usage;
    event(last.dump());
  }
  if (!plan.has("no-done")) event("[DONE]");
  return steps;
}

// X-Fake-Require-Key: K — the request must carry the key K (Authorization: Bearer K, api-key: K or
// x-api-key: K), else 401: tests that a key really travels, whichever source it came from.
bool lacksRequiredKey(const httplib::Request& req) {
  if (!req.has_header("X-Fake-Require-Key")) return false;
  const std::string key = req.get_header_value("X-Fake-Require-Key");
  return req.get_header_value("Authorization") != "Bearer " + key && req.get_header_value("api-key") != key &&
         req.get_header_value("x-api-key") != key;
}

void handleOpenAi(const httplib::Request& req, httplib::Response& res, ServerState& state, std::string model) {
  const Json body = Json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("messages")) {
    return openAiError(res, 400, "We could not parse the JSON body of your request.", "invalid_request_error");
  }
  const std::string auth = req.get_header_value("Authorization");
  const std::string azureKey = req.get_header_value("api-key");
  if (lacksRequiredKey(req)) return openAiError(res, 401, "The required API key was not sent.", "invalid_request_error");
  if (auth == "Bearer bad-key" || azureKey == "bad-key") {
    const std::string key = "bad-key";
    return openAiError(res, 401, "Incorrect API key provided: " + key + ". You can find your API key in your account.",
                       "invalid_request_error");
  }
  std::string system, user;
  for (const auto& message : body["messages"]) {
    if (message.value("role", "") == "system") system = textOf(message["content"]);
    if (message.value("role", "") == "user") user = textOf(message["content"]);
  }
  if (model.empty()) model = body.value("model", "fake-model");
  const Plan plan = planFor(req, state, user);
  if (plan.delayMs > 0 && !nap(state, plan.delayMs)) return openAiError(res, 503, "shutting down", "server_error");
  if (req.has_header("X-Fake-Should-Retry")) res.set_header("x-should-retry", req.get_header_value("X-Fake-Should-Retry"));
  if (isStatusFault(plan.fault)) {
    const int status = std::atoi(plan.fault.c_str());
    const bool wait = status == 429 || status == 503 || status == 529;
    return openAiError(res, status, "Injected fault " + plan.fault + " (fake server)",
                       status == 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error",
                       wait ? plan.retryAfter : std::string());
  }
  const std::string text = replyFor(state.config(), system, user);
  const Json usage = {{"prompt_tokens", tokens(system) + tokens(user)},
                      {"completion_tokens", tokens(text)},
                      {"total_tokens", tokens(system) + tokens(user) + tokens(text)}};
  const std::string id = "chatcmpl-" + std::to_string(state.nextId());
  if (body.value("stream", false)) {
    const bool includeUsage = body.contains("stream_options") && body["stream_options"].value("include_usage", false);
    return sendSteps(res, state, openAiStream(plan, id, model, text, usage, includeUsage), plan, "text/event-stream");
  }
  Json whole = {{"id", id}, {"object", "chat.completion"}, {"created", std::time(nullptr)}, {"model", model},
                {"choices", Json::array({{{"index", 0},
                                          {"message", {{"role", "assistant"}, {"content", text}}},
                                          {"finish_reason", "stop"}}})},
                {"usage", usage}};
  if (plan.has("reasoning")) whole["choices"][0]["message"]["reasoning_content"] = "Thinking about the product first.";
  std::string bytes = whole.dump();
  if (plan.fault == "malformed") bytes = bytes.substr(0, bytes.size() / 2);
  if (plan.fault == "error-event") {
    bytes = R"({"error":{"message":"The server had an error while processing your request.","type":"server_error"}})";
  }
  if (plan.fault == "cut" || plan.fault == "stall") {
    std::vector<Step> steps = {{Step::Action::Write, bytes.substr(0, bytes.size() / 2)},
                               {plan.fault == "cut" ? Step::Action::Cut : Step::Action::Stall, {}}};
    return sendSteps(res, state, std::move(steps), plan, "application/json");
  }
  res.set_content(bytes, "application/json");
}

// ---- Anthropic messages ----------------------------------------------------------------------

std::vector<Step> anthropicStream(const Plan& plan, const std::string& id, const std::string& model,
                                  const std::string& text, std::int64_t inputTokens, std::int64_t outputTokens) {
  std::vector<Step> steps;
  auto event = [&](const std::string& name, const Json& data, bool last = false) {
    const std::string tail = last && plan.has("no-trailing-blank") ? "\n" : "\n\n";
    steps.push_back({Step::Action::Write, "event: " + name + "\ndata: " + data.dump() + tail});
  };
  event("message_start", {{"type", "message_start"},
                          {"message", {{"id", id}, {"type", "message"}, {"role", "assistant"}, {"model", model},
                                       {"content", Json::array()}, {"stop_reason", nullptr},
                                       {"usage", {{"input_tokens", inputTokens}, {"output_tokens", 1}}}}}});
  event("content_block_start", {{"type", "content_block_start"}, {"index", 0},
                                {"content_block", {{"type", "text"}, {"text", ""}}}});
  event("ping", {{"type", "ping"}});
  const auto parts = pieces(text, plan.chunks);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i == parts.size() / 2 && plan.fault == "cut") steps.push_back({Step::Action::Cut, {}});
    if (i == 1 || parts.size() == 1) {
      if (plan.fault == "malformed") steps.push_back({Step::Action::Write, "event: content_block_delta\ndata: {\"type\n\n"});
      if (plan.fault == "error-event") {
        event("error", {{"type", "error"}, {"error", {{"type", "overloaded_error"}, {"message", "Overloaded"}}}});
        return steps;
      }
      if (plan.fault == "stall") steps.push_back({Step::Action::Stall, {}});
    }
    event("content_block_delta", {{"type", "content_block_delta"}, {"index", 0},
                                  {"delta", {{"type", "text_delta"}, {"text", parts[i]}}}});
  }
  event("content_block_stop", {{"type", "content_block_stop"}, {"index", 0}});
  event("message_delta", {{"type", "message_delta"},
                          {"delta", {{"stop_reason", "end_turn"}, {"stop_sequence", nullptr}}},
                          {"usage", {{"output_tokens", outputTokens}}}});
  event("message_stop", {{"type", "message_stop"}}, true);
  return steps;
}

void handleAnthropic(const httplib::Request& req, httplib::Response& res, ServerState& state) {
  const Json body = Json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("messages") || !body.contains("max_tokens")) {
    return anthropicError(res, 400, "invalid_request_error", "messages and max_tokens: field required");
  }
  if (!req.has_header("anthropic-version")) {
    return anthropicError(res, 400, "invalid_request_error", "anthropic-version: header is required");
  }
  const std::string key = req.get_header_value("x-api-key");
  if (key.empty() || key == "bad-key" || lacksRequiredKey(req)) {
    return anthropicError(res, 401, "authentication_error", "invalid x-api-key");
  }
  const std::string system = body.contains("system") ? textOf(body["system"]) : std::string();
  std::string user;
  for (const auto& message : body["messages"]) {
    if (message.value("role", "") == "user") user = textOf(message["content"]);
  }
  const std::string model = body.value("model", "fake-claude");
  const Plan plan = planFor(req, state, user);
  if (plan.delayMs > 0 && !nap(state, plan.delayMs)) return anthropicError(res, 503, "api_error", "shutting down");
  if (isStatusFault(plan.fault)) {
    const int status = std::atoi(plan.fault.c_str());
    const std::string type = status == 429 ? "rate_limit_error" : status == 529 ? "overloaded_error"
                             : status >= 500 ? "api_error" : "invalid_request_error";
    const bool wait = status == 429 || status == 503 || status == 529;
    return anthropicError(res, status, type, "Injected fault " + plan.fault + " (fake server)",
                          wait ? plan.retryAfter : std::string());
  }
  const std::string text = replyFor(state.config(), system, user);
  const std::string id = "msg_" + std::to_string(state.nextId());
  const auto inputTokens = tokens(system) + tokens(user);
  if (body.value("stream", false)) {
    return sendSteps(res, state, anthropicStream(plan, id, model, text, inputTokens, tokens(text)), plan,
                     "text/event-stream");
  }
  jsonReply(res, 200, {{"id", id}, {"type", "message"}, {"role", "assistant"}, {"model", model},
                       {"content", Json::array({{{"type", "text"}, {"text", text}}})},
                       {"stop_reason", "end_turn"}, {"stop_sequence", nullptr},
                       {"usage", {{"input_tokens", inputTokens}, {"output_tokens", tokens(text)}}}});
}

void handleModels(const httplib::Request& req, httplib::Response& res, ServerState& state) {
  state.count("/v1/models");
  if (lacksRequiredKey(req) || req.get_header_value("Authorization") == "Bearer bad-key" ||
      req.get_header_value("x-api-key") == "bad-key") {
    return openAiError(res, 401, "Incorrect API key provided: bad-key.", "invalid_request_error");
  }
  Json data = Json::array();
  for (const char* id : {"fake-small", "fake-large", "fake-reasoner"}) {
    data.push_back({{"id", id}, {"object", "model"}, {"created", 0}, {"owned_by", "copydesk"}});
  }
  jsonReply(res, 200, {{"object", "list"}, {"data", data}});
}

}  // namespace

void installChatRoutes(httplib::Server& server, ServerState& state) {
  server.Post("/v1/chat/completions", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/chat/completions");
    handleOpenAi(req, res, state, {});
  });
  server.Post(R"(/openai/deployments/([^/]+)/chat/completions)",
              [&state](const httplib::Request& req, httplib::Response& res) {
                state.count("azure");
                if (!req.has_param("api-version")) {
                  return openAiError(res, 404, "Resource not found (api-version missing)", "invalid_request_error");
                }
                if (req.get_header_value("api-key").empty()) {
                  return openAiError(res, 401, "Access denied due to invalid subscription key.", "invalid_request_error");
                }
                handleOpenAi(req, res, state, req.matches[1]);
              });
  server.Post("/v1/messages", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/messages");
    handleAnthropic(req, res, state);
  });
  server.Get("/v1/models", [&state](const httplib::Request& req, httplib::Response& res) {
    handleModels(req, res, state);
  });
}

}  // namespace copydesk::fake
