#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// The fake server's deterministic answers, shared with the tests that check them: the reply to a
// prompt names a hash of it and echoes it, so a reply crossed with another request is caught.
namespace copydesk::fake {

inline std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

inline std::string hex(std::uint64_t value) {
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) out[static_cast<std::size_t>(i)] = digits[value & 0xF];
  return out;
}

// "Copy <hash of system+user> for: <user>"
inline std::string reply(std::string_view system, std::string_view user) {
  std::string key(system);
  key.push_back('\x1f');
  key.append(user);
  return "Copy " + hex(fnv1a(key)).substr(0, 12) + " for: " + std::string(user);
}

// Splits text into about `count` pieces on UTF-8 code point boundaries (never inside a character).
inline std::vector<std::string> pieces(std::string_view text, int count) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  std::vector<std::string> out;
  if (starts.empty()) return out;
  const std::size_t n = std::max<std::size_t>(1, std::min<std::size_t>(starts.size(), static_cast<std::size_t>(count > 0 ? count : 1)));
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t from = starts[k * starts.size() / n];
    const std::size_t to = k + 1 == n ? text.size() : starts[(k + 1) * starts.size() / n];
    out.emplace_back(text.substr(from, to - from));
  }
  return out;
}

// Token counts the server reports: a fixed function of the text so tests can predict them.
inline std::int64_t tokens(std::string_view text) { return static_cast<std::int64_t>(text.size() / 4 + 1); }

}  // namespace copydesk::fake
