// kind "html-safety": in an HTML field, the markup the export's sanitiser (core/export/
// html_sanitizer.cpp) removes — elements dropped with their content (script, style, iframe,
// form …), elements that vanish (img), unsafe links (javascript:) and the attributes the rule
// lists (`attributes`, "on*" for every event handler). The export removes them anyway; the
// warning tells the writer what the shop will not show. The element lists mirror the sanitiser's;
// a test holds the two together.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

// The sanitiser keeps p, br, ul, ol, li, strong, em, b, i, h2-h4, a, tables and unwraps the rest;
// these it drops whole:
bool droppedWithContent(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_APPLET: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

// Elements without content: unwrapping them leaves nothing (an image disappears).
bool vanishes(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_HR: case GUMBO_TAG_AREA:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
      return true;
    default:
      return false;
  }
}

// As the sanitiser: control characters and spaces inside a scheme are ignored ("java\tscript:").
bool safeHref(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    if (c == ':') break;
    if (static_cast<unsigned char>(c) <= ' ') continue;
    if (c == '/' || c == '?' || c == '#') return true;
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (url.find(':') == std::string_view::npos) return true;
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

std::string tagName(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  std::string name;
  for (std::size_t i = 1; i < element.original_tag.length; ++i) {
    const char c = element.original_tag.data[i];
    if (std::isspace(static_cast<unsigned char>(c)) || c == '/' || c == '>') break;
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return name;
}

// name="value", the value cut at 32 bytes (on a character boundary) so a long handler stays short.
std::string describeAttribute(const GumboAttribute& a) {
  std::string value = a.value;
  if (value.size() > 32) {
    std::size_t cut = 32;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    value = value.substr(0, cut) + "…";
  }
  return std::string(a.original_name.data, a.original_name.length) + "=\"" + value + "\"";
}

class HtmlSafetyRule final : public Rule {
 public:
  HtmlSafetyRule(RuleMeta meta, std::vector<std::string> attributes)
      : Rule(std::move(meta)), m_attributes(std::move(attributes)) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    if (!input.html) return;
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    GumboOutput* output = gumbo_parse_with_options(&options, text.bytes().data(), text.bytes().size());
    walk(output->root, text.bytes().size(), out);
    gumbo_destroy_output(&options, output);
  }

 private:
  void walk(const GumboNode* node, std::size_t size, std::vector<Finding>& out) const {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& element = node->v.element;
    const bool written = element.original_tag.length > 0;  // not implied by the parser
    const bool removed = written && (droppedWithContent(element.tag) || vanishes(element.tag));
    if (removed) {
      const std::size_t start = element.start_pos.offset;
      std::size_t end = start + element.original_tag.length;
      if (element.original_end_tag.length > 0) end = element.end_pos.offset + element.original_end_tag.length;
      end = std::min(end, size);
      out.push_back(finding(start, end - start, "html.removed", {"<" + tagName(element) + ">"}));
    }
    if (written) attributes(element, removed, size, out);
    if (removed && droppedWithContent(element.tag)) return;  // its content goes with it
    for (unsigned i = 0; i < element.children.length; ++i)
      walk(static_cast<const GumboNode*>(element.children.data[i]), size, out);
  }

  // On an element that goes anyway, only what is dangerous in itself is named (an event handler,
  // a script link): its src or style leave with it.
  void attributes(const GumboElement& element, bool removed, std::size_t size, std::vector<Finding>& out) const {
    for (unsigned i = 0; i < element.attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(element.attributes.data[i]);
      const std::string_view name = a->name;
      const bool handler = name.size() > 2 && name.substr(0, 2) == "on";
      const bool link = name == "href" || name == "src" || name == "action" || name == "formaction";
      bool report;
      if (element.tag == GUMBO_TAG_A && name == "href") report = !safeHref(a->value);
      else if (removed) report = (handler && listed(name)) || (link && !safeHref(a->value));
      else report = listed(name);
      if (!report) continue;
      const std::size_t start = std::min<std::size_t>(a->name_start.offset, size);
      const std::size_t end = std::min<std::size_t>(std::max(a->value_end.offset, a->name_end.offset), size);
      out.push_back(finding(start, end > start ? end - start : 0, "html.removed", {describeAttribute(*a)}));
    }
  }

  bool listed(std::string_view name) const {
    return std::any_of(m_attributes.begin(), m_attributes.end(), [&](const std::string& pattern) {
      if (!pattern.empty() && pattern.back() == '*')
        return name.substr(0, pattern.size() - 1) == std::string_view(pattern).substr(0, pattern.size() - 1);
      return name == pattern;
    });
  }

  std::vector<std::string> m_attributes;  // lower case; "on*" matches every name starting with "on"
};

}  // namespace

Result<std::unique_ptr<Rule>> makeHtmlSafetyRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto attributes = stringList(rule, "attributes");
  if (!attributes) return attributes.error();
  for (auto& a : *attributes) a = foldAscii(a);
  return std::unique_ptr<Rule>(new HtmlSafetyRule(std::move(meta), std::move(*attributes)));
}

}  // namespace copydesk
