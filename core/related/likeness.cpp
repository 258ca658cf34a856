#include "core/related/likeness.h"

#include <algorithm>
#include <functional>

#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/utf8_code_points.h"

namespace copydesk {
namespace {

bool isCjk(char32_t c) { return shingleWeight(c) == 2; }

// Runs of folded text of one kind: CJK, or anything else that is a letter, mark or digit.
template <class Visit>
void forEachRun(std::string_view text, Visit&& visit) {
  std::u32string run;
  bool runCjk = false;
  auto flush = [&] {
    if (!run.empty()) visit(std::u32string_view(run), runCjk);
    run.clear();
  };
  utf8::forEachCodePoint(text, [&](char32_t c) {
    const char32_t folded = foldForShingles(c);
    if (folded == 0) return flush();
    const bool cjk = isCjk(folded);
    if (!run.empty() && cjk != runCjk) flush();
    runCjk = cjk;
    run.push_back(folded);
  });
  flush();
}

std::uint64_t hashOf(std::u32string_view piece) { return std::hash<std::u32string_view>{}(piece); }

void addFeatures(std::string_view text, std::vector<std::uint64_t>& out) {
  forEachRun(text, [&](std::u32string_view run, bool cjk) {
    if (!cjk || run.size() == 1) {
      out.push_back(hashOf(run));
      return;
    }
    for (std::size_t i = 0; i + 1 < run.size(); ++i) out.push_back(hashOf(run.substr(i, 2)));
  });
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string toUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) appendUtf8(out, c);
  return out;
}

bool allDigits(std::u32string_view run) {
  return std::all_of(run.begin(), run.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

}  // namespace

std::vector<std::uint64_t> likenessFeatures(const ProductSummary& product) {
  std::vector<std::uint64_t> features;
  addFeatures(product.title, features);
  for (const auto& [name, value] : product.attributes.items()) {
    if (value.is_string()) addFeatures(value.get_ref<const std::string&>(), features);
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  return features;
}

double likeness(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) { return jaccard(a, b); }

std::vector<std::string> likenessSearchPieces(std::string_view title, std::size_t most) {
  std::vector<std::u32string> words;
  std::vector<std::u32string> windows;
  forEachRun(title, [&](std::u32string_view run, bool cjk) {
    if (!cjk) {
      if (run.size() >= 3 && !allDigits(run)) words.emplace_back(run);
      return;
    }
    for (std::size_t i = 0; i + 3 <= run.size(); i += 2) windows.emplace_back(run.substr(i, 3));
  });
  // Longer words are rarer, so they find fewer, closer candidates; ties keep the title's order.
  std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::vector<std::string> pieces;
  for (auto* list : {&windows, &words}) {
    for (const std::u32string& piece : *list) {
      const std::string text = toUtf8(piece);
      if (pieces.size() < most && std::find(pieces.begin(), pieces.end(), text) == pieces.end()) pieces.push_back(text);
    }
  }
  return pieces;
}

}  // namespace copydesk
