#include "core/export/html_to_text.h"

#include <gumbo.h>

#include "core/export/html_sanitizer.h"

namespace copydesk {
namespace {

bool blockElement(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

bool invisible(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool listElement(GumboTag tag) { return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_LI; }

void newline(std::string& out) {
  if (!out.empty() && out.back() != '\n') out += '\n';
}

// The text so far, and whether a paragraph just ended: what comes next is set off by a blank line,
// except a list, which stays under the paragraph that introduces it.
struct TextOut {
  std::string text;
  bool afterParagraph = false;
};

void beginContent(TextOut& out, bool list) {
  if (out.afterParagraph && !list && !out.text.empty()) out.text += '\n';
  out.afterParagraph = false;
}

void walk(const GumboNode* node, TextOut& to) {
  std::string& out = to.text;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
    beginContent(to, false);
    // Whitespace runs inside HTML text collapse to one space, as a browser renders them.
    for (const char* p = node->v.text.text; *p; ++p) {
      const bool space = *p == ' ' || *p == '\n' || *p == '\r' || *p == '\t';
      if (!space) out += *p;
      else if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    }
    return;
  }
  if (node->type == GUMBO_NODE_WHITESPACE) {
    if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboElement& element = node->v.element;
  if (invisible(element.tag)) return;
  if (element.tag == GUMBO_TAG_BR) {
    if (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
    return;
  }
  const bool block = blockElement(element.tag);
  if (block) {
    newline(out);
    beginContent(to, listElement(element.tag));
  }
  for (unsigned i = 0; i < element.children.length; ++i) walk(static_cast<const GumboNode*>(element.children.data[i]), to);
  if (block) {
    if (!out.empty() && out.back() == ' ') out.pop_back();
    newline(out);
    if (element.tag == GUMBO_TAG_P) to.afterParagraph = true;
  }
}

// Trims every line, drops leading/trailing blank lines and keeps at most one blank line in a row.
std::string tidy(std::string_view text) {
  std::string out;
  int blanks = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) {
      ++blanks;
    } else {
      if (!out.empty()) out += blanks > 0 ? "\n\n" : "\n";
      out += line;
      blanks = 0;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string HtmlToText::convert(std::string_view copy) {
  if (!HtmlSanitizer::looksLikeHtml(copy)) return tidy(copy);
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_BODY;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  GumboOutput* output = gumbo_parse_with_options(&options, copy.data(), copy.size());
  TextOut text;
  walk(output->root, text);
  gumbo_destroy_output(&options, output);
  return tidy(text.text);
}

std::string HtmlToText::joinLines(std::string_view text, std::string_view separator) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\n') out += separator;
    else out += c;
  }
  return out;
}

}  // namespace copydesk
