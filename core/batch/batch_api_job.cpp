#include "core/batch/batch_api_job.h"

#include <chrono>
#include <thread>

#include "core/llm/openai_protocol.h"
#include "core/common/error_id.h"

namespace copydesk::batch {
namespace {

using Clock = std::chrono::steady_clock;

// `notObject` words the refusal for the step that got the reply (uploading, creating, polling).
Result<Json> parseObject(const HttpReply& reply, ErrorId notObject, std::vector<std::string> args = {}) {
  Json json = Json::parse(reply.body, nullptr, false);
  if (!json.is_object()) return makeError(notObject, ErrorCode::Provider, std::move(args));
  return json;
}

std::string stringField(const Json& json, const char* key) {
  auto it = json.find(key);
  return it != json.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string errorText(const Json& error) {
  if (error.is_string()) return error.get<std::string>();
  if (!error.is_object()) return "failed";
  std::string message = stringField(error, "message");
  const std::string code = stringField(error, "code");
  if (!code.empty()) message = code + (message.empty() ? "" : ": " + message);
  return message.empty() ? error.dump() : message;
}

BatchApiResult decodeLine(const Json& line) {
  BatchApiResult r;
  r.customId = stringField(line, "custom_id");
  if (auto err = line.find("error"); err != line.end() && !err->is_null()) {
    r.error = errorText(*err);
    return r;
  }
  const Json response = line.value("response", Json::object());
  const int status = response.value("status_code", 0);
  const Json body = response.value("body", Json::object());
  if (status < 200 || status >= 300) {
    r.error = "HTTP " + std::to_string(status) + ": " + errorText(body.value("error", Json(body.dump())));
    return r;
  }
  const llm::StreamDelta delta = llm::openai::decodeBody(body.dump());
  if (delta.error) {
    r.error = delta.error->describe();
    return r;
  }
  r.ok = true;
  r.text = delta.text;
  r.reasoning = delta.reasoning;
  r.usageReported = delta.inputTokens || delta.outputTokens;
  r.inputTokens = delta.inputTokens.value_or(0);
  r.outputTokens = delta.outputTokens.value_or(0);
  r.model = delta.model;
  r.finishReason = delta.finishReason;
  return r;
}

}  // namespace

std::string BatchApiJob::jsonl(const BatchPlan& plan, const std::vector<BatchSlot>& slots) {
  std::string out;
  for (const auto& slot : slots) {
    llm::ChatRequest request = plan.request(slot);
    request.stream = false;
    Json line = {{"custom_id", slot.customId()},
                 {"method", "POST"},
                 {"url", "/v1/chat/completions"},
                 {"body", llm::openai::requestBody(request, request.model)}};
    out += line.dump();
    out += '\n';
  }
  return out;
}

Result<std::string> BatchApiJob::upload(const std::string& jsonlText, const std::string& fileName) {
  auto reply = m_http.postFile("/files", "batch", fileName, jsonlText);
  if (!reply) return reply.error();
  auto json = parseObject(*reply, "batch.api.upload-reply-not-object");
  if (!json) return json.error();
  std::string id = stringField(*json, "id");
  if (id.empty()) return makeError("batch.api.upload-without-id", ErrorCode::Provider);
  return id;
}

Result<std::string> BatchApiJob::create(const std::string& inputFileId) {
  const Json body = {{"input_file_id", inputFileId}, {"endpoint", "/v1/chat/completions"},
                     {"completion_window", "24h"}};
  auto reply = m_http.postJson("/batches", body.dump());
  if (!reply) return reply.error();
  auto json = parseObject(*reply, "batch.api.create-reply-not-object");
  if (!json) return json.error();
  std::string id = stringField(*json, "id");
  if (id.empty()) return makeError("batch.api.create-without-id", ErrorCode::Provider);
  return id;
}

Result<Json> BatchApiJob::wait(const std::string& batchId, const std::function<void(const Json&)>& onPoll,
                               const std::atomic<bool>* cancel) {
  const auto deadline = Clock::now() + std::chrono::milliseconds(m_options.maxWaitMs);
  for (;;) {
    auto reply = m_http.get("/batches/" + batchId);
    if (!reply) return reply.error();
    auto json = parseObject(*reply, "batch.api.poll-reply-not-object", {batchId});
    if (!json) return json.error();
    if (onPoll) onPoll(*json);
    const std::string status = stringField(*json, "status");
    if (status == "completed" || status == "failed" || status == "expired" || status == "cancelled") return json;
    if (Clock::now() >= deadline) return makeError("batch.api.wait-limit", ErrorCode::Network, {batchId, status});
    // Sleeps in short steps so that a cancel is noticed quickly.
    const auto wake = Clock::now() + std::chrono::milliseconds(m_options.pollIntervalMs);
    while (Clock::now() < wake) {
      if (cancel && *cancel) return makeError("batch.api.stopped-waiting", ErrorCode::Cancelled, {batchId});
      std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::milliseconds(50), wake - Clock::now()));
    }
  }
}

Result<std::vector<BatchApiResult>> BatchApiJob::results(const Json& batch) {
  std::vector<BatchApiResult> all;
  for (const char* key : {"output_file_id", "error_file_id"}) {
    const std::string fileId = stringField(batch, key);
    if (fileId.empty()) continue;
    auto content = download(fileId);
    if (!content) return content.error();
    for (auto& r : parseResults(*content)) all.push_back(std::move(r));
  }
  return all;
}

Result<std::string> BatchApiJob::download(const std::string& fileId) {
  auto reply = m_http.get("/files/" + fileId + "/content");
  if (!reply) return reply.error();
  return std::move(reply->body);
}

std::vector<BatchApiResult> BatchApiJob::parseResults(std::string_view text) {
  std::vector<BatchApiResult> results;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Json json = Json::parse(line, nullptr, false);
    if (!json.is_object()) continue;  // an unreadable line: its slot ends up "missing from the output"
    results.push_back(decodeLine(json));
  }
  return results;
}

}  // namespace copydesk::batch
