#include "core/checks/rule_file.h"

#include <algorithm>

#include "core/checks/rule_kinds.h"
#include "core/checks/toml_rule_support.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

Error parseError(const toml::parse_error& error, const std::filesystem::path& path) {
  const auto& begin = error.source().begin;
  return makeError("checks.toml-syntax", ErrorCode::InvalidInput, {std::string(error.description())},
                   path.string() + ":" + std::to_string(begin.line) + ":" + std::to_string(begin.column));
}

Status readSet(const toml::table& root, RuleSetInfo& info) {
  const toml::node* node = root.get("set");
  if (!node) return tomlError(root, "set", "checks.set-missing");
  const toml::table* set = node->as_table();
  if (!set) return tomlError(*node, "checks.set-not-table");
  auto id = requiredString(*set, "id");
  if (!id) return id.error();
  if (id->empty() || id->find('.') != std::string::npos)
    return tomlError(*set, "id", "checks.bad-set-id");
  info.id = std::move(*id);
  for (auto [key, target] : {std::pair{"name_en", &info.nameEn}, {"name_zh", &info.nameZh}, {"market", &info.market}}) {
    auto value = optionalStringChecked(*set, key);
    if (!value) return value.error();
    *target = std::move(*value);
  }
  return {};
}

Result<RuleMeta> readMeta(const toml::table& rule, const std::string& setId) {
  RuleMeta meta;
  meta.setId = setId;
  auto id = requiredString(rule, "id");
  if (!id) return id.error();
  if (id->empty()) return tomlError(rule, "id", "checks.empty-rule-id");
  meta.id = std::move(*id);
  auto severity = requiredString(rule, "severity");
  if (!severity) return severity.error();
  auto level = severityFromString(*severity);
  if (!level) return tomlError(rule, "severity", "checks.unknown-severity", {*severity});
  meta.severity = *level;
  for (auto [key, target] : {std::pair{"explain_en", &meta.explanationEn}, {"explain_zh", &meta.explanationZh},
                             {"source", &meta.source}}) {
    auto value = optionalStringChecked(rule, key);
    if (!value) return value.error();
    *target = std::move(*value);
  }
  for (auto [key, target] : {std::pair{"fields", &meta.fields}, {"channels", &meta.channels},
                             {"languages", &meta.languages}}) {
    auto list = stringList(rule, key);
    if (!list) return list.error();
    *target = std::move(*list);
  }
  return meta;
}

bool sameScope(const RuleMeta& a, const RuleMeta& b) {
  return a.fields == b.fields && a.channels == b.channels && a.languages == b.languages;
}

Status readRules(const toml::table& root, RuleFile& file, const RuleKindContext& context) {
  const toml::node* node = root.get("rule");
  if (!node) return {};
  const toml::array* rules = node->as_array();
  if (!rules) return tomlError(*node, "checks.rules-not-array");
  for (const toml::node& item : *rules) {
    const toml::table* rule = item.as_table();
    if (!rule) return tomlError(item, "checks.rule-not-table");
    auto meta = readMeta(*rule, file.info.id);
    if (!meta) return meta.error();
    // The same id twice is one rule split by scope (promotional phrases for titles, others for
    // all copy); twice with the same scope is a mistake.
    for (const auto& earlier : file.rules)
      if (earlier->meta().id == meta->id && sameScope(earlier->meta(), *meta))
        return tomlError(*rule, "id", "checks.duplicate-rule", {meta->id});
    auto kindName = requiredString(*rule, "kind");
    if (!kindName) return kindName.error();
    const RuleKind* kind = findRuleKind(*kindName);
    if (!kind) return tomlError(*rule, "kind", "checks.unknown-kind", {*kindName});
    auto made = kind->make(std::move(*meta), *rule, context);
    if (!made) return made.error();
    file.rules.push_back(std::move(*made));
  }
  return {};
}

Result<CheckChannel> readChannel(const toml::table& table) {
  CheckChannel channel;
  auto id = requiredString(table, "id");
  if (!id) return id.error();
  channel.id = std::move(*id);
  auto field = requiredString(table, "field");
  if (!field) return field.error();
  channel.field = std::move(*field);
  auto market = optionalStringChecked(table, "market");
  if (!market) return market.error();
  channel.market = std::move(*market);
  if (!table.get("max")) return tomlError(table, "max", "checks.key-missing", {"max"});
  auto max = optionalInteger(table, "max", 0, 1);
  if (!max) return max.error();
  channel.max = static_cast<std::size_t>(*max);
  auto unit = optionalStringChecked(table, "unit", "chars");
  if (!unit) return unit.error();
  if (*unit != "chars" && *unit != "width" && *unit != "bytes")
    return tomlError(table, "unit", "checks.unknown-unit", {*unit});
  channel.unit = std::move(*unit);
  auto maxItems = optionalInteger(table, "max_items", 0);
  if (!maxItems) return maxItems.error();
  channel.maxItems = static_cast<std::size_t>(*maxItems);
  auto perItem = optionalBool(table, "per_item", false);
  if (!perItem) return perItem.error();
  channel.perItem = *perItem;
  auto also = stringList(table, "also_fields");
  if (!also) return also.error();
  channel.alsoFields = std::move(*also);
  return channel;
}

Status readChannels(const toml::table& root, RuleFile& file) {
  const toml::node* node = root.get("channel");
  if (!node) return {};
  const toml::array* channels = node->as_array();
  if (!channels) return tomlError(*node, "checks.channels-not-array");
  for (const toml::node& item : *channels) {
    const toml::table* table = item.as_table();
    if (!table) return tomlError(item, "checks.channel-not-table");
    auto channel = readChannel(*table);
    if (!channel) return channel.error();
    for (const auto& earlier : file.channels)
      if (earlier.id == channel->id) return tomlError(*table, "id", "checks.duplicate-channel", {channel->id});
    file.channels.push_back(std::move(*channel));
  }
  return {};
}

}  // namespace

Result<RuleFile> parseRuleFile(std::string_view text, const std::filesystem::path& path,
                               const std::shared_ptr<const std::vector<CheckChannel>>& channels) {
  toml::table root;
  try {
    root = toml::parse(text, path.string());
  } catch (const toml::parse_error& error) {
    return parseError(error, path);
  }
  RuleFile file;
  file.info.file = path;
  if (auto set = readSet(root, file.info); !set) return set.error();
  const RuleKindContext context{root, channels};
  if (auto rules = readRules(root, file, context); !rules) return rules.error();
  if (auto read = readChannels(root, file); !read) return read.error();
  file.info.ruleCount = file.rules.size();
  return file;
}

}  // namespace copydesk
