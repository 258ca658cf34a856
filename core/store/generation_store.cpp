#include "core/store/generation_store.h"

#include <array>

#include "core/common/paths.h"

namespace copydesk {
namespace {

constexpr std::array<std::string_view, 3> kOutcomeNames = {"ok", "failed", "cancelled"};

constexpr const char* kSelect =
    "SELECT id, batch_id, product_id, template_version_id, field, variant, provider, model, parameters, "
    "system_prompt, user_prompt, output, reasoning, input_tokens, output_tokens, cost, attempts, started_at, "
    "coalesce(finished_at, ''), latency_ms, first_token_ms, outcome, error FROM generations";

Generation readGeneration(const Statement& stmt) {
  Generation g;
  g.id = stmt.integer(0);
  g.batchId = stmt.optionalInteger(1);
  g.productId = stmt.optionalInteger(2);
  g.templateVersionId = stmt.optionalInteger(3);
  g.field = stmt.text(4);
  g.variant = static_cast<int>(stmt.integer(5));
  g.provider = stmt.text(6);
  g.model = stmt.text(7);
  Json parameters = Json::parse(stmt.textView(8), nullptr, false);
  g.parameters = parameters.is_object() ? parameters : Json::object();
  g.systemPrompt = stmt.text(9);
  g.userPrompt = stmt.text(10);
  g.output = stmt.text(11);
  g.reasoning = stmt.text(12);
  g.inputTokens = stmt.optionalInteger(13);
  g.outputTokens = stmt.optionalInteger(14);
  g.cost = stmt.optionalReal(15);
  g.attempts = static_cast<int>(stmt.integer(16));
  g.startedAt = stmt.text(17);
  g.finishedAt = stmt.text(18);
  g.latencyMs = stmt.optionalInteger(19);
  g.firstTokenMs = stmt.optionalInteger(20);
  g.outcome = generationOutcomeFromString(stmt.textView(21)).value_or(GenerationOutcome::Failed);
  g.error = stmt.text(22);
  return g;
}

}  // namespace

std::string_view toString(GenerationOutcome outcome) { return kOutcomeNames[static_cast<size_t>(outcome)]; }

std::optional<GenerationOutcome> generationOutcomeFromString(std::string_view text) {
  for (size_t i = 0; i < kOutcomeNames.size(); ++i) {
    if (kOutcomeNames[i] == text) return static_cast<GenerationOutcome>(i);
  }
  return std::nullopt;
}

Result<std::int64_t> GenerationStore::insert(const Generation& g) {
  if (!m_insert.prepared()) {
    auto stmt = m_db.prepare(
        "INSERT INTO generations (batch_id, product_id, template_version_id, field, variant, provider, model, "
        "parameters, system_prompt, user_prompt, output, reasoning, input_tokens, output_tokens, cost, attempts, "
        "started_at, finished_at, latency_ms, first_token_ms, outcome, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) return stmt.error();
    m_insert = std::move(*stmt);
  }
  const std::string now = nowIso8601();
  m_insert.reset();
  m_insert.bind(1, g.batchId)
      .bind(2, g.productId)
      .bind(3, g.templateVersionId)
      .bind(4, g.field)
      .bind(5, g.variant)
      .bind(6, g.provider)
      .bind(7, g.model)
      .bind(8, g.parameters.dump())
      .bindUncopied(9, g.systemPrompt)
      .bindUncopied(10, g.userPrompt)
      .bindUncopied(11, g.output)
      .bindUncopied(12, g.reasoning)
      .bind(13, g.inputTokens)
      .bind(14, g.outputTokens)
      .bind(15, g.cost)
      .bind(16, g.attempts)
      .bind(17, g.startedAt.empty() ? now : g.startedAt)
      .bind(18, g.finishedAt.empty() ? now : g.finishedAt)
      .bind(19, g.latencyMs)
      .bind(20, g.firstTokenMs)
      .bind(21, toString(g.outcome))
      .bind(22, g.error);
  if (!m_insert.run()) return m_db.lastError("recording a generation");
  return m_db.lastInsertId();
}

Result<std::optional<Generation>> GenerationStore::get(std::int64_t id) {
  auto stmt = m_db.prepare(std::string(kSelect) + " WHERE id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("reading generation " + std::to_string(id));
    return std::optional<Generation>{};
  }
  return std::optional<Generation>(readGeneration(*stmt));
}

Result<std::vector<Generation>> GenerationStore::list(const GenerationQuery& query) {
  std::string sql = std::string(kSelect) + " WHERE 1 = 1";
  if (query.batchId) sql += " AND batch_id = ?";
  if (query.productId) sql += " AND product_id = ?";
  if (query.outcome) sql += " AND outcome = ?";
  sql += " ORDER BY id LIMIT ?";
  auto stmt = m_db.prepare(sql);
  if (!stmt) return stmt.error();
  int index = 1;
  if (query.batchId) stmt->bind(index++, *query.batchId);
  if (query.productId) stmt->bind(index++, *query.productId);
  if (query.outcome) stmt->bind(index++, toString(*query.outcome));
  stmt->bind(index, query.limit);
  std::vector<Generation> rows;
  while (stmt->step()) rows.push_back(readGeneration(*stmt));
  if (!stmt->ok()) return m_db.lastError("listing generations");
  return rows;
}

}  // namespace copydesk
