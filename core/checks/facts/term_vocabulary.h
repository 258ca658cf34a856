#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// A material or a colour under all its names, English and Chinese: "stainless steel", "不锈钢".
struct TermGroup {
  std::string id;                  // "stainless-steel": what is_a refers to
  std::vector<std::string> names;  // as written in the rule file
  std::vector<std::string> isA;    // broader groups it is a kind of: stainless steel is a steel
  // Endings that name this colour at the end of an option value the vocabulary does not know
  // ("雾霾蓝" is a blue): read in the facts' colour attributes only.
  std::vector<std::string> endings;
  bool any = false;  // "multicolour", "assorted": the facts state every colour; never reported
};

// The groups of one rule with their is_a relation closed over, so "stainless steel" is a
// "steel" is a "metal".
class TermVocabulary final {
 public:
  TermVocabulary() = default;
  // Unknown is_a ids are ignored here; the rule file reader reports them.
  explicit TermVocabulary(std::vector<TermGroup> groups);

  std::size_t size() const { return m_groups.size(); }
  const TermGroup& group(std::size_t i) const { return m_groups[i]; }
  std::optional<std::size_t> find(std::string_view id) const;

  // The same group, or one a kind of the other (steel and stainless steel; 铜 and 紫铜): a
  // statement of one does not contradict the other.
  bool compatible(std::size_t a, std::size_t b) const;

 private:
  std::vector<TermGroup> m_groups;
  std::vector<std::vector<bool>> m_isA;  // m_isA[a][b]: a is (transitively) a kind of b
};

}  // namespace copydesk
