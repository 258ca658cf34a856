#include <ctime>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/server/fake_reply.h"
#include "tests/server/fake_server.h"

namespace copydesk::fake {

namespace {

using Json = nlohmann::json;

void jsonReply(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json");
}

void error(httplib::Response& res, int status, const std::string& message) {
  jsonReply(res, status, {{"error", {{"message", message}, {"type", "invalid_request_error"}}}});
}

std::string userPrompt(const Json& body, std::string& system) {
  std::string user;
  if (!body.contains("messages") || !body["messages"].is_array()) return user;
  for (const auto& message : body["messages"]) {
    if (!message.is_object() || !message.contains("content") || !message["content"].is_string()) continue;
    if (message.value("role", "") == "system") system = message["content"].get<std::string>();
    if (message.value("role", "") == "user") user = message["content"].get<std::string>();
  }
  return user;
}

// One output line per input line, like OpenAI's: a chat completion, or an error for a bad line.
// A prompt carrying "[[batch-fail]]" gets a 400 response line.
std::string resultsFor(const ServerConfig& config, const std::string& input, int& total, int& failed) {
  std::vector<std::string> lines;
  std::istringstream in(input);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line == "\r") continue;
    ++total;
    const Json request = Json::parse(line, nullptr, false);
    Json result = {{"id", "batch_req_" + std::to_string(++n)}};
    if (request.is_discarded() || !request.is_object() || !request.contains("custom_id")) {
      ++failed;
      result["custom_id"] = nullptr;
      result["response"] = nullptr;
      result["error"] = {{"code", "invalid_json_line"}, {"message", "line " + std::to_string(total) + " is not valid"}};
      lines.push_back(result.dump());
      continue;
    }
    const Json body = request.value("body", Json::object());
    std::string system;
    const std::string user = userPrompt(body, system);
    const std::string text = replyFor(config, system, user);
    result["custom_id"] = request["custom_id"];
    if (user.find("[[batch-fail]]") != std::string::npos) {
      ++failed;
      result["response"] = {{"status_code", 400}, {"request_id", "req_" + std::to_string(n)},
                            {"body", {{"error", {{"message", "Injected batch line failure"},
                                                 {"type", "invalid_request_error"}}}}}};
    } else {
      const Json usage = {{"prompt_tokens", tokens(system) + tokens(user)}, {"completion_tokens", tokens(text)},
                          {"total_tokens", tokens(system) + tokens(user) + tokens(text)}};
      result["response"] = {
          {"status_code", 200},
          {"request_id", "req_" + std::to_string(n)},
          {"body", {{"id", "chatcmpl-b" + std::to_string(n)}, {"object", "chat.completion"},
                    {"created", std::time(nullptr)}, {"model", body.value("model", "fake-model")},
                    {"choices", Json::array({{{"index", 0},
                                              {"message", {{"role", "assistant"}, {"content", text}}},
                                              {"finish_reason", "stop"}}})},
                    {"usage", usage}}}};
    }
    result["error"] = nullptr;
    lines.push_back(result.dump());
  }
  // Real batches do not keep input order: callers must match by custom_id.
  std::string out;
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) out += *it + "\n";
  return out;
}

Json batchJson(ServerState& state, StoredBatch batch) {
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - batch.createdAt).count();
  std::string status = "validating";
  if (batch.cancelled) {
    status = "cancelled";
  } else if (elapsed >= batch.delayMs) {
    status = "completed";
    if (batch.outputFileId.empty()) {
      StoredFile input;
      state.file(batch.inputFileId, input);
      batch.total = batch.failed = 0;
      const std::string output = resultsFor(state.config(), input.content, batch.total, batch.failed);
      batch.outputFileId = state.addFile({"batch_output.jsonl", "batch_output", output});
      state.updateBatch(batch);
    }
  } else if (elapsed >= batch.delayMs / 2) {
    status = "in_progress";
  }
  Json json = {{"id", batch.id}, {"object", "batch"}, {"endpoint", batch.endpoint},
               {"input_file_id", batch.inputFileId}, {"completion_window", batch.window}, {"status", status},
               {"created_at", batch.createdUnix}, {"error_file_id", nullptr},
               {"request_counts", {{"total", batch.total}, {"completed", status == "completed" ? batch.total - batch.failed : 0},
                                   {"failed", status == "completed" ? batch.failed : 0}}}};
  json["output_file_id"] = batch.outputFileId.empty() ? Json(nullptr) : Json(batch.outputFileId);
  return json;
}

}  // namespace

void installBatchRoutes(httplib::Server& server, ServerState& state) {
  server.Post("/v1/files", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/files");
    if (!req.is_multipart_form_data() || !req.has_file("file")) return error(res, 400, "multipart field 'file' is required");
    const std::string purpose = req.has_file("purpose") ? req.get_file_value("purpose").content : std::string();
    if (purpose != "batch") return error(res, 400, "purpose must be 'batch'");
    const auto file = req.get_file_value("file");
    const std::string id = state.addFile({file.filename, purpose, file.content});
    jsonReply(res, 200, {{"id", id}, {"object", "file"}, {"bytes", file.content.size()},
                         {"created_at", std::time(nullptr)}, {"filename", file.filename}, {"purpose", purpose}});
  });
  server.Post("/v1/batches", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/batches");
    const Json body = Json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) return error(res, 400, "the body is not JSON");
    StoredBatch batch;
    batch.inputFileId = body.value("input_file_id", "");
    batch.endpoint = body.value("endpoint", "");
    batch.window = body.value("completion_window", "");
    StoredFile input;
    if (!state.file(batch.inputFileId, input)) return error(res, 404, "No such file: " + batch.inputFileId);
    if (batch.endpoint != "/v1/chat/completions") return error(res, 400, "endpoint must be /v1/chat/completions");
    if (batch.window != "24h") return error(res, 400, "completion_window must be 24h");
    batch.createdAt = std::chrono::steady_clock::now();
    batch.createdUnix = std::time(nullptr);
    batch.delayMs = req.has_header("X-Fake-Batch-Delay-Ms")
                        ? std::atoi(req.get_header_value("X-Fake-Batch-Delay-Ms").c_str())
                        : state.config().batchDelayMs;
    batch.id = state.addBatch(batch);
    jsonReply(res, 200, batchJson(state, batch));
  });
  server.Get(R"(/v1/batches/([^/]+))", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/batches/{id}");
    StoredBatch batch;
    if (!state.batch(req.matches[1], batch)) return error(res, 404, "No such batch");
    jsonReply(res, 200, batchJson(state, batch));
  });
  server.Post(R"(/v1/batches/([^/]+)/cancel)", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/batches/{id}/cancel");
    StoredBatch batch;
    if (!state.batch(req.matches[1], batch)) return error(res, 404, "No such batch");
    batch.cancelled = true;
    state.updateBatch(batch);
    jsonReply(res, 200, batchJson(state, batch));
  });
  server.Get(R"(/v1/files/([^/]+)/content)", [&state](const httplib::Request& req, httplib::Response& res) {
    state.count("/v1/files/{id}/content");
    StoredFile file;
    if (!state.file(req.matches[1], file)) return error(res, 404, "No such file");
    res.set_content(file.content, "application/jsonl");
  });
}

}  // namespace copydesk::fake
