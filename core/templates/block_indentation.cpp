#include "core/templates/block_indentation.h"

#include <string>

namespace copydesk {
namespace {

// Removes the longest common prefix of text and indent (both are blanks where it matters).
void stripPrefix(std::string& text, const std::string& indent) {
  std::size_t n = 0;
  while (n < text.size() && n < indent.size() && text[n] == indent[n]) ++n;
  text.erase(0, n);
}

void dedent(MustacheNodes& nodes, const std::string& indent) {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    MustacheNode& node = nodes[i];
    switch (node.kind) {
      case NodeKind::LineStart:
        if (i + 1 < nodes.size() && nodes[i + 1].kind == NodeKind::Text) stripPrefix(nodes[i + 1].text, indent);
        break;
      case NodeKind::Partial:
        if (node.standalone) stripPrefix(node.text, indent);
        break;
      case NodeKind::Parent:
      case NodeKind::Block:
        stripPrefix(node.text, indent);
        dedent(node.children, indent);
        break;
      case NodeKind::Section:
      case NodeKind::Inverted:
        dedent(node.children, indent);
        break;
      default:
        break;
    }
  }
}

}  // namespace

void removeBlockIndentation(MustacheNodes& nodes) {
  for (MustacheNode& node : nodes) {
    // Outer blocks first: their dedent also makes the indentation of nested blocks relative.
    if (node.kind == NodeKind::Block && node.standalone && !node.text.empty()) dedent(node.children, node.text);
    removeBlockIndentation(node.children);
  }
}

}  // namespace copydesk
