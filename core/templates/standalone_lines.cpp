#include "core/templates/standalone_lines.h"

#include <cstddef>
#include <utility>

namespace copydesk {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

bool endsLine(const MustacheToken& token) { return !token.isTag && !token.text.empty() && token.text.back() == '\n'; }

// Only spaces and tabs, optionally ending in "\n" or "\r\n".
bool isWhitespaceText(std::string_view text) {
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  for (char c : text)
    if (!isBlank(c)) return false;
  return true;
}

bool canStandAlone(TagKind kind) { return kind != TagKind::Variable && kind != TagKind::Unescaped; }

// Marks Parent tags and the Block tags that pass arguments to them (and the close tags of both).
void markFraming(std::vector<MustacheToken>& tokens) {
  std::vector<std::pair<TagKind, bool>> open;  // kind, framing
  for (MustacheToken& token : tokens) {
    if (!token.isTag) continue;
    switch (token.kind) {
      case TagKind::Section:
      case TagKind::Inverted:
      case TagKind::Parent:
      case TagKind::Block:
        token.framing = token.kind == TagKind::Parent ||
                        (token.kind == TagKind::Block && !open.empty() && open.back().first == TagKind::Parent);
        open.emplace_back(token.kind, token.framing);
        break;
      case TagKind::Close:
        if (!open.empty()) {
          token.framing = open.back().second;
          open.pop_back();
        }
        break;
      default:
        break;
    }
  }
}

bool lineIsStandalone(const std::vector<MustacheToken>& tokens, std::size_t from, std::size_t to) {
  std::size_t tags = 0;
  std::size_t framing = 0;
  bool allowedTogether = true;
  for (std::size_t i = from; i < to; ++i) {
    const MustacheToken& token = tokens[i];
    if (!token.isTag) {
      if (!isWhitespaceText(token.text)) return false;
      continue;
    }
    if (!canStandAlone(token.kind)) return false;
    ++tags;
    if (token.framing) ++framing;
    else if (token.kind != TagKind::Comment) allowedTogether = false;
  }
  if (tags == 1) return true;
  return tags > 1 && framing > 0 && allowedTogether;
}

// The leading blanks of the line after a standalone block opening: the block's own indentation.
std::string_view nextLineIndent(std::string_view source, std::size_t lineEnd) {
  std::size_t end = lineEnd;
  while (end < source.size() && isBlank(source[end])) ++end;
  return source.substr(lineEnd, end - lineEnd);
}

void markLine(std::vector<MustacheToken>& tokens, std::size_t from, std::size_t to, std::string_view source) {
  const std::size_t lineStart = tokens[from].offset;
  if (lineIsStandalone(tokens, from, to)) {
    const bool atEnd = !endsLine(tokens[to - 1]);
    std::string_view indent;
    for (std::size_t i = from; i < to; ++i) {
      MustacheToken& token = tokens[i];
      if (!token.isTag) {
        token.removed = true;
        continue;
      }
      if (indent.data() == nullptr) indent = source.substr(lineStart, token.offset - lineStart);
      token.standalone = true;
      token.indent = indent;
      if (token.kind == TagKind::Block && !atEnd) token.indent = nextLineIndent(source, tokens[to - 1].end);
    }
    return;
  }
  tokens[from].lineStart = true;
  bool onlyBlanksBefore = true;
  for (std::size_t i = from; i < to && onlyBlanksBefore; ++i) {
    MustacheToken& token = tokens[i];
    if (token.isTag && token.kind == TagKind::Block) token.indent = source.substr(lineStart, token.offset - lineStart);
    onlyBlanksBefore = !token.isTag && isWhitespaceText(token.text) && !endsLine(token);
  }
}

}  // namespace

void markStandaloneLines(std::vector<MustacheToken>& tokens, std::string_view source) {
  markFraming(tokens);
  std::size_t from = 0;
  while (from < tokens.size()) {
    std::size_t to = from;
    while (to < tokens.size()) {
      if (endsLine(tokens[to++])) break;
    }
    markLine(tokens, from, to, source);
    from = to;
  }
}

}  // namespace copydesk
