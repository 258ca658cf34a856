#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

enum class GenerationOutcome { Ok, Failed, Cancelled };

std::string_view toString(GenerationOutcome outcome);
std::optional<GenerationOutcome> generationOutcomeFromString(std::string_view text);

// One call to a model, successful or not, with the prompt exactly as sent.
struct Generation {
  std::int64_t id = 0;
  std::optional<std::int64_t> batchId;
  std::optional<std::int64_t> productId;
  std::optional<std::int64_t> templateVersionId;
  std::string field;
  int variant = 0;
  std::string provider;        // the profile's name
  std::string model;
  Json parameters = Json::object();  // temperature, max_tokens, stream, batch_api…
  std::string systemPrompt;
  std::string userPrompt;
  std::string output;
  std::string reasoning;
  std::optional<std::int64_t> inputTokens;
  std::optional<std::int64_t> outputTokens;
  std::optional<double> cost;
  int attempts = 1;
  std::string startedAt;       // empty: now
  std::string finishedAt;      // empty: now
  std::optional<std::int64_t> latencyMs;
  std::optional<std::int64_t> firstTokenMs;
  GenerationOutcome outcome = GenerationOutcome::Ok;
  std::string error;           // the readable reason of a failure
};

struct GenerationQuery {
  std::optional<std::int64_t> batchId;
  std::optional<std::int64_t> productId;
  std::optional<GenerationOutcome> outcome;
  std::int64_t limit = -1;
};

// The generations table: append-only history of model calls.
class GenerationStore final {
 public:
  explicit GenerationStore(Database& db) : m_db(db) {}

  Result<std::int64_t> insert(const Generation& generation);
  Result<std::optional<Generation>> get(std::int64_t id);
  Result<std::vector<Generation>> list(const GenerationQuery& query = {});  // id order

 private:
  Database& m_db;
  Statement m_insert;  // prepared once: a batch inserts thousands
};

}  // namespace copydesk
