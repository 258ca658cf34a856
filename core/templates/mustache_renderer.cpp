#include "core/templates/mustache_renderer.h"

#include <utility>

#include "core/templates/value_text.h"

namespace copydesk {
namespace {

const std::string kMainTemplate;
// Deep enough for any real template; stops a partial or block that includes itself forever.
// Reaching it stops the whole render, not just that expansion: a partial that includes itself
// twice would otherwise expand 2^200 times before every branch had hit the limit.
constexpr int kMaxDepth = 200;
// Output can grow as a power of the nesting without any recursion: a name an item lacks is looked up
// in the outer contexts, so twenty nested {{#tags}} over three tags iterate 3^20 times. No real prompt
// comes near these; reaching either stops the whole render with a warning.
constexpr std::size_t kMaxSteps = 2'000'000;            // nodes visited
constexpr std::size_t kMaxOutputBytes = 16u << 20;      // 16 MiB of text

}  // namespace

MustacheRenderer::MustacheRenderer(const MustacheDocument& document, const Json& context,
                                   const RenderOptions& options, std::string& out,
                                   std::vector<TemplateDiagnostic>* warnings)
    : m_document(document),
      m_stack(context),
      m_options(options),
      m_out(out),
      m_warnings(options.collectWarnings ? warnings : nullptr),
      m_templateName(&kMainTemplate),
      m_startSize(out.size()) {}

void MustacheRenderer::render() { renderNodes(m_document.nodes); }

void MustacheRenderer::renderNodes(const MustacheNodes& nodes) {
  for (const MustacheNode& node : nodes) {
    if (m_stopped) return;
    if (overBudget(node)) return;
    renderNode(node);
  }
}

bool MustacheRenderer::overBudget(const MustacheNode& node) {
  if (++m_steps <= kMaxSteps && m_out.size() - m_startSize <= kMaxOutputBytes) return false;
  warn(node, TemplateDiagnostic::Kind::RenderLimit, "template.render-too-large",
       {std::to_string(kMaxSteps), std::to_string(kMaxOutputBytes >> 20)});
  m_stopped = true;
  return true;
}

void MustacheRenderer::renderNode(const MustacheNode& node) {
  switch (node.kind) {
    case NodeKind::Text:
      m_skipIndentOnce = false;
      m_out.append(node.text);
      break;
    case NodeKind::LineStart: lineStart(); break;
    case NodeKind::Variable: renderVariable(node); break;
    case NodeKind::Section: renderSection(node); break;
    case NodeKind::Inverted: renderInverted(node); break;
    case NodeKind::Partial: renderPartial(node, false); break;
    case NodeKind::Parent: renderPartial(node, true); break;
    case NodeKind::Block: renderBlock(node); break;
  }
}

void MustacheRenderer::lineStart() {
  if (m_skipIndentOnce) m_skipIndentOnce = false;
  else m_out.append(m_indent);
}

void MustacheRenderer::renderVariable(const MustacheNode& node) {
  const Json* value = lookup(node);
  if (!value) return;
  m_skipIndentOnce = false;
  appendValueText(m_out, *value, node.escape && m_options.escapeHtml);
}

void MustacheRenderer::renderSection(const MustacheNode& node) {
  const Json* value = lookup(node);
  if (!value || !isTruthy(*value, m_options.emptyStringIsFalsy)) return;
  if (value->is_array()) {
    for (const Json& item : *value) {
      m_stack.push(item);
      renderNodes(node.children);
      m_stack.pop();
    }
    return;
  }
  m_stack.push(*value);
  renderNodes(node.children);
  m_stack.pop();
}

void MustacheRenderer::renderInverted(const MustacheNode& node) {
  const Json* value = lookup(node);
  if (!value || !isTruthy(*value, m_options.emptyStringIsFalsy)) renderNodes(node.children);
}

// Partials and parents: the named template, indented when the tag stood alone on its line.
void MustacheRenderer::renderPartial(const MustacheNode& node, bool isParent) {
  const MustachePartial& partial = m_document.partials[static_cast<std::size_t>(node.partial)];
  if (!partial.found) {
    warn(node, TemplateDiagnostic::Kind::UnknownPartial, "template.unknown-partial", {node.name});
    return;
  }
  if (m_depth >= kMaxDepth) {
    warn(node, TemplateDiagnostic::Kind::RecursionLimit, "template.partial-too-deep",
         {node.name, std::to_string(kMaxDepth)});
    m_stopped = true;
    return;
  }
  ++m_depth;
  std::string indent = node.standalone ? m_indent + node.text : std::string();
  std::swap(indent, m_indent);
  const std::string* templateName = std::exchange(m_templateName, &partial.name);
  if (isParent) m_arguments.push_back(Arguments{&node, templateName});
  renderNodes(partial.nodes);
  if (isParent) m_arguments.pop_back();
  m_templateName = templateName;
  std::swap(indent, m_indent);
  --m_depth;
}

void MustacheRenderer::renderBlock(const MustacheNode& node) {
  const MustacheNode* content = &node;
  const std::string* templateName = m_templateName;
  for (const Arguments& arguments : m_arguments) {
    for (const MustacheNode& block : arguments.parent->children) {
      if (block.name != node.name) continue;
      content = &block;
      templateName = arguments.templateName;
    }
    if (content != &node) break;
  }
  if (m_depth >= kMaxDepth) {
    warn(node, TemplateDiagnostic::Kind::RecursionLimit, "template.block-too-deep",
         {node.name, std::to_string(kMaxDepth)});
    m_stopped = true;
    return;
  }
  ++m_depth;
  const std::size_t indentSize = m_indent.size();
  m_indent += node.text;
  m_skipIndentOnce = !node.standalone;
  templateName = std::exchange(m_templateName, templateName);
  renderNodes(content->children);
  m_templateName = templateName;
  m_skipIndentOnce = false;
  m_indent.resize(indentSize);
  --m_depth;
}

const Json* MustacheRenderer::lookup(const MustacheNode& node) {
  const Json* value = m_stack.find(node.path);
  if (!value) warn(node, TemplateDiagnostic::Kind::UnknownVariable, "template.unknown-variable", {node.name});
  return value;
}

void MustacheRenderer::warn(const MustacheNode& node, TemplateDiagnostic::Kind kind, ErrorId id,
                            std::vector<std::string> args) {
  if (!m_warnings || !m_warned.insert(&node).second) return;
  TemplateDiagnostic warning;
  warning.severity = TemplateDiagnostic::Severity::Warning;
  warning.kind = kind;
  warning.position = node.position;
  setDiagnosticText(warning, id, std::move(args));
  warning.name = node.name;
  warning.templateName = *m_templateName;
  m_warnings->push_back(std::move(warning));
}

}  // namespace copydesk
