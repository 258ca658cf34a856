#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

enum class TagKind {
  Variable,      // {{name}}
  Unescaped,     // {{{name}}} or {{&name}}
  Section,       // {{#name}}
  Inverted,      // {{^name}}
  Close,         // {{/name}}
  Comment,       // {{! … }}
  Partial,       // {{>name}}
  Parent,        // {{<name}}
  Block,         // {{$name}}
  SetDelimiter,  // {{=<% %>=}}
};

// One piece of a template's text: a run of text (never spanning a line end) or a tag.
// Views point into the source, which outlives the tokens.
struct MustacheToken {
  bool isTag = false;
  TagKind kind = TagKind::Variable;
  std::string_view text;  // Text: the bytes; Tag: the trimmed name
  std::size_t offset = 0;  // first byte in the source (the opening delimiter for tags)
  std::size_t end = 0;     // one past the last byte

  // Filled in by the standalone-line pass.
  bool removed = false;     // whitespace on a standalone line: not output
  bool lineStart = false;   // the first token of a line that is output
  bool standalone = false;  // the tag's line is standalone
  bool framing = false;     // a Parent tag or an argument Block tag directly inside a Parent
  std::string_view indent;  // Partial/Parent: standalone indentation; Block: see MustacheNode::text
};

}  // namespace copydesk
