#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// The `bullets` field is one draft whose text holds one bullet per line. Lines may carry a
// marker ("- ", "* ", "• ", "· ", "1. ", "1) "), which is dropped; blank lines are skipped.
// HTML bullets (<ul><li>…) are accepted too: each <li> is one bullet.
class BulletList final {
 public:
  static std::vector<std::string> split(std::string_view text);
  // <ul><li>…</li></ul> with each bullet escaped, for HTML columns ("" when there are none).
  static std::string toHtml(const std::vector<std::string>& bullets);
};

}  // namespace copydesk
