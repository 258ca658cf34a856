// HtmlSanitizer, which every HTML description passes before it goes to a shop: sanitize() (gumbo),
// toHtml() for plain copy, looksLikeHtml(), appendEscaped().
//
// Input: the copy as a writer or a model produced it.
// Checks the header's promise where it matters, on the output as a shop's browser would parse it
// again: only the kept elements (p, br, ul, ol, li, strong, em, b, i, h2-h4, a, table parts), no
// attribute but an http, https or mailto (or relative) href on <a>.
#include <gumbo.h>

#include <cctype>
#include <cstdint>
#include <string>

#include "core/export/html_sanitizer.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;

namespace {

bool allowed(GumboTag tag) {
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

// The scheme as a browser reads it: ASCII letters before the first ':', controls and spaces dropped.
bool safeLink(std::string_view url) {
  std::string scheme;
  for (char c : url) {
    if (c == ':') break;
    if (c == '/' || c == '?' || c == '#') return true;
    if (static_cast<unsigned char>(c) > ' ') scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (url.find(':') == std::string_view::npos) return true;
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

void checkNode(const GumboNode* node, const std::string& safe) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboElement& element = node->v.element;
  fuzz::require(allowed(element.tag), "an element the sanitizer does not keep survived", safe);
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    fuzz::require(element.tag == GUMBO_TAG_A && std::string_view(attribute->name) == "href",
                  "an attribute other than href survived", safe);
    fuzz::require(safeLink(attribute->value), "an unsafe link survived", safe);
  }
  for (unsigned i = 0; i < element.children.length; ++i) {
    checkNode(static_cast<const GumboNode*>(element.children.data[i]), safe);
  }
}

void checkReparsed(const std::string& safe) {
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_BODY;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  GumboOutput* output = gumbo_parse_with_options(&options, safe.data(), safe.size());
  const GumboNode* root = output->root;
  const GumboVector& children = root->v.element.children;  // the fragment's <html> root
  for (unsigned i = 0; i < children.length; ++i) checkNode(static_cast<const GumboNode*>(children.data[i]), safe);
  gumbo_destroy_output(&options, output);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view copy = fuzz::asText(data, size);
  const std::string safe = HtmlSanitizer::sanitize(copy);
  checkReparsed(safe);
  checkReparsed(HtmlSanitizer::toHtml(copy));
  (void)HtmlSanitizer::looksLikeHtml(copy);
  std::string escaped;
  HtmlSanitizer::appendEscaped(escaped, copy, true);
  return 0;
}
