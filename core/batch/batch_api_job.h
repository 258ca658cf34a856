#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/batch/batch_api_http.h"
#include "core/batch/batch_plan.h"
#include "core/common/json.h"
#include "core/common/result.h"
#include "core/llm/api_key_source.h"

namespace copydesk::batch {

struct BatchApiOptions {
  int pollIntervalMs = 30000;
  std::int64_t maxWaitMs = 25LL * 3600 * 1000;  // the 24 h completion window and some slack
  llm::ApiKeySource apiKey;                     // empty: llm::environmentKey (BatchSession: its client's)
};

// One line of a Batch API output (or error) file, decoded.
struct BatchApiResult {
  std::string customId;
  bool ok = false;
  std::string text;
  std::string reasoning;
  std::int64_t inputTokens = 0;
  std::int64_t outputTokens = 0;
  bool usageReported = false;
  std::string model;
  std::string finishReason;
  std::string error;  // why it failed
};

// The OpenAI Batch API round trip for one target: a JSONL file of chat requests (custom_id per
// slot), POST /files (purpose=batch), POST /batches (24h window), GET /batches/{id} until it
// ends, GET /files/{output_file_id}/content. Results come back by custom_id.
class BatchApiJob final {
 public:
  BatchApiJob(const llm::ProviderProfile& profile, BatchApiOptions options)
      : m_http(profile, llm::keyFrom(options.apiKey, profile)), m_options(std::move(options)) {}

  // One line per slot: {"custom_id", "method":"POST", "url":"/v1/chat/completions", "body":{…}}.
  static std::string jsonl(const BatchPlan& plan, const std::vector<BatchSlot>& slots);

  Result<std::string> upload(const std::string& jsonlText, const std::string& fileName);  // the file id
  Result<std::string> create(const std::string& inputFileId);                            // the batch id
  // Polls until completed, failed, expired or cancelled; returns the last batch object.
  // onPoll sees every status (for progress); cancel (may be null) stops waiting.
  Result<Json> wait(const std::string& batchId, const std::function<void(const Json&)>& onPoll,
                    const std::atomic<bool>* cancel);
  // Output and error files of a finished batch, decoded.
  Result<std::vector<BatchApiResult>> results(const Json& batch);

  static std::vector<BatchApiResult> parseResults(std::string_view jsonlText);

 private:
  Result<std::string> download(const std::string& fileId);

  BatchApiHttp m_http;
  BatchApiOptions m_options;
};

}  // namespace copydesk::batch
