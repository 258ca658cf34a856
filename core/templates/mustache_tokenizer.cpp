#include "core/templates/mustache_tokenizer.h"

namespace copydesk {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool hasSpace(std::string_view text) {
  for (char c : text)
    if (isSpace(c)) return true;
  return false;
}

std::optional<TagKind> sigilKind(char c) {
  switch (c) {
    case '#': return TagKind::Section;
    case '^': return TagKind::Inverted;
    case '/': return TagKind::Close;
    case '!': return TagKind::Comment;
    case '>': return TagKind::Partial;
    case '<': return TagKind::Parent;
    case '$': return TagKind::Block;
    case '&': return TagKind::Unescaped;
    case '=': return TagKind::SetDelimiter;
    default: return std::nullopt;
  }
}

}  // namespace

MustacheTokenizer::MustacheTokenizer(std::string_view source, const LineIndex& lines)
    : m_source(source), m_lines(lines) {}

std::optional<TemplateDiagnostic> MustacheTokenizer::tokenize(std::vector<MustacheToken>& tokens) {
  while (m_pos < m_source.size()) {
    const std::size_t tag = m_source.find(m_open, m_pos);
    if (tag == std::string_view::npos) {
      addText(m_pos, m_source.size(), tokens);
      break;
    }
    addText(m_pos, tag, tokens);
    if (auto error = readTag(tag, tokens)) return error;
  }
  return std::nullopt;
}

// Text is cut after every "\n" so that the standalone pass can work line by line.
void MustacheTokenizer::addText(std::size_t from, std::size_t to, std::vector<MustacheToken>& tokens) const {
  while (from < to) {
    std::size_t newline = m_source.find('\n', from);
    const std::size_t end = (newline == std::string_view::npos || newline >= to) ? to : newline + 1;
    MustacheToken token;
    token.text = m_source.substr(from, end - from);
    token.offset = from;
    token.end = end;
    tokens.push_back(token);
    from = end;
  }
}

std::optional<TemplateDiagnostic> MustacheTokenizer::readTag(std::size_t start, std::vector<MustacheToken>& tokens) {
  std::size_t inner = start + m_open.size();
  std::string closer = m_close;
  TagKind kind = TagKind::Variable;
  if (inner < m_source.size() && m_source[inner] == '{') {
    kind = TagKind::Unescaped;
    closer = "}" + m_close;
    ++inner;
  }
  const std::size_t close = m_source.find(closer, inner);
  if (close == std::string_view::npos)
    return errorAt(start, "template.unclosed-tag", {m_open, closer});
  std::string_view content = m_source.substr(inner, close - inner);
  const std::string_view whole = m_source.substr(start, close + closer.size() - start);
  m_pos = close + closer.size();

  if (kind == TagKind::Variable) {
    const std::string_view trimmed = trim(content);
    if (auto sigil = trimmed.empty() ? std::nullopt : sigilKind(trimmed.front())) {
      kind = *sigil;
      content = trimmed.substr(1);
    }
  }
  if (kind == TagKind::SetDelimiter) {
    if (auto error = changeDelimiters(content, start)) return error;
  }

  MustacheToken token;
  token.isTag = true;
  token.kind = kind;
  token.offset = start;
  token.end = m_pos;
  token.text = kind == TagKind::Comment ? content : trim(content);
  if (kind != TagKind::Comment && kind != TagKind::SetDelimiter) {
    if (token.text.empty()) return errorAt(start, "template.empty-tag", {std::string(whole)});
    if (hasSpace(token.text))
      return errorAt(start, "template.space-in-name", {std::string(whole), std::string(token.text)});
  }
  tokens.push_back(token);
  return std::nullopt;
}

// content is what follows the '=' sigil, e.g. "<% %>=" for {{=<% %>=}}.
std::optional<TemplateDiagnostic> MustacheTokenizer::changeDelimiters(std::string_view content, std::size_t start) {
  const std::vector<std::string> usage{m_open, m_close};  // "write it as {{=OPEN CLOSE=}}"
  const std::string_view body = trim(content);
  if (body.size() < 2 || body.back() != '=') return errorAt(start, "template.delimiters-unclosed", usage);
  const std::string_view pair = trim(body.substr(0, body.size() - 1));
  std::size_t split = 0;
  while (split < pair.size() && !isSpace(pair[split])) ++split;
  const std::string_view open = pair.substr(0, split);
  const std::string_view close = trim(pair.substr(split));
  if (open.empty() || close.empty() || hasSpace(close))
    return errorAt(start, "template.delimiters-not-two", usage);
  if (open.find('=') != std::string_view::npos || close.find('=') != std::string_view::npos)
    return errorAt(start, "template.delimiter-with-equals", usage);
  m_open = std::string(open);
  m_close = std::string(close);
  return std::nullopt;
}

TemplateDiagnostic MustacheTokenizer::errorAt(std::size_t offset, ErrorId id, std::vector<std::string> args) const {
  return syntaxError(m_lines.positionOf(offset), id, std::move(args));
}

}  // namespace copydesk
