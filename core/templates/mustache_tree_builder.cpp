#include "core/templates/mustache_tree_builder.h"

#include <algorithm>

namespace copydesk {
namespace {

constexpr std::size_t kMaxNesting = 256;

const char* describeKind(NodeKind kind) {
  switch (kind) {
    case NodeKind::Inverted: return "inverted section";
    case NodeKind::Parent: return "parent";
    case NodeKind::Block: return "block";
    default: return "section";
  }
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

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
    return errorAt(*open.open, std::string("unclosed ") + describeKind(open.node.kind) + " " + quoted(open.node.name) +
                                   ": " + quoted(tagText(*open.open)) + " has no matching close tag");
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
        return errorAt(token, "sections nest deeper than " + std::to_string(kMaxNesting) + " levels");
      m_frames.push_back(Frame{std::move(node), &token});
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<TemplateDiagnostic> MustacheTreeBuilder::close(const MustacheToken& token) {
  if (m_frames.size() == 1)
    return errorAt(token, "close tag " + quoted(tagText(token)) + " has no open section to close");
  Frame& open = m_frames.back();
  if (open.node.name != token.text) {
    const SourcePosition at = open.node.position;
    return errorAt(token, "mismatched close tag " + quoted(tagText(token)) + ": " + describeKind(open.node.kind) +
                              " " + quoted(open.node.name) + " (" + quoted(tagText(*open.open)) + " at " +
                              std::to_string(at.line) + ":" + std::to_string(at.column) + ") is still open");
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
    return errorAt(token, "bad name " + quoted(token.text) + " in " + quoted(tagText(token)) +
                              ": dotted names need a name between the dots");
  return std::nullopt;
}

TemplateDiagnostic MustacheTreeBuilder::errorAt(const MustacheToken& token, std::string message) const {
  return syntaxError(m_lines.positionOf(token.offset), std::move(message));
}

std::string_view MustacheTreeBuilder::tagText(const MustacheToken& token) const {
  return m_source.substr(token.offset, token.end - token.offset);
}

}  // namespace copydesk
