// The Mustache engine the prompts go through: MustacheTokenizer (set-delimiter tags, standalone
// lines), MustacheParser (sections, inverted sections, partials, parents and blocks, loaded through
// the PartialLoader) and MustacheRenderer (context lookup, dotted names, escaping, indentation,
// recursion limits), with the warnings about unknown names.
//
// Input: one options byte, then parts separated by 0x1E (ASCII record separator):
//   TEMPLATE 0x1E DATA-JSON 0x1E NAME 0x1F PARTIAL 0x1E NAME 0x1F PARTIAL …
// DATA-JSON that is missing or not JSON stands for a product's prompt context.
//   bit 0  escape HTML     bit 1  empty strings falsy     bit 2  collect warnings
#include <cstdint>
#include <map>
#include <string>

#include "core/templates/line_index.h"
#include "core/templates/mustache_parser.h"
#include "core/templates/mustache_template.h"
#include "core/templates/mustache_tokenizer.h"
#include "core/templates/template_context.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;

namespace {

const Json& productContext() {
  static const Json context = [] {
    Product product;
    product.sku = "TEA-LJ-001";
    product.title = "West Lake Longjing 龙井";
    product.description = "<p>Pan-fired green tea &amp; more</p>";
    product.tags = {"tea", "绿茶", ""};
    product.price = "128.00";
    product.attributes = {{"Material", "tin"}, {"重量", "250g"}, {"images", Json::array({"a.jpg"})}};
    Variant variant;
    variant.sku = "TEA-LJ-001-S";
    variant.options = {{"Size", "S"}};
    product.variants.push_back(variant);
    return buildTemplateContext(product, {{"tone", "warm"}, {"keywords", ""}});
  }();
  return context;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  const auto parts = fuzz::splitParts(text);
  const std::string_view source = parts[0];

  // The tokenizer on its own, as the editor's highlighter calls it.
  {
    const LineIndex lines(source);
    std::vector<MustacheToken> tokens;
    (void)MustacheTokenizer(source, lines).tokenize(tokens);
  }

  Json context = parts.size() > 1 ? Json::parse(parts[1], nullptr, false) : Json();
  if (parts.size() < 2 || context.is_discarded()) context = productContext();
  std::map<std::string, std::string> partials;
  for (size_t i = 2; i < parts.size(); ++i) {
    const auto named = fuzz::splitParts(parts[i], '\x1f', 2);
    partials[std::string(named[0])] = named.size() > 1 ? std::string(named[1]) : std::string();
  }
  const PartialLoader loader = [&partials](const std::string& name) -> std::optional<std::string> {
    const auto found = partials.find(name);
    if (found == partials.end()) return std::nullopt;
    return found->second;
  };

  auto parsed = MustacheTemplate::parse(source, loader);
  if (!parsed) {
    (void)parsed.error().describe("template.mustache");
    return 0;
  }
  RenderOptions options;
  options.escapeHtml = bits & 1;
  options.emptyStringIsFalsy = bits & 2;
  options.collectWarnings = bits & 4;
  const RenderOutput output = parsed->render(context, options);
  for (const auto& warning : output.warnings) (void)warning.describe("template.mustache");
  (void)parsed->partialNames();
  return 0;
}
