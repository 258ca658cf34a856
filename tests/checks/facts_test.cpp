// The four facts rules (resources/checks/facts.toml) through runChecks: what fires, what must not,
// the messages' arguments and the spans in code points; and the facts-terms table's errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/checks/checker.h"
#include "core/checks/facts/facts_rules.h"
#include "core/checks/rule_book.h"
#include "core/common/paths.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

const RuleBook& shippedBook() {
  static const RuleBookLoad load = [] {
    test::TempDir noUserRules;
    return loadRuleBook(resourcesDir() / "checks", noUserRules.path());
  }();
  REQUIRE(load.problems.empty());
  return *load.book;
}

// The facts findings on `text` about `product` ("rule:stated" for each, in order).
std::vector<Finding> factFindings(const std::string& text, const Product* product, const std::string& brand = {}) {
  CheckInput input;
  input.text = text;
  input.field = "description";
  input.product = product;
  input.brand = brand;
  std::vector<Finding> findings = runChecks(shippedBook(), input);
  std::erase_if(findings, [](const Finding& f) { return f.ruleSet != "facts"; });
  return findings;
}

std::vector<std::string> fired(const std::string& text, const Product& product) {
  std::vector<std::string> out;
  for (const Finding& f : factFindings(text, &product)) out.push_back(f.rule + ":" + f.args.at(0));
  return out;
}

Product kettle() {
  Product p;
  p.id = 1;
  p.sku = "KT-1700";
  p.title = "Electric Kettle 1.7 L";
  p.brand = "Hearthly";
  p.attributes = Json{{"capacity", "1.7 L"}, {"power", "2200 W"}, {"material", "copper"}, {"colour", "black"}};
  return p;
}

Product mug() {
  Product p;
  p.id = 2;
  p.title = "陶瓷马克杯 350ml 白色";
  p.attributes = Json{{"容量", "350ml"}, {"材质", "陶瓷"}, {"颜色", "白色"}};
  return p;
}

Product tee() {
  Product p;
  p.id = 3;
  p.title = "Crew Tee";
  p.attributes = Json{{"material", "polyester"}};
  p.variants.push_back(Variant{"TEE-R", "Red / M", "", Json{{"Size", "M"}, {"Color", "Red"}}, Json::object()});
  p.variants.push_back(Variant{"TEE-B", "Blue / M", "", Json{{"Size", "M"}, {"Color", "Blue"}}, Json::object()});
  return p;
}

}  // namespace

TEST_CASE("a quantity the facts give with another value is an error naming both") {
  const Product p = mug();
  const auto findings = factFindings("500毫升大容量，一杯装下整份早餐。", &p);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings.front();
  CHECK(f.rule == "facts.number-mismatch");
  CHECK(f.severity == Severity::Error);
  CHECK(f.message == "facts.number-mismatch");
  CHECK(f.args == std::vector<std::string>{"500毫升", "350ml"});
  CHECK(f.start == 0);
  CHECK(f.length == 5);  // code points, not bytes
  CHECK(f.source == "Product data in the catalog");
  CHECK_FALSE(f.explanationEn.empty());
  CHECK_FALSE(f.explanationZh.empty());
}

TEST_CASE("spans are code points into the text as given") {
  const Product p = mug();
  const auto findings = factFindings("这款杯子容量500ml，黑色釉面。", &p);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].rule == "facts.number-mismatch");
  CHECK(findings[0].start == 6);
  CHECK(findings[0].length == 5);
  CHECK(findings[1].rule == "facts.colour-mismatch");
  CHECK(findings[1].start == 12);
  CHECK(findings[1].length == 2);
  CHECK(findings[1].args == std::vector<std::string>{"黑色", "白色"});
}

TEST_CASE("numbers: mismatches, fractions of an inch, and quantities the facts never state") {
  const Product k = kettle();
  CHECK(fired("A 1.5 L kettle with a 3000 W element.", k) ==
        std::vector<std::string>{"facts.number-mismatch:1.5 L", "facts.number-mismatch:3000 W"});
  CHECK(fired("At just 900 g, with a 1.2 m cord.", k) ==
        std::vector<std::string>{"facts.number-unstated:900 g", "facts.number-unstated:1.2 m"});
  const auto unstated = factFindings("At just 900 g.", &k);
  REQUIRE(unstated.size() == 1);
  CHECK(unstated[0].severity == Severity::Warning);
  CHECK(unstated[0].args == std::vector<std::string>{"900 g"});

  Product socket;
  socket.title = "Deep Impact Socket 1-9/16\"";
  socket.attributes = Json{{"drive", "1/2\""}, {"material", "steel"}};
  CHECK(fired("A 9/16\" deep socket.", socket) == std::vector<std::string>{"facts.number-mismatch:9/16\""});
  CHECK(fired("A 1-9/16\" socket on a 1/2\" drive, forged steel.", socket).empty());
  CHECK(fired("1-9/16英寸套筒，1/2英寸方头驱动，钢制锻造。", socket).empty());
}

