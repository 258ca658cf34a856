// A prompt template file as `copydesk-cli templates import` and the studio load it:
// loadTemplateFile (NAME.json: name, field, channel, system/user as a string or a list of lines,
// temperature, max_tokens, variables; any other name: the whole text is the user part), then
// CompiledPrompt (both parts parsed, prompt semantics) rendered for a product.
//
// Input: one options byte, then the file's bytes.
//   bit 0  the file is NAME.mustache instead of NAME.json
#include <cstdint>

#include "core/templates/compiled_prompt.h"
#include "core/templates/template_context.h"
#include "core/templates/template_file.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  const auto file = fuzz::writeScratch(bits & 1 ? "fuzzed.mustache" : "fuzzed.json", text);
  auto loaded = loadTemplateFile(file);
  if (!loaded) return 0;
  (void)templateToJson(*loaded).dump();
  auto compiled = CompiledPrompt::compile(*loaded);
  if (!compiled) return 0;
  Product product;
  product.sku = "SKU-1";
  product.title = "Stainless steel bottle 500 ml";
  product.tags = {"steel", "保温杯"};
  product.attributes = {{"Capacity", "500 ml"}};
  (void)compiled->render(buildTemplateContext(product, loaded->variables));
  return 0;
}
