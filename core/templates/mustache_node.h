#pragma once

#include <string>
#include <vector>

#include "core/templates/template_diagnostic.h"

namespace copydesk {

enum class NodeKind {
  Text,       // literal bytes
  LineStart,  // the start of a template line: where partial and block indentation goes
  Variable,   // {{name}}, {{{name}}}, {{&name}}
  Section,    // {{#name}}…{{/name}}
  Inverted,   // {{^name}}…{{/name}}
  Partial,    // {{>name}}
  Parent,     // {{<name}}…{{/name}}: children are the argument blocks
  Block,      // {{$name}}…{{/name}}: children are the default (or argument) content
};

// One node of a parsed template. A plain tree of values: rendering walks it without allocating.
struct MustacheNode {
  NodeKind kind = NodeKind::Text;
  // Text: the bytes. Partial/Parent: the indentation of a standalone tag.
  // Block: when its opening tag is standalone, the indentation of its first content line; otherwise
  // the blanks before the tag when only blanks precede it. Either way, the indentation its content
  // is given where the block is expanded.
  std::string text;
  std::string name;               // as written: "product.title", ".", "header"
  std::vector<std::string> path;  // the name split on dots; empty for the implicit iterator "."
  bool escape = true;             // Variable: {{name}} escapes, {{{name}}} and {{&name}} do not
  bool standalone = false;        // the tag was alone on its line
  int partial = -1;               // Partial/Parent: index into MustacheDocument::partials
  SourcePosition position;        // of the opening tag
  std::vector<MustacheNode> children;
};

using MustacheNodes = std::vector<MustacheNode>;

// A partial (or parent) template, loaded once when the template that names it is parsed.
struct MustachePartial {
  std::string name;
  bool found = false;
  MustacheNodes nodes;
};

// A parsed template and every partial reachable from it.
struct MustacheDocument {
  MustacheNodes nodes;
  std::vector<MustachePartial> partials;
};

}  // namespace copydesk
