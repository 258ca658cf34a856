// kind "chars": characters a field may not hold (Amazon's ! $ ? _ { } ^ ¬ ¦ in titles, ™ ® © in
// copy). `chars` holds for every text the rule applies to; `by_channel` adds characters for one
// channel or channel prefix ({ "taobao-title" = ["<", ">"] }).
#include <algorithm>
#include <map>

#include <unicode/utf8.h>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

using CharSet = std::vector<UChar32>;  // sorted

bool channelMatches(std::string_view entry, std::string_view channel) {
  return entry == channel ||
         (channel.size() > entry.size() && channel.substr(0, entry.size()) == entry && channel[entry.size()] == '-');
}

class CharRule final : public Rule {
 public:
  CharRule(RuleMeta meta, CharSet chars, std::vector<std::pair<std::string, CharSet>> byChannel, std::string message)
      : Rule(std::move(meta)), m_chars(std::move(chars)), m_byChannel(std::move(byChannel)), m_message(std::move(message)) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    std::vector<const CharSet*> extras;
    for (const auto& [channel, chars] : m_byChannel)
      if (channelMatches(channel, input.channel)) extras.push_back(&chars);
    if (m_chars.empty() && extras.empty()) return;
    auto listed = [&](UChar32 c) {
      if (std::binary_search(m_chars.begin(), m_chars.end(), c)) return true;
      return std::any_of(extras.begin(), extras.end(),
                         [&](const CharSet* set) { return std::binary_search(set->begin(), set->end(), c); });
    };

    const auto* bytes = reinterpret_cast<const uint8_t*>(text.bytes().data());
    const auto length = static_cast<int32_t>(text.bytes().size());
    // A run of the same character ("!!!") is one finding.
    std::size_t runStart = 0, runEnd = 0;
    UChar32 runChar = -1;
    auto flush = [&] {
      if (runChar < 0) return;
      out.push_back(finding(runStart, runEnd - runStart, m_message,
                            {std::string(text.bytes().substr(runStart, runEnd - runStart))}));
      runChar = -1;
    };
    for (int32_t i = 0; i < length;) {
      const auto at = static_cast<std::size_t>(i);
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      const bool hit = listed(c);
      if (hit && c == runChar && at == runEnd) {
        runEnd = static_cast<std::size_t>(i);
        continue;
      }
      flush();
      if (hit) {
        runChar = c;
        runStart = at;
        runEnd = static_cast<std::size_t>(i);
      }
    }
    flush();
  }

 private:
  CharSet m_chars;
  std::vector<std::pair<std::string, CharSet>> m_byChannel;
  std::string m_message;
};

Result<CharSet> readChars(const toml::table& table, std::string_view key) {
  auto list = stringList(table, key);
  if (!list) return list.error();
  CharSet set;
  for (const auto& entry : *list) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(entry.data());
    const auto length = static_cast<int32_t>(entry.size());
    int32_t i = 0;
    UChar32 c = -1;
    if (length > 0) U8_NEXT(bytes, i, length, c);
    if (c < 0 || i != length)
      return tomlError(table, key, "checks.chars.not-single", {std::string(key), entry});
    set.push_back(c);
  }
  std::sort(set.begin(), set.end());
  return set;
}

}  // namespace

Result<std::unique_ptr<Rule>> makeCharRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto chars = readChars(rule, "chars");
  if (!chars) return chars.error();
  std::vector<std::pair<std::string, CharSet>> byChannel;
  if (const toml::node* node = rule.get("by_channel")) {
    const toml::table* table = node->as_table();
    if (!table) return tomlError(*node, "checks.chars.by-channel-not-table");
    for (const auto& [key, value] : *table) {
      auto set = readChars(*table, key.str());
      if (!set) return set.error();
      byChannel.emplace_back(std::string(key.str()), std::move(*set));
    }
  }
  if (chars->empty() && byChannel.empty()) return tomlError(rule, "chars", "checks.chars.empty");
  auto message = optionalStringChecked(rule, "message", "chars.forbidden");
  if (!message) return message.error();
  if (*message != "chars.forbidden" && *message != "chars.symbol")
    return tomlError(rule, "message", "checks.chars.bad-message");
  return std::unique_ptr<Rule>(new CharRule(std::move(meta), std::move(*chars), std::move(byChannel), std::move(*message)));
}

}  // namespace copydesk
