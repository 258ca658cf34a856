#include "core/export/html_sanitizer.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace copydesk {
namespace {

bool keptElement(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_BR: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_EM: case GUMBO_TAG_B: case GUMBO_TAG_I:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_A:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TR:
    case GUMBO_TAG_TH: case GUMBO_TAG_TD:
      return true;
    default:
      return false;
  }
}

// Elements whose content is code, a foreign document or a form: dropped whole.
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

bool voidElement(GumboTag tag) { return tag == GUMBO_TAG_BR; }

// Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so we do too.
bool safeHref(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    if (c == ':') break;
    if (static_cast<unsigned char>(c) <= ' ') continue;
    if (c == '/' || c == '?' || c == '#') return true;  // relative URL: no scheme
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (url.find(':') == std::string_view::npos) return true;
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

void serialize(const GumboNode* node, std::string& out);

void serializeChildren(const GumboVector& children, std::string& out) {
  for (unsigned i = 0; i < children.length; ++i) serialize(static_cast<const GumboNode*>(children.data[i]), out);
}

void serializeElement(const GumboElement& element, std::string& out) {
  const GumboTag tag = element.tag;
  if (droppedWithContent(tag)) return;
  if (!keptElement(tag)) {
    serializeChildren(element.children, out);
    return;
  }
  const char* name = gumbo_normalized_tagname(tag);
  out += '<';
  out += name;
  if (tag == GUMBO_TAG_A) {
    if (const GumboAttribute* href = gumbo_get_attribute(&element.attributes, "href"); href && safeHref(href->value)) {
      out += " href=\"";
      HtmlSanitizer::appendEscaped(out, href->value, true);
      out += '"';
    }
  }
  out += '>';
  if (voidElement(tag)) return;
  serializeChildren(element.children, out);
  out += "</";
  out += name;
  out += '>';
}

void serialize(const GumboNode* node, std::string& out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      HtmlSanitizer::appendEscaped(out, node->v.text.text, false);
      break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      serializeElement(node->v.element, out);
      break;
    default:  // comments and the document node carry nothing we keep
      break;
  }
}

}  // namespace

void HtmlSanitizer::appendEscaped(std::string& out, std::string_view text, bool attribute) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      default: out += c;
    }
  }
}

std::string HtmlSanitizer::sanitize(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_BODY;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  std::string out;
  out.reserve(html.size());
  // A fragment parse puts the nodes under an <html> root element.
  const GumboNode* root = output->root;
  if (root->type == GUMBO_NODE_ELEMENT) serializeChildren(root->v.element.children, out);
  gumbo_destroy_output(&options, output);
  return out;
}

bool HtmlSanitizer::looksLikeHtml(std::string_view text) {
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    if (i + 1 < text.size() && (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/' ||
                                text[i + 1] == '!')) {
      return true;
    }
  }
  return text.find('&') != std::string_view::npos && text.find(';') != std::string_view::npos;
}

std::string HtmlSanitizer::toHtml(std::string_view copy) {
  if (looksLikeHtml(copy)) return sanitize(copy);
  std::string out;
  std::string paragraph;
  auto closeParagraph = [&] {
    if (!paragraph.empty()) out += "<p>" + paragraph + "</p>";
    paragraph.clear();
  };
  std::size_t start = 0;
  bool lastBlank = false;
  while (start <= copy.size()) {
    std::size_t end = copy.find('\n', start);
    if (end == std::string_view::npos) end = copy.size();
    std::string_view line = copy.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const bool blank = std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
    if (blank) {
      closeParagraph();
    } else {
      if (!paragraph.empty() && !lastBlank) paragraph += "<br>";
      appendEscaped(paragraph, line, false);
    }
    lastBlank = blank;
    start = end + 1;
  }
  closeParagraph();
  return out;
}

}  // namespace copydesk
