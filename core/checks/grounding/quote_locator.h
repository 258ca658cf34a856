#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// A passage of the draft, in UTF-8 bytes.
struct ByteSpan {
  std::size_t start = 0;
  std::size_t end = 0;  // one past the last byte
};

// Finds the passages a model quoted in a draft. A quote is looked for verbatim first; when that
// fails, with white space ignored on both sides (models re-wrap lines, drop the space between
// Chinese and Latin, or turn U+3000 into a plain space), and the span then runs from the first to
// the last matched character of the draft. A quote found neither way is not in the draft.
class QuoteLocator final {
 public:
  explicit QuoteLocator(std::string_view draft);

  // The first occurrence at or after byte `from`; nullopt when there is none.
  std::optional<ByteSpan> find(std::string_view quote, std::size_t from = 0) const;

 private:
  std::optional<ByteSpan> findIgnoringSpace(std::string_view quote, std::size_t from) const;

  std::string_view m_draft;
  std::string m_compact;                 // the draft without white space
  std::vector<std::size_t> m_compactAt;  // byte offset in the draft of each byte of m_compact
};

}  // namespace copydesk
