#include "bench/import_data_generator.h"

#include <array>
#include <fstream>
#include <random>
#include <string>

namespace copydesk::bench {
namespace {

constexpr std::array kEnglishNouns = {"Mug", "Skillet", "Hoodie", "Cable", "Lamp", "Candle", "Backpack", "Kettle",
                                      "Scarf", "Headphones", "Teapot", "Blanket", "Tent", "Bottle", "Serum"};
constexpr std::array kEnglishAdjectives = {"Stoneware", "Cast Iron", "Organic Cotton", "Braided", "Adjustable",
                                           "Soy Wax", "Waterproof", "Insulated", "Merino", "Wireless"};
constexpr std::array kChineseNouns = {"茶杯", "铁锅", "卫衣", "数据线", "台灯", "香薰蜡烛", "双肩包", "烧水壶",
                                      "丝巾", "耳机", "紫砂壶", "盖毯", "帐篷", "保温杯", "精华液"};
constexpr std::array kChineseAdjectives = {"手工", "加厚", "有机棉", "编织", "可调节", "大豆蜡", "防水", "真空",
                                           "美利奴", "无线"};
constexpr std::array kCategories = {"Kitchenware > Cookware", "Apparel > Tops", "Electronics accessories > Cables",
                                    "Home > Lighting", "Outdoor > Camping", "茶叶 > 绿茶", "家居 > 家纺", "美妆护肤 > 精华"};
constexpr std::array kBrands = {"Harbour Leaf", "Forge & Field", "Common Thread", "Voltkit", "山岚茶舍", "北纬", "素器"};
constexpr std::array kMaterials = {"stainless steel", "cotton", "ceramic", "nylon", "桑蚕丝", "竹", "铝合金"};
constexpr std::array kOrigins = {"Portugal", "Vietnam", "China", "浙江杭州", "福建德化", "广东阳江", "Wales, UK"};
constexpr std::array kColours = {"White", "Navy", "Slate", "Moss", "黑色", "米白", "胭脂红"};

std::string csvQuoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

template <class Array>
const char* pick(const Array& values, std::mt19937& rng) {
  return values[rng() % values.size()];
}

}  // namespace

void writeGenericCatalog(const std::filesystem::path& path, std::int64_t rows, std::uint32_t seed) {
  std::mt19937 rng(seed);
  std::ofstream out(path, std::ios::binary);
  out << "sku,title,description,brand,category,tags,price,material,origin,weight,colour,stock\n";
  std::string line;
  for (std::int64_t i = 0; i < rows; ++i) {
    const bool chinese = i % 3 == 0;
    std::string title, description, tags;
    if (chinese) {
      title = std::string(pick(kChineseAdjectives, rng)) + pick(kChineseNouns, rng) + " 第" + std::to_string(i) + "款";
      description = "精选" + std::string(pick(kMaterials, rng)) + "制作，做工细致，日常使用耐用。产地" +
                    pick(kOrigins, rng) + "，适合自用或送礼，" + "清洗方便，收纳不占地方。";
      tags = std::string(pick(kChineseNouns, rng)) + "，" + pick(kChineseAdjectives, rng);
    } else {
      title = std::string(pick(kEnglishAdjectives, rng)) + " " + pick(kEnglishNouns, rng) + " No. " + std::to_string(i);
      description = "Made from " + std::string(pick(kMaterials, rng)) + " for everyday use, finished by hand, " +
                    "easy to clean and built to last.";
      if (i % 10 == 1) description += "\nCare: wipe clean, \"do not\" soak.";
      tags = std::string(pick(kEnglishNouns, rng)) + ", " + pick(kEnglishAdjectives, rng) + ", gift";
    }
    line.clear();
    line += "SKU-" + std::to_string(100000 + i) + ',';
    line += csvQuoted(title) + ',' + csvQuoted(description) + ',' + csvQuoted(pick(kBrands, rng)) + ',';
    line += csvQuoted(pick(kCategories, rng)) + ',' + csvQuoted(tags) + ',';
    line += std::to_string(5 + rng() % 500) + "." + std::to_string(10 + rng() % 90) + ',';
    line += csvQuoted(pick(kMaterials, rng)) + ',' + csvQuoted(pick(kOrigins, rng)) + ',';
    line += std::to_string(50 + rng() % 3000) + " g," + pick(kColours, rng) + ',' + std::to_string(rng() % 1000) + '\n';
    out << line;
  }
}

}  // namespace copydesk::bench
