#include "core/questions/question_key.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/utf8_code_points.h"

namespace copydesk {
namespace {

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

// The distinct pairs of neighbouring code points, sorted.
std::vector<std::uint64_t> pairSet(std::string_view key) {
  const std::u32string chars = utf8::decode(key);
  std::vector<std::uint64_t> pairs;
  if (chars.size() == 1) pairs.push_back(chars[0]);
  for (std::size_t i = 0; i + 1 < chars.size(); ++i) {
    pairs.push_back((static_cast<std::uint64_t>(chars[i]) << 32) | chars[i + 1]);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

}  // namespace

std::string questionKey(std::string_view question) {
  const ShingleText folded = normalizeForShingles(question);
  const std::u32string& chars = folded.chars;
  std::string key;
  key.reserve(chars.size());
  for (std::size_t i = 0; i < chars.size(); ++i) {
    // Chinese puts no spaces between words: a comma between two clauses is no word break to keep.
    if (chars[i] == U' ' && i > 0 && i + 1 < chars.size() &&
        (shingleWeight(chars[i - 1]) > 1 || shingleWeight(chars[i + 1]) > 1))
      continue;
    appendUtf8(key, chars[i]);
  }
  const auto first = key.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return key.substr(first, key.find_last_not_of(' ') - first + 1);
}

double questionSimilarity(std::string_view keyA, std::string_view keyB) {
  if (keyA.empty() || keyB.empty()) return 0;
  if (keyA == keyB) return 1;
  const auto a = pairSet(keyA);
  const auto b = pairSet(keyB);
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace copydesk
