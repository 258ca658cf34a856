#include "core/export/wpml_language.h"

#include <array>
#include <utility>

namespace copydesk {
namespace {

// Our market codes (resources/markets/markets.json) and a few common others, each with WPML's
// default code for the language. Byte order of our codes.
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kCodes = {{
    {"de", "de"},
    {"en-GB", "en"},
    {"en-US", "en"},
    {"es", "es"},
    {"fr", "fr"},
    {"it", "it"},
    {"ja", "ja"},
    {"ko", "ko"},
    {"nl", "nl"},
    {"pl", "pl"},
    {"pt-BR", "pt-br"},
    {"pt-PT", "pt-pt"},
    {"sv", "sv"},
    {"zh-CN", "zh-hans"},
    {"zh-HK", "zh-hant"},
    {"zh-TW", "zh-hant"},
}};

bool sameIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> wpmlLanguageCode(std::string_view locale) {
  for (const auto& [ours, wpml] : kCodes) {
    if (sameIgnoringAsciiCase(ours, locale)) return std::string(wpml);
  }
  return std::nullopt;
}

std::string wpmlLocales() {
  std::string names;
  for (const auto& [ours, wpml] : kCodes) names += (names.empty() ? "" : ", ") + std::string(ours);
  return names;
}

}  // namespace copydesk
