#include "core/templates/template_file.h"

#include "core/templates/json_file.h"
#include "core/common/error_id.h"
#include "core/common/utf8.h"

namespace copydesk {
namespace {

// `expected` words what the field must hold ("template.field-not-number": "field '%1' must be a number").
Error fieldError(const std::string& where, const std::string& field, ErrorId expected) {
  return makeError(expected, ErrorCode::InvalidInput, {field}, where);
}

// A string, or a list of strings joined with "\n"; absent gives "".
Result<std::string> readText(const Json& definition, const std::string& field, const std::string& where) {
  const auto found = definition.find(field);
  if (found == definition.end() || found->is_null()) return std::string();
  if (found->is_string()) return found->get<std::string>();
  if (!found->is_array()) return fieldError(where, field, "template.field-not-text");
  std::string text;
  for (std::size_t i = 0; i < found->size(); ++i) {
    const Json& line = (*found)[i];
    if (!line.is_string()) return fieldError(where, field, "template.field-not-text");
    if (i > 0) text += '\n';
    text += line.get<std::string>();
  }
  return text;
}

Status readString(const Json& definition, const std::string& field, const std::string& where, std::string& out) {
  const auto found = definition.find(field);
  if (found == definition.end() || found->is_null()) return {};
  if (!found->is_string()) return fieldError(where, field, "template.field-not-string");
  out = found->get<std::string>();
  return {};
}

Status readGenerationDefaults(const Json& definition, const std::string& where, GenerationDefaults& defaults) {
  if (auto status = readString(definition, "model", where, defaults.model); !status) return status;
  if (const auto t = definition.find("temperature"); t != definition.end() && !t->is_null()) {
    if (!t->is_number()) return fieldError(where, "temperature", "template.field-not-number");
    defaults.temperature = t->get<double>();
  }
  if (const auto m = definition.find("max_tokens"); m != definition.end() && !m->is_null()) {
    if (!m->is_number_integer() || m->get<long long>() <= 0) return fieldError(where, "max_tokens", "template.field-not-positive");
    defaults.maxTokens = m->get<int>();
  }
  return {};
}

}  // namespace

Result<PromptTemplate> templateFromJson(const Json& definition, const std::string& fallbackName,
                                        const std::string& where) {
  if (!definition.is_object())
    return makeError("template.not-object", ErrorCode::InvalidInput, {}, where);
  PromptTemplate prompt;
  prompt.name = fallbackName;
  for (const auto& [field, target] : {std::pair<const char*, std::string*>{"name", &prompt.name},
                                      {"field", &prompt.field},
                                      {"channel", &prompt.channel},
                                      {"language", &prompt.language}}) {
    if (auto status = readString(definition, field, where, *target); !status) return status.error();
  }
  if (!definition.contains("user")) return makeError("template.user-missing", ErrorCode::InvalidInput, {}, where);
  auto system = readText(definition, "system", where);
  if (!system) return system.error();
  auto user = readText(definition, "user", where);
  if (!user) return user.error();
  prompt.systemPart = std::move(system).value();
  prompt.userPart = std::move(user).value();
  if (auto status = readGenerationDefaults(definition, where, prompt.defaults); !status) return status.error();
  if (const auto vars = definition.find("variables"); vars != definition.end() && !vars->is_null()) {
    if (!vars->is_object()) return fieldError(where, "variables", "template.field-not-object");
    prompt.variables = *vars;
  }
  if (prompt.name.empty()) return makeError("template.name-empty", ErrorCode::InvalidInput, {}, where);
  return prompt;
}

Json templateToJson(const PromptTemplate& prompt) {
  Json json{{"name", prompt.name},         {"field", prompt.field},   {"channel", prompt.channel},
            {"language", prompt.language}, {"system", prompt.systemPart}, {"user", prompt.userPart}};
  if (!prompt.defaults.model.empty()) json["model"] = prompt.defaults.model;
  if (prompt.defaults.temperature) json["temperature"] = *prompt.defaults.temperature;
  if (prompt.defaults.maxTokens) json["max_tokens"] = *prompt.defaults.maxTokens;
  json["variables"] = prompt.variables;
  return json;
}

Result<PromptTemplate> loadTemplateFile(const std::filesystem::path& path) {
  const std::string where = path.string();
  const std::string stem = path.stem().string();
  if (path.extension() == ".json") {
    auto definition = readJsonFile(path);
    if (!definition) return definition.error();
    return templateFromJson(*definition, stem, where);
  }
  auto text = readTextFile(path);
  if (!text) return text.error();
  // A template saved in another encoding would reach the store and the request body as is.
  if (!isValidUtf8(*text)) return makeError("file.not-utf8", ErrorCode::InvalidInput, {}, where);
  PromptTemplate prompt;
  prompt.name = stem;
  prompt.field = "description";
  prompt.userPart = std::move(text).value();
  return prompt;
}

}  // namespace copydesk
