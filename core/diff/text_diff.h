#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

enum class DiffKind { Equal, Insert, Delete };

struct DiffSegment {
  DiffKind kind = DiffKind::Equal;
  std::string text;

  bool operator==(const DiffSegment&) const = default;
};

// A word-level diff of two UTF-8 texts (units: see diffTokens). Neighbouring tokens of one kind
// are joined into one segment, and within each changed stretch the deletions come before the
// insertions, so "old words → new words" reads as one replacement. Equal and Delete segments
// concatenate to `before`, Equal and Insert segments to `after`, byte for byte.
std::vector<DiffSegment> diffWords(std::string_view before, std::string_view after);

// The texts a diff was made from.
std::string beforeText(const std::vector<DiffSegment>& segments);
std::string afterText(const std::vector<DiffSegment>& segments);

}  // namespace copydesk
