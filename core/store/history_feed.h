#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// What a history entry records: a call to a model, or a version of a draft's text (the first
// version being the one the draft was created with).
enum class HistoryKind { Generation, Edit };

// One line of the history: a generation or a draft version, with what made it. Fields that do not
// apply to the kind stay empty (an edit has no tokens; a failed generation has no draft).
struct HistoryEntry {
  HistoryKind kind = HistoryKind::Generation;
  std::int64_t id = 0;                      // generations.id or draft_edits.id
  std::optional<std::int64_t> draftId;      // the draft it belongs to (a generation: the draft it made)
  std::optional<std::int64_t> generationId; // the generation (an edit: the one that made its draft)
  std::optional<std::int64_t> productId;
  std::string sku;
  std::string productTitle;
  std::string field;
  int variant = 0;
  std::optional<std::int64_t> templateVersionId;
  std::string templateName;  // empty when no template made it
  int templateVersion = 0;
  int editNumber = 0;        // an edit: 1 for the draft's first text, 2 for the next…
  std::string provider;
  std::string model;
  Json parameters = Json::object();
  std::optional<std::int64_t> inputTokens;
  std::optional<std::int64_t> outputTokens;
  std::optional<double> cost;
  std::optional<std::int64_t> latencyMs;
  std::string outcome;  // a generation: "ok", "failed" or "cancelled"; an edit: ""
  std::string error;    // why a generation failed
  std::string text;     // the model's output, or the draft's text at that version
  std::string author;
  std::string at;       // when it started (a generation) or was saved (an edit); ISO 8601 UTC
};

struct HistoryQuery {
  std::optional<std::int64_t> productId;  // unset: across the catalog
  // Substring over the texts (output, failure reason, edited text), Chinese included; ASCII
  // letters ignore case.
  std::string search;
  std::int64_t limit = 1000;
};

// Generations and draft versions together, newest first.
Result<std::vector<HistoryEntry>> listHistory(Database& db, const HistoryQuery& query = {});

}  // namespace copydesk
