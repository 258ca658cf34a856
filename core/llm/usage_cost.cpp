#include "core/llm/usage_cost.h"

#include <cstdio>

namespace copydesk::llm {

namespace {

// Decodes one UTF-8 code point at text[i] and advances i; invalid bytes count as one Latin char.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  if (i + static_cast<std::size_t>(length) > text.size()) length = 1;
  char32_t cp = length == 1 ? lead : lead & (0xFF >> (length + 1));
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  i += static_cast<std::size_t>(length);
  return cp;
}

bool isCjk(char32_t cp) {
  return (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFFEF) || cp >= 0x20000;
}

}  // namespace

double estimateTokens(std::string_view text) {
  double latin = 0, cjk = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (isCjk(nextCodePoint(text, i))) cjk += 1; else latin += 1;
  }
  return latin / 4.0 + cjk;
}

double costOf(const ProviderProfile& profile, const Usage& usage) {
  return (static_cast<double>(usage.inputTokens) * profile.inputPricePerMTok +
          static_cast<double>(usage.outputTokens) * profile.outputPricePerMTok) / 1e6;
}

std::string describeUsage(const Usage& usage, double cost) {
  char line[160];
  std::snprintf(line, sizeof line, "usage: %lld in + %lld out tokens%s, cost $%.6f",
                static_cast<long long>(usage.inputTokens), static_cast<long long>(usage.outputTokens),
                usage.reported ? "" : " (estimated)", cost);
  return line;
}

}  // namespace copydesk::llm
