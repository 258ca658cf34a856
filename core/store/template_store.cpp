#include "core/store/template_store.h"

#include "core/common/paths.h"
#include "core/common/error_id.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

constexpr const char* kSelect =
    "SELECT v.id, v.template_id, v.version, t.name, v.system_part, v.user_part, v.field, v.channel, v.language, "
    "v.model, v.temperature, v.max_tokens, v.variables, v.author, v.note, v.created_at "
    "FROM template_versions v JOIN templates t ON t.id = v.template_id ";

TemplateVersion readVersion(const Statement& stmt) {
  TemplateVersion v;
  v.id = stmt.integer(0);
  v.templateId = stmt.integer(1);
  v.version = static_cast<int>(stmt.integer(2));
  v.prompt.name = stmt.text(3);
  v.prompt.systemPart = stmt.text(4);
  v.prompt.userPart = stmt.text(5);
  v.prompt.field = stmt.text(6);
  v.prompt.channel = stmt.text(7);
  v.prompt.language = stmt.text(8);
  v.prompt.defaults.model = stmt.text(9);
  v.prompt.defaults.temperature = stmt.optionalReal(10);
  if (auto tokens = stmt.optionalInteger(11)) v.prompt.defaults.maxTokens = static_cast<int>(*tokens);
  Json variables = Json::parse(stmt.textView(12), nullptr, false);
  v.prompt.variables = variables.is_object() ? variables : Json::object();
  v.author = stmt.text(13);
  v.note = stmt.text(14);
  v.createdAt = stmt.text(15);
  return v;
}

}  // namespace

Result<TemplateVersion> TemplateStore::save(const PromptTemplate& prompt, const std::string& author,
                                            const std::string& note) {
  if (prompt.name.empty()) return makeError("template.without-name", ErrorCode::InvalidInput);
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto ensure = m_db.prepare("INSERT INTO templates (name) VALUES (?) ON CONFLICT(name) DO NOTHING");
  if (!ensure) return ensure.error();
  if (!ensure->bind(1, prompt.name).run()) return m_db.lastError("saving template " + prompt.name);

  auto insert = m_db.prepare(
      "INSERT INTO template_versions (template_id, version, system_part, user_part, field, channel, language, "
      "model, temperature, max_tokens, variables, author, note, created_at) "
      "SELECT t.id, coalesce((SELECT max(version) FROM template_versions WHERE template_id = t.id), 0) + 1, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM templates t WHERE t.name = ?");
  if (!insert) return insert.error();
  std::optional<std::int64_t> maxTokens;
  if (prompt.defaults.maxTokens) maxTokens = *prompt.defaults.maxTokens;
  insert->bind(1, prompt.systemPart)
      .bind(2, prompt.userPart)
      .bind(3, prompt.field)
      .bind(4, prompt.channel)
      .bind(5, prompt.language)
      .bind(6, prompt.defaults.model)
      .bind(7, prompt.defaults.temperature)
      .bind(8, maxTokens)
      .bind(9, prompt.variables.dump())
      .bind(10, author.empty() ? currentUserName() : author)
      .bind(11, note)
      .bind(12, nowIso8601())
      .bind(13, prompt.name);
  if (!insert->run()) return m_db.lastError("saving template " + prompt.name);
  const std::int64_t versionId = m_db.lastInsertId();
  if (auto st = tx.commit(); !st) return st.error();
  auto saved = byVersionId(versionId);
  if (!saved) return saved.error();
  return std::move(**saved);
}

Result<std::optional<TemplateVersion>> TemplateStore::latest(const std::string& name) {
  auto rows = query("WHERE t.name = ? ORDER BY v.version DESC LIMIT 1", name);
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<TemplateVersion>{};
  return std::optional<TemplateVersion>(std::move(rows->front()));
}

Result<std::optional<TemplateVersion>> TemplateStore::byVersionId(std::int64_t versionId) {
  auto rows = query("WHERE v.id = ?", {}, versionId);
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<TemplateVersion>{};
  return std::optional<TemplateVersion>(std::move(rows->front()));
}

Result<std::vector<TemplateVersion>> TemplateStore::versions(const std::string& name) {
  return query("WHERE t.name = ? ORDER BY v.version", name);
}

Result<std::vector<TemplateVersion>> TemplateStore::listLatest() {
  return query(
      "WHERE v.version = (SELECT max(version) FROM template_versions WHERE template_id = t.id) ORDER BY t.name" +
          std::string(byteOrder(m_db)),
      {});
}

Result<bool> TemplateStore::exists(const std::string& name) {
  auto stmt = m_db.prepare("SELECT 1 FROM templates WHERE name = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, name);
  const bool found = stmt->step();
  if (!stmt->ok()) return m_db.lastError("looking up template " + name);
  return found;
}

Result<std::vector<TemplateVersion>> TemplateStore::query(const std::string& whereAndOrder,
                                                          const std::string& binding,
                                                          std::optional<std::int64_t> id) {
  auto stmt = m_db.prepare(std::string(kSelect) + whereAndOrder);
  if (!stmt) return stmt.error();
  if (id) {
    stmt->bind(1, *id);
  } else if (whereAndOrder.find('?') != std::string::npos) {
    stmt->bind(1, binding);
  }
  std::vector<TemplateVersion> result;
  while (stmt->step()) result.push_back(readVersion(*stmt));
  if (!stmt->ok()) return m_db.lastError("reading templates");
  return result;
}

}  // namespace copydesk
