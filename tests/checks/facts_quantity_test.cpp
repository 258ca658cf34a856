// The quantity parser, unit conversions and the verdict on a stated quantity (core/checks/facts).
#include <catch2/catch.hpp>

#include <string>

#include "core/checks/facts/number_verdict.h"
#include "core/checks/facts/product_fact_sheet.h"
#include "core/checks/facts/quantity_match.h"
#include "core/checks/facts/quantity_parser.h"

using namespace copydesk;

namespace {

// The one quantity in `text`, which must hold exactly one.
Quantity only(const std::string& text) {
  auto found = findQuantities(text);
  INFO(text);
  REQUIRE(found.size() == 1);
  return found.front();
}

// The first reading of the one quantity, in base units.
double base(const std::string& text) { return only(text).amounts.front().low; }

Dimension dimensionOf(const std::string& text) { return only(text).amounts.front().dimension; }

bool agree(const std::string& a, const std::string& b) { return quantitiesAgree(only(a), only(b)); }

}  // namespace

TEST_CASE("volumes in every spelling become millilitres") {
  CHECK(base("500ml") == Approx(500));
  CHECK(base("500 mL") == Approx(500));
  CHECK(base("1.5 L") == Approx(1500));
  CHECK(base("2 litres") == Approx(2000));
  CHECK(base("16 fl oz") == Approx(473.18).epsilon(0.001));
  CHECK(base("1 gallon") == Approx(3785.41));
  CHECK(base("350毫升") == Approx(350));
  CHECK(base("3升") == Approx(3000));
  CHECK(base("0.35升") == Approx(350));
  CHECK(dimensionOf("3升") == Dimension::Volume);
}

TEST_CASE("masses in every spelling become grams, an ounce read both as mass and as fluid") {
  CHECK(base("900 g") == Approx(900));
  CHECK(base("1.2 kg") == Approx(1200));
  CHECK(base("250mg") == Approx(0.25));
  CHECK(base("1 lb") == Approx(453.592));
  CHECK(base("500克") == Approx(500));
  CHECK(base("2.5千克") == Approx(2500));
  CHECK(base("2公斤") == Approx(2000));
  CHECK(base("2斤") == Approx(1000));
  const Quantity oz = only("8 oz");
  REQUIRE(oz.amounts.size() == 2);
  CHECK(oz.amounts[0].dimension == Dimension::Mass);
  CHECK(oz.amounts[0].low == Approx(226.8).epsilon(0.001));
  CHECK(oz.amounts[1].dimension == Dimension::Volume);
  CHECK(oz.amounts[1].low == Approx(236.6).epsilon(0.001));
}

TEST_CASE("lengths in every spelling become millimetres, fractions of an inch included") {
  CHECK(base("28 cm") == Approx(280));
  CHECK(base("1.2 m") == Approx(1200));
  CHECK(base("6 ft") == Approx(1828.8));
  CHECK(base("a 15-inch laptop") == Approx(381));
  CHECK(base("10厘米") == Approx(100));
  CHECK(base("1.5米") == Approx(1500));
  CHECK(base("55英寸") == Approx(1397));
  CHECK(base("9/16\"") == Approx(14.2875));
  CHECK(base("1-9/16\"") == Approx(39.6875));
  CHECK(base("1 9/16 in.") == Approx(39.6875));
  CHECK(base("1-9/16英寸") == Approx(39.6875));
  CHECK(base("1½\" drive") == Approx(38.1));
  CHECK(only("A 1-9/16\" socket").text == "1-9/16\"");
}

TEST_CASE("power, charge, voltage, current, data, frequency, temperature and time") {
  CHECK(base("2200 W") == Approx(2200));
  CHECK(base("1.5kW") == Approx(1500));
  CHECK(base("800瓦") == Approx(800));
  CHECK(base("10,000 mAh") == Approx(10000));
  CHECK(base("20000mAh") == Approx(20000));
  CHECK(base("2万毫安") == Approx(20000));
  CHECK(base("10000毫安时") == Approx(10000));
  CHECK(base("5V") == Approx(5));
  CHECK(base("12伏") == Approx(12));
  CHECK(base("2.4A") == Approx(2.4));
  CHECK(base("128GB") == Approx(128e9));
  CHECK(base("256G大内存") == Approx(256e9));
  CHECK(base("2.4GHz") == Approx(2.4e9));
  CHECK(base("260 °C") == Approx(260));
  CHECK(base("-20℃") == Approx(-20));
  CHECK(base("212°F") == Approx(100));
  CHECK(base("3 hours") == Approx(10800));
  CHECK(base("30分钟") == Approx(1800));
  CHECK(dimensionOf("5V") == Dimension::Voltage);
  CHECK(dimensionOf("2.4A") == Dimension::Current);
}

TEST_CASE("packs read as each item and as the total") {
  for (const std::string text : {"50g×5", "50 g x 5", "50克*5袋", "5 x 50 g", "5袋×50克", "5 packs x 50g"}) {
    const Quantity pack = only(text);
    INFO(text);
    REQUIRE(pack.amounts.size() == 2);
    CHECK(pack.amounts[0].low == Approx(50));
    CHECK(pack.amounts[1].low == Approx(250));
    CHECK(pack.text == text);
  }
  const Quantity drinks = only("2 x 500ml");
  CHECK(drinks.amounts[1].low == Approx(1000));
}

