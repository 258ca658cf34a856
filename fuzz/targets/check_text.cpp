// The checks on copy (runChecks with the shipped rule sets), which read text that came from a
// model, a writer or `copydesk-cli check --text-file`: CheckText, the term matchers, the HTML
// safety scan, the readability rules and the facts rules (the quantity parser with its units,
// packs, ranges and fractions; the material and colour scanner) against a product's fact sheet.
//
// Input: one options byte, then parts separated by 0x1E:
//   TEXT 0x1E PRODUCT-DESCRIPTION 0x1E ATTRIBUTES-JSON 0x1E KEYWORDS (comma-separated)
// With only TEXT, the sample product (a copper kettle) is the facts.
//   bits 0-1  field: description, title, bullets, search_terms
//   bit 2     the text is HTML
//   bit 3     no product (nothing to hold the copy to)
//   bits 4-7  the channel: one of the shipped channels, or none
// Checks that every finding's span lies inside the text.
#include <cstdint>
#include <string>

#include "core/checks/check_text.h"
#include "core/checks/checker.h"
#include "core/checks/rule_book.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/sample_checks.h"

using namespace copydesk;

namespace {

const RuleBook& shippedBook() {
  static const auto book = [] {
    auto load = loadRuleBook(shippedRulesDir(), {});
    if (!load.problems.empty()) fuzz::fail("the shipped rule files do not load", load.problems.front().describe());
    return load.book;
  }();
  return *book;
}

Product productFrom(const std::vector<std::string_view>& parts) {
  Product product = fuzz::sampleProduct();
  product.description = std::string(parts[1]);
  if (parts.size() > 2) {
    Json attributes = Json::parse(parts[2], nullptr, false);
    if (attributes.is_object()) product.attributes = std::move(attributes);
  }
  return product;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(input);
  const auto parts = fuzz::splitParts(input, '\x1e', 4);
  const RuleBook& book = shippedBook();

  const Product product = parts.size() > 1 ? productFrom(parts) : fuzz::sampleProduct();
  constexpr const char* kFields[] = {"description", "title", "bullets", "search_terms"};
  CheckInput check;
  check.text = parts[0];
  check.field = kFields[bits & 3];
  check.html = bits & 4;
  check.product = bits & 8 ? nullptr : &product;
  if (const size_t channel = bits >> 4; channel > 0 && channel <= book.channels.size()) {
    check.channel = book.channels[channel - 1].id;
  }
  if (parts.size() > 3) {
    for (const auto keyword : fuzz::splitParts(parts[3], ',')) check.keywords.emplace_back(keyword);
  }
  const auto findings = runChecks(book, check);
  fuzz::requireSpansInside(check.text, findings);
  return 0;
}
