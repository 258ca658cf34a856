#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

std::string place(const toml::source_region& region) {
  std::string where = region.path ? *region.path : std::string("<rules>");
  where += ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
  return where;
}

}  // namespace

Error tomlError(const toml::node& node, ErrorId id, std::vector<std::string> args) {
  return makeError(id, ErrorCode::InvalidInput, std::move(args), place(node.source()));
}

Error tomlError(const toml::table& table, std::string_view key, ErrorId id, std::vector<std::string> args) {
  // The key's own value when it is there (a wrong value), else the table (a missing key).
  if (const toml::node* node = table.get(key)) return tomlError(*node, id, std::move(args));
  return tomlError(static_cast<const toml::node&>(table), id, std::move(args));
}

Result<std::string> requiredString(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (!node) return tomlError(table, key, "checks.key-missing", {std::string(key)});
  if (const auto* value = node->as_string()) return value->get();
  return tomlError(*node, "checks.not-string", {std::string(key)});
}

std::string optionalString(const toml::table& table, std::string_view key, std::string fallback) {
  if (const toml::node* node = table.get(key))
    if (const auto* value = node->as_string()) return value->get();
  return fallback;
}

Result<std::vector<std::string>> stringList(const toml::table& table, std::string_view key) {
  std::vector<std::string> list;
  const toml::node* node = table.get(key);
  if (!node) return list;
  const toml::array* array = node->as_array();
  if (!array) return tomlError(*node, "checks.not-string-list", {std::string(key)});
  list.reserve(array->size());
  for (const toml::node& item : *array) {
    const auto* value = item.as_string();
    if (!value) return tomlError(item, "checks.not-strings-only", {std::string(key)});
    list.push_back(value->get());
  }
  return list;
}

}  // namespace copydesk

namespace copydesk {

Result<std::string> optionalStringChecked(const toml::table& table, std::string_view key, std::string fallback) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (const auto* value = node->as_string()) return value->get();
  return tomlError(*node, "checks.not-string", {std::string(key)});
}

Result<bool> optionalBool(const toml::table& table, std::string_view key, bool fallback) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (const auto* value = node->as_boolean()) return value->get();
  return tomlError(*node, "checks.not-bool", {std::string(key)});
}

Result<std::int64_t> optionalInteger(const toml::table& table, std::string_view key, std::int64_t fallback,
                                     std::int64_t min) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  const auto* value = node->as_integer();
  if (!value) return tomlError(*node, "checks.not-whole-number", {std::string(key)});
  if (value->get() < min)
    return tomlError(*node, "checks.too-small", {std::string(key), std::to_string(min)});
  return value->get();
}

Result<double> optionalNumber(const toml::table& table, std::string_view key, double fallback) {
  const toml::node* node = table.get(key);
  if (!node) return fallback;
  if (const auto* value = node->as_floating_point()) return value->get();
  if (const auto* value = node->as_integer()) return static_cast<double>(value->get());
  return tomlError(*node, "checks.not-number", {std::string(key)});
}

}  // namespace copydesk
