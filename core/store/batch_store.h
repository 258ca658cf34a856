#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// running: started and not yet ended (or the process died); completed: every slot has a draft;
// incomplete: ended with failed or unstarted slots, which --resume can still fill.
inline constexpr const char* kBatchRunning = "running";
inline constexpr const char* kBatchCompleted = "completed";
inline constexpr const char* kBatchIncomplete = "incomplete";

struct BatchRecord {
  std::int64_t id = 0;
  std::optional<std::int64_t> templateVersionId;
  std::string field;
  Json plan = Json::object();  // products, variants, targets, parameters and the resume key
  std::string status;
  std::string createdAt;
  std::string finishedAt;
};

// A slot of a batch that already has its draft.
struct FilledSlot {
  std::int64_t productId = 0;
  int variant = 0;
  std::string model;
  std::int64_t personaId = 0;  // 0: for no persona
  std::int64_t sourceDraftId = 0;  // a translation's source (issue 14); 0: none
  std::string language;            // a translation's language; "" none
  std::int64_t questionId = 0;     // an answer's question (issue 14); 0: none
};

// The batches table, and which of a batch's slots are already done.
class BatchStore final {
 public:
  explicit BatchStore(Database& db) : m_db(db) {}

  Result<BatchRecord> create(std::optional<std::int64_t> templateVersionId, const std::string& field,
                             const Json& plan);
  Result<std::optional<BatchRecord>> get(std::int64_t id);
  // The newest batch whose plan carries this resume key and that is not completed.
  Result<std::optional<BatchRecord>> latestUnfinished(const std::string& resumeKey);
  // The newest batch whose plan carries this resume key, whatever its status.
  Result<std::optional<BatchRecord>> latestWithKey(const std::string& resumeKey);
  Result<std::vector<BatchRecord>> list();  // newest first

  Status setStatus(std::int64_t id, const std::string& status);  // stamps finished_at unless running
  Status updatePlan(std::int64_t id, const Json& plan);
  Result<std::vector<FilledSlot>> filledSlots(std::int64_t batchId);

 private:
  Database& m_db;
};

}  // namespace copydesk