TEST_CASE("a size is one quantity with a part per side; a range spans its ends") {
  const Quantity towel = only("80×160cm");
  REQUIRE(towel.amounts.size() == 2);
  CHECK(towel.amounts[0].low == Approx(800));
  CHECK(towel.amounts[0].part == 0);
  CHECK(towel.amounts[1].low == Approx(1600));
  CHECK(towel.amounts[1].part == 1);
  const Quantity box = only("30 x 20 x 10 cm");
  CHECK(box.amounts.size() == 3);
  CHECK(box.amounts[2].part == 2);
  CHECK(only("30cm x 20cm").amounts.size() == 2);

  const Quantity range = only("fits wrists of 15-20 cm");
  CHECK(range.amounts.front().low == Approx(150));
  CHECK(range.amounts.front().high == Approx(200));
  CHECK(range.text == "15-20 cm");
  CHECK(only("10至20厘米").amounts.front().high == Approx(200));
}

TEST_CASE("numbers that are not quantities are left alone") {
  for (const std::string text :
       {"2 in 1", "a 2-in-1 charger", "5 in stock", "Model X100W", "SKU AB-500ml", "2024年新款", "100% cotton",
        "5G network", "4G全网通", "30 km/h", "a 10 m² room", "3升级版", "5克拉", "firmware v1.5", "1,5 L",
        "Bluetooth 5.3", "24/7 support", "3/4/2024", "3 x 4", "10mm²", "\"5\" stars", "第1代"}) {
    INFO(text);
    CHECK(findQuantities(text).empty());
  }
}

TEST_CASE("quantities carry their byte spans and read in order") {
  const std::string text = "容量500毫升，重1.2kg";
  const auto found = findQuantities(text);
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[0].start, found[0].end - found[0].start) == "500毫升");
  CHECK(text.substr(found[1].start, found[1].end - found[1].start) == "1.2kg");
}

TEST_CASE("conversions agree within rounding, different values do not") {
  CHECK(agree("1 L", "1000 ml"));
  CHECK(agree("1700 ml", "1.7 L"));
  CHECK(agree("16 oz", "473 ml"));
  CHECK(agree("12 oz", "350 ml"));
  CHECK(agree("280 mm", "28 cm"));
  CHECK(agree("1200 g", "1.2 kg"));
  CHECK(agree("0.5公斤", "500g"));
  CHECK(agree("1 TB", "1024 GB"));
  CHECK(agree("1.8 m", "1.83 m"));
  CHECK(agree("50g×5", "250 g"));
  CHECK(agree("50g×5", "50 g"));
  CHECK(agree("18 cm", "15-20 cm"));
  CHECK(agree("212°F", "100°C"));
  CHECK(agree("80×160cm", "160 x 80 cm"));

  CHECK_FALSE(agree("500 ml", "350 ml"));
  CHECK_FALSE(agree("9/16\"", "1-9/16\""));
  CHECK_FALSE(agree("22.5 W", "20 W"));
  CHECK_FALSE(agree("1 m", "3 ft"));
  CHECK_FALSE(agree("16 oz", "500 ml"));
  CHECK_FALSE(agree("80×160cm", "70×140cm"));
  CHECK_FALSE(agree("200 x 30 cm", "180 x 30 cm"));
  CHECK_FALSE(agree("500 ml", "500 g"));
}

TEST_CASE("a stated quantity is stated, contradicted or unstated by the product's data") {
  Product bottle;
  bottle.title = "Insulated Water Bottle";
  bottle.attributes = Json{{"capacity", "500 ml"}, {"Weight (g)", 320}, {"容量", "500"}, {"Variant Price", "19.99"}};
  bottle.variants.push_back(Variant{"BTL-750", "750 ml", "", Json{{"Capacity", "750ml"}}, Json::object()});
  const ProductFactSheet sheet = buildFactSheet(bottle);

  CHECK(judgeQuantity(only("750 ml"), sheet).kind == NumberVerdict::Kind::Stated);
  CHECK(judgeQuantity(only("0.5 L"), sheet).kind == NumberVerdict::Kind::Stated);
  CHECK(judgeQuantity(only("320 grams"), sheet).kind == NumberVerdict::Kind::Stated);

  const NumberVerdict litre = judgeQuantity(only("1 L"), sheet);
  CHECK(litre.kind == NumberVerdict::Kind::Contradicted);
  CHECK(litre.facts == "500 ml, 750 ml, 750ml");
  CHECK(judgeQuantity(only("400 g"), sheet).kind == NumberVerdict::Kind::Contradicted);

  CHECK(judgeQuantity(only("25 cm"), sheet).kind == NumberVerdict::Kind::Unstated);
  CHECK(judgeQuantity(only("19.99 W"), sheet).kind == NumberVerdict::Kind::Unstated);  // prices are no facts
  CHECK(judgeQuantity(only("500 mAh"), sheet).kind == NumberVerdict::Kind::Stated);    // the bare "500"
}

TEST_CASE("the fact sheet reads HTML descriptions, tags, attributes and variants") {
  Product pan;
  pan.title = "Frying Pan";
  pan.description = "<p>A <b>28&nbsp;cm</b> pan.</p><ul><li>Weighs 1.2 kg</li></ul>";
  pan.tags = {"oven safe 260°C"};
  pan.attributes = Json{{"Image Src", "https://cdn.example/pan-500ml.jpg"}, {"Induction", "yes"}};
  const ProductFactSheet sheet = buildFactSheet(pan);
  std::vector<std::string> texts;
  for (const auto& q : sheet.quantities) texts.push_back(q.text);
  CHECK(texts == std::vector<std::string>{"28\u00A0cm", "1.2 kg", "260°C"});
  const bool statesInduction = std::any_of(sheet.pieces.begin(), sheet.pieces.end(),
                                           [](const FactPiece& p) { return p.text == "Induction"; });
  CHECK(statesInduction);
}
