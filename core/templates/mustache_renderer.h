#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/common/json.h"
#include "core/templates/context_stack.h"
#include "core/templates/mustache_node.h"
#include "core/templates/render_options.h"

namespace copydesk {

// Walks a parsed document once against one context, appending to an output string.
// Holds per-render state (context stack, indentation, parent arguments); make one per render.
class MustacheRenderer final {
 public:
  MustacheRenderer(const MustacheDocument& document, const Json& context, const RenderOptions& options,
                   std::string& out, std::vector<TemplateDiagnostic>* warnings);
  MustacheRenderer(const MustacheRenderer&) = delete;
  MustacheRenderer& operator=(const MustacheRenderer&) = delete;

  void render();

 private:
  // A parent being expanded: its argument blocks override same-named blocks below it.
  struct Arguments {
    const MustacheNode* parent = nullptr;
    const std::string* templateName = nullptr;
  };

  void renderNodes(const MustacheNodes& nodes);
  void renderNode(const MustacheNode& node);
  void renderVariable(const MustacheNode& node);
  void renderSection(const MustacheNode& node);
  void renderInverted(const MustacheNode& node);
  void renderPartial(const MustacheNode& node, bool isParent);
  void renderBlock(const MustacheNode& node);
  bool overBudget(const MustacheNode& node);
  void lineStart();
  const Json* lookup(const MustacheNode& node);
  void warn(const MustacheNode& node, TemplateDiagnostic::Kind kind, ErrorId id, std::vector<std::string> args);

  const MustacheDocument& m_document;
  ContextStack m_stack;
  RenderOptions m_options;
  std::string& m_out;
  std::vector<TemplateDiagnostic>* m_warnings;
  std::unordered_set<const MustacheNode*> m_warned;
  std::string m_indent;                 // put at every line start of the template text being rendered
  bool m_skipIndentOnce = false;        // the line already started where an inline block opened
  std::vector<Arguments> m_arguments;   // outermost first: outer arguments win (spec)
  const std::string* m_templateName;    // the partial being rendered, for warnings
  int m_depth = 0;                      // nested partial/parent/block expansions
  std::size_t m_startSize;              // m_out's size before this render (renderTo appends)
  std::size_t m_steps = 0;              // nodes visited, against the render budget
  bool m_stopped = false;               // a limit was reached: render nothing more
};

}  // namespace copydesk