TEST_CASE("numbers that agree after conversion, packs and variants do not fire") {
  const Product k = kettle();
  CHECK(fired("A 1700 ml kettle; 2.2 kW of power.", k).empty());
  Product tea;
  tea.title = "明前龙井 250g 礼盒";
  tea.attributes = Json{{"净含量", "250g"}, {"等级", "一级"}};
  CHECK(fired("礼盒内含50g×5小罐，即0.25千克，一级明前龙井。", tea).empty());
  CHECK(fired("净含量500g，够喝一整个春天。", tea) == std::vector<std::string>{"facts.number-mismatch:500g"});
  Product bottle;
  bottle.title = "Insulated Water Bottle";
  bottle.attributes = Json{{"capacity", "500 ml"}};
  bottle.variants.push_back(Variant{"BTL-750", "750 ml", "", Json{{"Capacity", "750 ml"}}, Json::object()});
  CHECK(fired("The 750 ml size, or 16.9 fl oz in the small one.", bottle).empty());
  CHECK(fired("A 2-in-1 lid, 24/7 support, model X100W, 2024 edition.", bottle).empty());
}

TEST_CASE("a size is reported once when a side differs") {
  Product towel;
  towel.title = "长绒棉浴巾 70×140cm";
  towel.attributes = Json{{"尺寸", "70×140cm"}, {"材质", "长绒棉"}};
  CHECK(fired("70×140厘米大尺寸，长绒棉。", towel).empty());
  CHECK(fired("80×160cm加大尺寸。", towel) == std::vector<std::string>{"facts.number-mismatch:80×160cm"});
}

TEST_CASE("materials: another one is an error, kinds of the same one are not") {
  const Product k = kettle();
  const auto findings = factFindings("A brushed steel kettle.", &k);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "facts.material-mismatch");
  CHECK(findings[0].args == std::vector<std::string>{"steel", "copper"});
  CHECK(findings[0].start == 10);
  CHECK(findings[0].length == 5);

  const Product t = tee();
  CHECK(fired("100% cotton, soft from the first wash.", t) ==
        std::vector<std::string>{"facts.material-mismatch:cotton"});

  Product pot;
  pot.attributes = Json{{"材质", "铜"}};
  CHECK(fired("紫铜锅身，导热快。", pot).empty());  // 紫铜 is a copper
  CHECK(fired("黄铜把手。", pot).empty());           // brass is a copper alloy
  Product bottle;
  bottle.attributes = Json{{"material", "18/8 stainless steel"}};
  CHECK(fired("Steel walls, a metal cap.", bottle).empty());  // stainless steel is a steel is a metal
  CHECK(fired("不锈钢内胆，钢化玻璃盖。", mug()) ==
        std::vector<std::string>{"facts.material-mismatch:不锈钢", "facts.material-mismatch:钢化玻璃"});
}

TEST_CASE("colours: the variants state theirs, figurative colours never fire") {
  const Product t = tee();
  CHECK(fired("Available in red and blue.", t).empty());
  CHECK(fired("Available in red and bright green.", t) == std::vector<std::string>{"facts.colour-mismatch:green"});
  Product option;
  option.attributes = Json{{"颜色", "雾霾蓝"}, {"材质", "棉"}};
  CHECK(fired("蓝色款，纯棉面料。", option).empty());  // 雾霾蓝 is a blue by its ending
  CHECK(fired("粉色款少女心。", option) == std::vector<std::string>{"facts.colour-mismatch:粉色"});
  Product any;
  any.attributes = Json{{"color", "Multicolor"}};
  CHECK(fired("A red and yellow pattern.", any).empty());
}

TEST_CASE("traps: teas, noises, dishes, eyewear, lookalikes, negations and brands do not fire") {
  const Product k = kettle();
  CHECK(fired("Great for black tea, green tea and white noise-free mornings.", k).empty());
  CHECK(fired("Golden brown toast and a red envelope: 红包 for all.", k).empty());
  CHECK(fired("Put on your glasses; pour a glass of water.", k).empty());
  CHECK(fired("Unlike cheap plastic kettles, no aluminium taste; never use steel wool.", k).empty());
  CHECK(fired("A copper kettle with a wood-grain handle, glass-like shine and a red light when it boils.", k)
            .empty());
  CHECK(fired("A black kettle in copper, lead-free and BPA-free.", k).empty());
  const Product m = mug();
  CHECK(fired("适合冲泡红茶、绿茶和花草茶，红烧肉也能装。陶瓷杯身，不含塑料。", m).empty());
  CHECK(fired("绿色环保的白色陶瓷杯，告别玻璃杯易碎的烦恼。", m).empty());
  CHECK(fired("仿木纹陶瓷杯，木纹釉面。", m).empty());
}

