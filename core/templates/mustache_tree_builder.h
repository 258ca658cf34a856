#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/templates/line_index.h"
#include "core/templates/mustache_node.h"
#include "core/templates/mustache_token.h"

namespace copydesk {

// Turns the marked token list into the node tree, checking that every section, parent and block
// is closed by a tag with the same name.
class MustacheTreeBuilder final {
 public:
  MustacheTreeBuilder(std::string_view source, const LineIndex& lines);

  std::optional<TemplateDiagnostic> build(const std::vector<MustacheToken>& tokens, MustacheNodes& nodes);

 private:
  struct Frame {
    MustacheNode node;
    const MustacheToken* open = nullptr;
  };

  std::optional<TemplateDiagnostic> addTag(const MustacheToken& token);
  std::optional<TemplateDiagnostic> close(const MustacheToken& token);
  std::optional<TemplateDiagnostic> makeNode(const MustacheToken& token, NodeKind kind, MustacheNode& node) const;
  TemplateDiagnostic errorAt(const MustacheToken& token, ErrorId id, std::vector<std::string> args = {}) const;
  std::string_view tagText(const MustacheToken& token) const;

  std::string_view m_source;
  const LineIndex& m_lines;
  std::vector<Frame> m_frames;
};

}  // namespace copydesk
