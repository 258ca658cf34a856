// kind "emoji": pictographs in copy (😀, ❤️, 🇨🇳, 👍🏽, 👨‍👩‍👧). A sequence — skin tone, variation
// selector, zero-width joiner, keycap, flag — is one finding. Text-style symbols such as © ® ™
// are left to the "chars" rules: they are emoji only when followed by U+FE0F.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

constexpr UChar32 kVariationSelector16 = 0xFE0F;
constexpr UChar32 kZeroWidthJoiner = 0x200D;
constexpr UChar32 kKeycap = 0x20E3;

bool isModifierOrTag(UChar32 c) {
  return (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) || c == kVariationSelector16 ||
         c == kKeycap;
}

bool isRegionalIndicator(UChar32 c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

class EmojiRule final : public Rule {
 public:
  using Rule::Rule;

  void check(const CheckText& text, const CheckInput&, std::vector<Finding>& out) const override {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.bytes().data());
    const auto length = static_cast<int32_t>(text.bytes().size());
    auto next = [&](int32_t at) {
      UChar32 c = -1;
      if (at < length) U8_NEXT(bytes, at, length, c);
      return std::pair{c, at};
    };
    for (int32_t i = 0; i < length;) {
      const int32_t start = i;
      UChar32 c;
      U8_NEXT(bytes, i, length, c);
      if (c < 0x80) continue;  // ASCII: '#', '*' and digits are emoji only as keycaps, ignored
      auto [following, afterFollowing] = next(i);
      const bool presentation = u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) ||
                                (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) &&
                                 following == kVariationSelector16);
      if (!presentation) continue;
      // Extend over modifiers, a second regional indicator and ZWJ-joined pictographs.
      if (isRegionalIndicator(c) && isRegionalIndicator(following)) i = afterFollowing;
      while (i < length) {
        auto [n, after] = next(i);
        if (isModifierOrTag(n)) {
          i = after;
        } else if (n == kZeroWidthJoiner) {
          auto [joined, afterJoined] = next(after);
          if (!u_hasBinaryProperty(joined, UCHAR_EXTENDED_PICTOGRAPHIC)) break;
          i = afterJoined;
        } else {
          break;
        }
      }
      const auto s = static_cast<std::size_t>(start), e = static_cast<std::size_t>(i);
      out.push_back(finding(s, e - s, "chars.emoji", {std::string(text.bytes().substr(s, e - s))}));
    }
  }
};

}  // namespace

Result<std::unique_ptr<Rule>> makeEmojiRule(RuleMeta meta, const toml::table&, const RuleKindContext&) {
  return std::unique_ptr<Rule>(new EmojiRule(std::move(meta)));
}

}  // namespace copydesk
