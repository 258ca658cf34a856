#include "core/templates/mustache_parser.h"

#include "core/templates/block_indentation.h"
#include "core/templates/line_index.h"
#include "core/templates/mustache_tokenizer.h"
#include "core/templates/mustache_tree_builder.h"
#include "core/templates/standalone_lines.h"

namespace copydesk {

MustacheParser::MustacheParser(PartialLoader loader) : m_loader(std::move(loader)) {}

std::optional<TemplateDiagnostic> MustacheParser::parseNodes(std::string_view source, MustacheNodes& nodes) {
  const LineIndex lines(source);
  std::vector<MustacheToken> tokens;
  MustacheTokenizer tokenizer(source, lines);
  if (auto error = tokenizer.tokenize(tokens)) return error;
  markStandaloneLines(tokens, source);
  MustacheTreeBuilder builder(source, lines);
  if (auto error = builder.build(tokens, nodes)) return error;
  removeBlockIndentation(nodes);
  return std::nullopt;
}

ParseResult<std::shared_ptr<const MustacheDocument>> MustacheParser::parse(std::string_view source) const {
  auto document = std::make_shared<MustacheDocument>();
  if (auto error = parseNodes(source, document->nodes)) return *error;
  link(document->nodes, *document);
  // link() appends newly named partials; each is loaded and parsed once, in turn.
  for (std::size_t i = 0; i < document->partials.size(); ++i) {
    const std::string name = document->partials[i].name;
    const std::optional<std::string> text = m_loader ? m_loader(name) : std::nullopt;
    if (!text) continue;
    MustacheNodes nodes;
    if (auto error = parseNodes(*text, nodes)) {
      error->templateName = name;
      addContext(*error, "template.in-partial", {name});
      return *error;
    }
    link(nodes, *document);
    document->partials[i].found = true;
    document->partials[i].nodes = std::move(nodes);
  }
  return std::shared_ptr<const MustacheDocument>(std::move(document));
}

void MustacheParser::link(MustacheNodes& nodes, MustacheDocument& document) const {
  for (MustacheNode& node : nodes) {
    if (node.kind == NodeKind::Partial || node.kind == NodeKind::Parent) {
      for (std::size_t i = 0; i < document.partials.size() && node.partial < 0; ++i)
        if (document.partials[i].name == node.name) node.partial = static_cast<int>(i);
      if (node.partial < 0) {
        node.partial = static_cast<int>(document.partials.size());
        document.partials.push_back(MustachePartial{node.name, false, {}});
      }
    }
    link(node.children, document);
  }
}

}  // namespace copydesk
