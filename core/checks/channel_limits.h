#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/export/export_options.h"
#include "core/export/text_limits.h"

namespace copydesk {

// The longest text a channel takes for one field, counted the way that channel counts
// (domain.md). The values come from ExportLimits, so the editor warns about exactly what the
// export preview will: the user's settings change both.
struct ChannelLimit {
  std::string channel;  // amazon, shopify, taobao
  std::string field;    // the draft field: title, bullets, description, search_terms, seo_title…
  std::size_t max = 0;
  LengthUnit unit = LengthUnit::Chars;
  bool perBullet = false;  // bullets: each line is held to max (and at most maxItems of them)
  std::size_t maxItems = 0;
};

std::vector<ChannelLimit> channelLimits(const ExportLimits& limits = {});
std::vector<std::string> limitChannels();  // the channels channelLimits knows, in menu order
std::optional<ChannelLimit> findLimit(const std::vector<ChannelLimit>& limits, std::string_view channel,
                                      std::string_view field);

// A text held against a limit: the largest measured value (the longest bullet for per-bullet
// limits) and, for bullets, how many there are.
struct LimitCheck {
  std::size_t actual = 0;
  std::size_t max = 0;
  LengthUnit unit = LengthUnit::Chars;
  std::size_t items = 0;
  std::size_t maxItems = 0;

  bool overLength() const { return actual > max; }
  bool overItems() const { return maxItems > 0 && items > maxItems; }
  bool over() const { return overLength() || overItems(); }
  std::size_t overBy() const { return overLength() ? actual - max : 0; }
};

LimitCheck checkLimit(std::string_view utf8, const ChannelLimit& limit);

}  // namespace copydesk
