#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/templates/prompt_template.h"

namespace copydesk {

// One saved version of a template. Versions are immutable: saving again makes a new one.
struct TemplateVersion {
  std::int64_t id = 0;          // template_versions.id: what drafts and generations point at
  std::int64_t templateId = 0;
  int version = 0;              // 1, 2, 3… per template
  PromptTemplate prompt;
  std::string author;
  std::string note;
  std::string createdAt;
};

class TemplateStore final {
 public:
  explicit TemplateStore(Database& db) : m_db(db) {}

  // Saves a new version of prompt.name (creating the template on its first save).
  Result<TemplateVersion> save(const PromptTemplate& prompt, const std::string& author = {},
                               const std::string& note = {});
  Result<std::optional<TemplateVersion>> latest(const std::string& name);
  Result<std::optional<TemplateVersion>> byVersionId(std::int64_t versionId);
  Result<std::vector<TemplateVersion>> versions(const std::string& name);  // oldest first
  Result<std::vector<TemplateVersion>> listLatest();                        // by name
  Result<bool> exists(const std::string& name);

 private:
  Result<std::vector<TemplateVersion>> query(const std::string& whereAndOrder, const std::string& binding,
                                             std::optional<std::int64_t> id = std::nullopt);
  Database& m_db;
};

}  // namespace copydesk
