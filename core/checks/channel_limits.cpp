#include "core/checks/channel_limits.h"

#include <algorithm>

#include "core/export/bullet_list.h"

namespace copydesk {

std::vector<ChannelLimit> channelLimits(const ExportLimits& limits) {
  return {
      {"amazon", "title", limits.amazonTitleChars, LengthUnit::Chars, false, 0},
      {"amazon", "bullets", limits.amazonBulletChars, LengthUnit::Chars, true, limits.amazonBullets},
      {"amazon", "description", limits.amazonDescriptionChars, LengthUnit::Chars, false, 0},
      {"amazon", "search_terms", limits.amazonSearchTermsBytes, LengthUnit::Bytes, false, 0},
      {"amazon", "keywords", limits.amazonSearchTermsBytes, LengthUnit::Bytes, false, 0},
      {"shopify", "seo_title", limits.seoTitleChars, LengthUnit::Chars, false, 0},
      {"shopify", "seo_description", limits.seoDescriptionChars, LengthUnit::Chars, false, 0},
      // 30 Chinese characters, where a CJK character counts 2.
      {"taobao", "title", 60, LengthUnit::Width, false, 0},
  };
}

std::vector<std::string> limitChannels() { return {"amazon", "shopify", "taobao"}; }

std::optional<ChannelLimit> findLimit(const std::vector<ChannelLimit>& limits, std::string_view channel,
                                      std::string_view field) {
  for (const auto& limit : limits)
    if (limit.channel == channel && limit.field == field) return limit;
  return std::nullopt;
}

LimitCheck checkLimit(std::string_view utf8, const ChannelLimit& limit) {
  LimitCheck check;
  check.max = limit.max;
  check.unit = limit.unit;
  check.maxItems = limit.maxItems;
  if (!limit.perBullet) {
    check.actual = measure(utf8, limit.unit);
    return check;
  }
  const auto bullets = BulletList::split(utf8);
  check.items = bullets.size();
  for (const auto& bullet : bullets) check.actual = std::max(check.actual, measure(bullet, limit.unit));
  return check;
}

}  // namespace copydesk
