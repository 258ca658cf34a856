#include "core/diff/text_diff.h"

#include <algorithm>

#include <dtl/dtl.hpp>

#include "core/diff/diff_tokens.h"

namespace copydesk {
namespace {

using Tokens = std::vector<std::string_view>;

// Appends to the last segment when it has the same kind.
void append(std::vector<DiffSegment>& segments, DiffKind kind, std::string_view text) {
  if (text.empty()) return;
  if (!segments.empty() && segments.back().kind == kind)
    segments.back().text.append(text);
  else
    segments.push_back({kind, std::string(text)});
}

// One changed stretch between two equal ones: all its deletions, then all its insertions.
struct Change {
  std::string deleted;
  std::string inserted;

  void flushInto(std::vector<DiffSegment>& segments) {
    append(segments, DiffKind::Delete, deleted);
    append(segments, DiffKind::Insert, inserted);
    deleted.clear();
    inserted.clear();
  }
};

// dtl's O(NP) diff over the middle part both texts do not share at their ends.
void diffMiddle(const Tokens& before, const Tokens& after, std::vector<DiffSegment>& segments) {
  Change change;
  if (before.empty() || after.empty()) {
    for (auto token : before) change.deleted.append(token);
    for (auto token : after) change.inserted.append(token);
    change.flushInto(segments);
    return;
  }
  dtl::Diff<std::string_view, Tokens> diff(before, after);
  // Bounds dtl's memory on long, very different texts (it then gives a longer, still exact script).
  if (before.size() + after.size() > 20000) diff.onHuge();
  diff.compose();
  for (const auto& [token, info] : diff.getSes().getSequence()) {
    switch (info.type) {
      case dtl::SES_DELETE: change.deleted.append(token); break;
      case dtl::SES_ADD: change.inserted.append(token); break;
      case dtl::SES_COMMON:
        change.flushInto(segments);
        append(segments, DiffKind::Equal, token);
        break;
    }
  }
  change.flushInto(segments);
}

std::string joined(const std::vector<DiffSegment>& segments, DiffKind skipped) {
  std::string text;
  for (const auto& segment : segments)
    if (segment.kind != skipped) text += segment.text;
  return text;
}

}  // namespace

std::vector<DiffSegment> diffWords(std::string_view before, std::string_view after) {
  const Tokens a = diffTokens(before);
  const Tokens b = diffTokens(after);
  // Most edits touch a little in the middle of a long text: the shared ends are equal outright.
  const auto prefix = static_cast<std::size_t>(
      std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;

  std::vector<DiffSegment> segments;
  for (std::size_t i = 0; i < prefix; ++i) append(segments, DiffKind::Equal, a[i]);
  diffMiddle(Tokens(a.begin() + prefix, a.end() - suffix), Tokens(b.begin() + prefix, b.end() - suffix),
             segments);
  for (std::size_t i = a.size() - suffix; i < a.size(); ++i) append(segments, DiffKind::Equal, a[i]);
  return segments;
}

std::string beforeText(const std::vector<DiffSegment>& segments) { return joined(segments, DiffKind::Insert); }
std::string afterText(const std::vector<DiffSegment>& segments) { return joined(segments, DiffKind::Delete); }

}  // namespace copydesk