TEST_CASE("a quantity about another aspect, or a time, is unstated rather than contradicted") {
  Product stool;
  stool.attributes = Json{{"weight", "1.2 kg"}, {"max load", "150 kg"}, {"height", "22 cm"}};
  CHECK(fired("Supports up to 150 kg yet weighs only 1.2 kg.", stool).empty());
  CHECK(fired("Holds up to 200 kg.", stool) == std::vector<std::string>{"facts.number-mismatch:200 kg"});
  CHECK(fired("Folds flat to 4 cm thick.", stool) == std::vector<std::string>{"facts.number-unstated:4 cm"});
  CHECK(fired("A 30 cm step.", stool) == std::vector<std::string>{"facts.number-mismatch:30 cm"});
  Product pillow;
  pillow.attributes = Json{{"尺寸", "60×40cm"}, {"高度", "10cm"}};
  CHECK(fired("12厘米高度，适合侧睡。", pillow) == std::vector<std::string>{"facts.number-mismatch:12厘米"});
  CHECK(fired("枕芯厚3厘米。", pillow) == std::vector<std::string>{"facts.number-unstated:3厘米"});
  Product earbuds;
  earbuds.attributes = Json{{"battery", "8 hours"}};
  CHECK(fired("8 hours of music; a 10 minutes charge gives 2 hours.", earbuds) ==
        std::vector<std::string>{"facts.number-unstated:10 minutes", "facts.number-unstated:2 hours"});
  Product diffuser;
  diffuser.attributes = Json{{"capacity", "300 ml"}, {"run time", "10 hours"}};
  CHECK(fired("Runs for 12 hours on one fill; a 500 ml tank.", diffuser) ==
        std::vector<std::string>{"facts.number-mismatch:12 hours", "facts.number-mismatch:500 ml"});
  CHECK(fired("Charging takes 3 hours.", diffuser) == std::vector<std::string>{"facts.number-unstated:3 hours"});
}

TEST_CASE("parts, other objects and pairings are not the product's material or colour") {
  Product bottle;
  bottle.attributes = Json{{"材质", "316不锈钢"}, {"color", "purple"}};
  CHECK(fired("杯盖采用食品级PP材质，硅胶密封圈不漏水。", bottle).empty());
  CHECK(fired("A purple bottle with a bamboo lid and a black carry strap.", bottle).empty());
  CHECK(fired("Pairs with navy chinos or black jeans; works on glass-ceramic hobs.", bottle).empty());
  CHECK(fired("The LED turns red when it is full.", bottle).empty());
  CHECK(fired("A white lamp body in purple light? No: 白色灯身。", bottle) ==
        std::vector<std::string>{"facts.colour-mismatch:white", "facts.colour-mismatch:白色"});
  CHECK(fired("A black bottle.", bottle) == std::vector<std::string>{"facts.colour-mismatch:black"});
}

TEST_CASE("a colour or material value the vocabulary cannot read keeps the rule quiet") {
  Product shoe;
  shoe.attributes = Json{{"material", "TPE"}};
  shoe.variants.push_back(Variant{"S-1", "Midnight", "", Json{{"Color", "Midnight"}}, Json::object()});
  shoe.variants.push_back(Variant{"S-2", "White", "", Json{{"Color", "White"}}, Json::object()});
  CHECK(fired("A black rubber shoe.", shoe).empty());
}

TEST_CASE("a brand's name states no colour or material") {
  Product boots;
  boots.brand = "Red Wing";
  boots.attributes = Json{{"material", "leather"}, {"color", "brown"}};
  CHECK(factFindings("Red Wing boots in brown leather.", &boots).empty());
  CHECK(factFindings("Copper Chef pans.", &boots, "Copper Chef").empty());
}

TEST_CASE("facts naming no material or colour, or no product at all, say nothing") {
  Product plain;
  plain.title = "Gift";
  CHECK(factFindings("A steel and copper gift in red and blue.", &plain).empty());
  CHECK(factFindings("A 500 ml steel bottle in red.", nullptr).empty());
}

TEST_CASE("a broken facts table is an error naming its line") {
  RuleMeta meta;
  meta.setId = "facts";
  meta.id = "material-mismatch";
  const auto unknownParent = toml::parse(R"(
[[material]]
names_en = ["steel"]
is_a = ["metal"]
)");
  auto made = makeFactTermsRule(meta, unknownParent);
  REQUIRE_FALSE(made.ok());
  CHECK(made.error().message.find("metal") != std::string::npos);
  CHECK(made.error().where.find(":4:") != std::string::npos);  // the is_a line

  const auto neither = toml::parse("negations = [\"not\"]\n");
  CHECK_FALSE(makeFactTermsRule(meta, neither).ok());
  const auto badReport = toml::parse("report = \"sometimes\"\n");
  CHECK_FALSE(makeFactNumbersRule(meta, badReport).ok());
  const auto good = toml::parse("report = \"unstated\"\ntolerance = 0.05\n");
  CHECK(makeFactNumbersRule(meta, good).ok());
}
