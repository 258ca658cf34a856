#include "core/templates/mustache_tree_builder.h"

#include <algorithm>

namespace copydesk {
namespace {

constexpr std::size_t kMaxNesting = 256;

// One id per kind of open tag, so the kind is worded in the reader's language, not passed as English.
ErrorId unclosedId(NodeKind kind) {
  switch (kind) {
    case NodeKind::Inverted: return "template.unclosed-inverted";
    case NodeKind::Parent: return "template.unclosed-parent";
    case NodeKind::Block: return "template.unclosed-block";
    default: return "template.unclosed-section";
  }
}

ErrorId mismatchedId(NodeKind kind) {
  switch (kind) {
    case NodeKind::Inverted: return "template.mismatched-inverted";
    case NodeKind::Parent: return "template.mismatched-parent";
    case NodeKind::Block: return "template.mismatched-block";
    default: return "template.mismatched-section";
  }
}

// "a.b.c" -> {a, b, c}; "." -> {} (the implicit iterator). Empty parts ("a..b", ".a") are invalid.
bool splitName(std::string_view name, std::vector<std::string>& path) {
  path.clear();
  if (name == ".") return true;
  std::size_t from = 0;
  while (true) {
    const std::size_t dot = name.find('.', from);
    const std::string_view part = name.substr(from, dot == std::string_view::npos ? std::string_view::npos : dot - from);
    if (part.empty()) return false;
    path.emplace_back(part);
    if (dot == std::string_view::npos) return true;
    from = dot + 1;
  }
}

}  // namespace

MustacheTreeBuilder::MustacheTreeBuilder(std::string_view source, const LineIndex& lines)
    : m_source(source), m_lines(lines) {}

std::optional<TemplateDiagnostic> MustacheTreeBuilder::build(const std::vector<MustacheToken>& tokens,
                                                             MustacheNodes& nodes) {
  m_frames.clear();
  m_frames.push_back(Frame{});
  for (const MustacheToken& token : tokens) {
    if (token.lineStart) {
      MustacheNode start;
      start.kind = NodeKind::LineStart;
      m_frames.back().node.children.push_back(std::move(start));
    }
    if (!token.isTag) {
      if (token.removed) continue;
      MustacheNode text;
      text.text = std::string(token.text);
      m_frames.back().node.children.push_back(std::move(text));
      continue;
    }
    if (auto error = addTag(token)) return error;
  }
  if (m_frames.size() > 1) {
    const Frame& open = m_frames.back();
    return errorAt(*open.open, unclosedId(open.node.kind), {open.node.name, std::string(tagText(*open.open))});
  }
  nodes = std::move(m_frames.back().node.children);
  return std::nullopt;
}

std::optional<TemplateDiagnostic> MustacheTreeBuilder::addTag(const MustacheToken& token) {
  MustacheNode node;
  switch (token.kind) {
    case TagKind::Comment:
    case TagKind::SetDelimiter:
      return std::nullopt;
    case TagKind::Close:
      return close(token);
    case TagKind::Variable:
    case TagKind::Unescaped:
      if (auto error = makeNode(token, NodeKind::Variable, node)) return error;
      node.escape = token.kind == TagKind::Variable;
      m_frames.back().node.children.push_back(std::move(node));
      return std::nullopt;
    case TagKind::Partial:
      if (auto error = makeNode(token, NodeKind::Partial, node)) return error;
      m_frames.back().node.children.push_back(std::move(node));
      return std::nullopt;
    case TagKind::Section:
    case TagKind::Inverted:
    case TagKind::Parent:
    case TagKind::Block: {
      const NodeKind kind = token.kind == TagKind::Section    ? NodeKind::Section
                            : token.kind == TagKind::Inverted ? NodeKind::Inverted
                            : token.kind == TagKind::Parent   ? NodeKind::Parent
                                                              : NodeKind::Block;
      if (auto error = makeNode(token, kind, node)) return error;
      // Parsing, linking and rendering walk the tree recursively: refuse absurd depths up front.
      if (m_frames.size() > kMaxNesting)
        return errorAt(token, "template.too-deep", {std::to_string(kMaxNesting)});
      m_frames.push_back(Frame{std::move(node), &token});
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<TemplateDiagnostic> MustacheTreeBuilder::close(const MustacheToken& token) {
  if (m_frames.size() == 1)
    return errorAt(token, "template.close-without-open", {std::string(tagText(token))});
  Frame& open = m_frames.back();
  if (open.node.name != token.text) {
    const SourcePosition at = open.node.position;
    return errorAt(token, mismatchedId(open.node.kind),
                   {std::string(tagText(token)), open.node.name, std::string(tagText(*open.open)),
                    std::to_string(at.line), std::to_string(at.column)});
  }
  MustacheNode node = std::move(open.node);
  m_frames.pop_back();
  if (node.kind == NodeKind::Parent) {
    // Only the argument blocks of a parent matter; other text inside it is ignored (spec).
    std::erase_if(node.children, [](const MustacheNode& child) { return child.kind != NodeKind::Block; });
  }
  m_frames.back().node.children.push_back(std::move(node));
  return std::nullopt;
}

std::optional<TemplateDiagnostic> MustacheTreeBuilder::makeNode(const MustacheToken& token, NodeKind kind,
                                                                MustacheNode& node) const {
  node.kind = kind;
  node.name = std::string(token.text);
  node.position = m_lines.positionOf(token.offset);
  node.standalone = token.standalone;
  node.text = std::string(token.indent);
  const bool takesPath = kind == NodeKind::Variable || kind == NodeKind::Section || kind == NodeKind::Inverted;
  if (takesPath && !splitName(token.text, node.path))
    return errorAt(token, "template.bad-name", {std::string(token.text), std::string(tagText(token))});
  return std::nullopt;
}

TemplateDiagnostic MustacheTreeBuilder::errorAt(const MustacheToken& token, ErrorId id,
                                                std::vector<std::string> args) const {
  return syntaxError(m_lines.positionOf(token.offset), id, std::move(args));
}

std::string_view MustacheTreeBuilder::tagText(const MustacheToken& token) const {
  return m_source.substr(token.offset, token.end - token.offset);
}

}  // namespace copydesk
