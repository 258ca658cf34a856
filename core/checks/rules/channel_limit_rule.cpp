// kind "channel-limits": the text against its channel (CheckInput::channel, a [[channel]] of the
// rule book), counted the channel's way. check = "length": the text, or each bullet of a per-item
// channel, over `max` (limit.over; the span is the part beyond the limit); check = "items": more
// bullets than `max_items` (limit.items; the span covers the bullets beyond it).
#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/toml_rule_support.h"
#include "core/export/bullet_list.h"
#include "core/export/text_limits.h"

namespace copydesk {
namespace {

LengthUnit unitOf(const CheckChannel& channel) {
  if (channel.unit == "width") return LengthUnit::Width;
  if (channel.unit == "bytes") return LengthUnit::Bytes;
  return LengthUnit::Chars;
}

// The byte offset in `text` where its measure first goes beyond `max`.
std::size_t overflowAt(std::string_view text, std::size_t max, LengthUnit unit) {
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  std::size_t measured = 0;
  for (int32_t i = 0; i < length;) {
    const auto at = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(data, i, length, c);
    switch (unit) {
      case LengthUnit::Chars: measured += 1; break;
      case LengthUnit::Bytes: measured += static_cast<std::size_t>(i) - at; break;
      case LengthUnit::Width: {
        const auto eaw = c < 0 ? U_EA_NEUTRAL : u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        measured += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
        break;
      }
    }
    if (measured > max) return at;
  }
  return text.size();
}

// One piece of the text that the channel measures: the whole text, or one bullet.
struct Piece {
  std::size_t start = 0;  // bytes into the text; npos when it could not be located (HTML bullets)
  std::string text;
};

std::vector<Piece> bullets(std::string_view text) {
  std::vector<Piece> pieces;
  std::size_t cursor = 0;
  for (auto& bullet : BulletList::split(text)) {
    const std::size_t at = text.find(bullet, cursor);
    if (at != std::string_view::npos) cursor = at + bullet.size();
    pieces.push_back({at, std::move(bullet)});
  }
  return pieces;
}

class ChannelLimitRule final : public Rule {
 public:
  ChannelLimitRule(RuleMeta meta, bool items, std::shared_ptr<const std::vector<CheckChannel>> channels)
      : Rule(std::move(meta)), m_items(items), m_channels(std::move(channels)) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    if (input.channel.empty()) return;
    auto it = std::find_if(m_channels->begin(), m_channels->end(),
                           [&](const CheckChannel& c) { return c.id == input.channel; });
    if (it == m_channels->end()) return;
    if (m_items) items(text.bytes(), *it, out);
    else length(text.bytes(), *it, out);
  }

 private:
  void length(std::string_view text, const CheckChannel& channel, std::vector<Finding>& out) const {
    const LengthUnit unit = unitOf(channel);
    const std::vector<Piece> pieces =
        channel.perItem ? bullets(text) : std::vector<Piece>{{0, std::string(text)}};
    for (const auto& piece : pieces) {
      const std::size_t actual = measure(piece.text, unit);
      if (actual <= channel.max) continue;
      std::size_t start = 0, size = 0;
      if (piece.start != std::string_view::npos) {
        start = piece.start + overflowAt(piece.text, channel.max, unit);
        size = piece.start + piece.text.size() - start;
      }
      out.push_back(finding(start, size, "limit.over",
                            {std::to_string(actual), std::to_string(channel.max), std::string(unitName(unit)),
                             std::to_string(actual - channel.max)}));
    }
  }

  void items(std::string_view text, const CheckChannel& channel, std::vector<Finding>& out) const {
    if (channel.maxItems == 0) return;
    const std::vector<Piece> pieces = bullets(text);
    if (pieces.size() <= channel.maxItems) return;
    const Piece& firstExtra = pieces[channel.maxItems];
    std::size_t start = 0, size = 0;
    if (firstExtra.start != std::string_view::npos) {
      start = firstExtra.start;
      size = text.size() - start;
    }
    out.push_back(finding(start, size, "limit.items",
                          {std::to_string(pieces.size()), std::to_string(channel.maxItems)}));
  }

  bool m_items;
  std::shared_ptr<const std::vector<CheckChannel>> m_channels;
};

}  // namespace

Result<std::unique_ptr<Rule>> makeChannelLimitRule(RuleMeta meta, const toml::table& rule,
                                                   const RuleKindContext& context) {
  auto which = requiredString(rule, "check");
  if (!which) return which.error();
  if (*which != "length" && *which != "items")
    return tomlError(rule, "check", "checks.limits.unknown-check", {*which});
  return std::unique_ptr<Rule>(new ChannelLimitRule(std::move(meta), *which == "items", context.channels));
}

}  // namespace copydesk
