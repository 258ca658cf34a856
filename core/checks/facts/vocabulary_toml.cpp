#include "core/checks/facts/vocabulary_toml.h"

#include <algorithm>

#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

Result<TermGroup> readGroup(const toml::table& table, std::string_view what) {
  TermGroup group;
  for (std::string_view key : {std::string_view("names_en"), std::string_view("names_zh")}) {
    auto names = stringList(table, key);
    if (!names) return names.error();
    group.names.insert(group.names.end(), names->begin(), names->end());
  }
  if (group.names.empty())
    return tomlError(table, "names_en", "checks.facts.group-without-names", {std::string(what)});
  auto id = optionalStringChecked(table, "id", group.names.front());
  if (!id) return id.error();
  group.id = std::move(*id);
  auto isA = stringList(table, "is_a");
  if (!isA) return isA.error();
  group.isA = std::move(*isA);
  auto endings = stringList(table, "endings");
  if (!endings) return endings.error();
  group.endings = std::move(*endings);
  auto any = optionalBool(table, "any", false);
  if (!any) return any.error();
  group.any = *any;
  return group;
}

}  // namespace

Result<TermVocabulary> readVocabulary(const toml::array& groups, std::string_view what) {
  std::vector<TermGroup> read;
  std::vector<const toml::table*> tables;
  for (const toml::node& node : groups) {
    const toml::table* table = node.as_table();
    if (!table) return tomlError(node, "checks.facts.group-not-table", {std::string(what)});
    auto group = readGroup(*table, what);
    if (!group) return group.error();
    for (const auto& earlier : read)
      if (earlier.id == group->id)
        return tomlError(*table, "id", "checks.facts.duplicate-group", {std::string(what), group->id});
    read.push_back(std::move(*group));
    tables.push_back(table);
  }
  for (std::size_t i = 0; i < read.size(); ++i)
    for (const auto& parent : read[i].isA)
      if (std::none_of(read.begin(), read.end(), [&](const TermGroup& g) { return g.id == parent; }))
        return tomlError(*tables[i], "is_a", "checks.facts.unknown-parent", {std::string(what), parent});
  return TermVocabulary(std::move(read));
}

Result<TermContext> readTermContext(const toml::table& rule) {
  TermContext context;
  struct Field {
    std::string_view key;
    std::vector<std::string>* into;
  };
  for (const Field& field : {Field{"exempt", &context.exempt}, Field{"negations", &context.negations},
                             Field{"sentence_negations", &context.sentenceNegations},
                             Field{"objects", &context.objects},
                             Field{"modifiers_before", &context.modifiersBefore},
                             Field{"modifiers_after", &context.modifiersAfter}}) {
    auto list = stringList(rule, field.key);
    if (!list) return list.error();
    *field.into = std::move(*list);
  }
  return context;
}

}  // namespace copydesk
