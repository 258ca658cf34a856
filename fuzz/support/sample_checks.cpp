#include "fuzz/support/sample_checks.h"

#include <string>

#include "core/checks/check_text.h"
#include "core/checks/checker.h"
#include "fuzz/support/fuzz_check.h"

namespace copydesk::fuzz {

const Product& sampleProduct() {
  static const Product product = [] {
    Product p;
    p.id = 7;
    p.sku = "KETTLE-1";
    p.title = "Copper kettle 1.7 L";
    p.description = "<p>A <b>copper</b> kettle, 2200 W, 1.7 L.</p><ul><li>Black handle</li></ul>";
    p.brand = "Acme";
    p.category = "Kitchen";
    p.tags = {"kettle", "铜壶"};
    p.price = "49.00";
    p.attributes = Json{{"capacity", "1.7 L"}, {"power (W)", "2200"}, {"material", "copper"}, {"颜色", "黑色"}};
    Variant small;
    small.sku = "KETTLE-1-S";
    small.options = {{"Size", "1 L"}};
    p.variants.push_back(small);
    return p;
  }();
  return product;
}

void requireSpansInside(std::string_view text, const std::vector<Finding>& findings) {
  const std::size_t count = CheckText(text).codePointCount();
  for (const Finding& finding : findings) {
    require(finding.start <= count && finding.length <= count - finding.start, "a finding's span runs past the text",
            finding.rule + " at " + std::to_string(finding.start) + "+" + std::to_string(finding.length) + " of " +
                std::to_string(count));
  }
}

void checkSamples(const RuleBook& book) {
  static const char* const kTexts[] = {
      "The BEST copper kettle!!! Boils 1.7 L in 3 minutes, 2200 W. Cheap cheap cheap. Buy now, wifi ready.",
      "全网第一的铜壶，容量1.7升，功率2200瓦，黑色。最好的选择！！",
      "<p>Copper kettle <a href=\"javascript:alert(1)\">link</a></p><script>x</script> 1.5 L",
      ""};
  std::vector<std::string> channels = {""};
  for (const auto& channel : book.channels) channels.push_back(channel.id);
  for (const char* text : kTexts) {
    for (const auto& channel : channels) {
      for (const Product* product : {static_cast<const Product*>(nullptr), &sampleProduct()}) {
        CheckInput input;
        input.text = text;
        input.field = "description";
        input.channel = channel;
        input.product = product;
        input.keywords = {"kettle", "铜壶"};
        input.html = text[0] == '<';
        requireSpansInside(text, runChecks(book, input));
      }
    }
  }
}

}  // namespace copydesk::fuzz
