#include "bench/similar_text_generator.h"

#include <algorithm>

namespace copydesk::bench {
namespace {

constexpr const char* kEnglishWords[] = {
    "the", "and", "with", "for", "your", "a", "of", "to", "in", "is", "it", "this", "on", "from", "that", "every",
    "made", "design", "quality", "premium", "durable", "lightweight", "stainless", "steel", "bamboo", "cotton",
    "organic", "natural", "handmade", "kitchen", "home", "office", "travel", "outdoor", "daily", "use", "easy",
    "clean", "dishwasher", "safe", "perfect", "gift", "family", "friends", "comfortable", "soft", "strong",
    "water", "bottle", "insulated", "keeps", "drinks", "cold", "hot", "hours", "leak", "proof", "lid", "cup",
    "tea", "green", "leaves", "spring", "harvest", "aroma", "flavour", "brew", "minutes", "cotton", "shirt",
    "fit", "size", "colour", "black", "white", "blue", "red", "grey", "wood", "oak", "walnut", "board", "cutting",
    "knife", "set", "pieces", "storage", "box", "bag", "leather", "canvas", "zipper", "pocket", "strap",
    "adjustable", "compact", "portable", "wireless", "charging", "battery", "lasts", "long", "fast", "cable",
    "screen", "phone", "case", "cover", "protects", "scratches", "drops", "grip", "slim", "modern", "classic",
    "style", "elegant", "simple", "smooth", "finish", "hand", "crafted", "small", "batches", "care", "wash",
    "gentle", "cycle", "dry", "flat", "warranty", "year", "included", "package", "contains", "includes",
    "capacity", "ml", "cm", "kg", "inch", "weight", "material", "surface", "handle", "base", "non", "slip",
    "rubber", "feet", "stable", "heavy", "duty", "designed", "built", "last", "years", "tested", "certified",
    "free", "bpa", "food", "grade", "silicone", "glass", "ceramic", "porcelain", "cast", "iron", "pan", "pot",
    "cook", "heat", "evenly", "oven", "stove", "induction", "ready", "serve", "table", "dinner", "breakfast",
    "morning", "coffee", "espresso", "beans", "roast", "medium", "dark", "light", "rich", "taste", "notes",
    "chocolate", "caramel", "fruit", "sweet", "fresh", "sealed", "bag", "valve", "grind", "whole", "ground"};

constexpr const char* kChineseWords[] = {
    "保温", "杯子", "不锈钢", "材质", "容量", "设计", "时尚", "简约", "经典", "品质", "优质", "耐用", "轻便",
    "便携", "家用", "办公", "旅行", "户外", "日常", "使用", "清洗", "方便", "安全", "健康", "环保", "天然",
    "手工", "制作", "精选", "原料", "茶叶", "绿茶", "红茶", "龙井", "明前", "春茶", "清香", "回甘", "口感",
    "醇厚", "冲泡", "温度", "分钟", "包装", "礼盒", "送礼", "佳品", "家人", "朋友", "舒适", "柔软", "透气",
    "面料", "纯棉", "衬衫", "尺码", "颜色", "黑色", "白色", "蓝色", "红色", "灰色", "木质", "竹制", "砧板",
    "刀具", "套装", "收纳", "盒子", "皮革", "帆布", "拉链", "口袋", "肩带", "可调", "小巧", "无线", "充电",
    "电池", "续航", "快速", "数据线", "屏幕", "手机", "保护", "防摔", "防刮", "手感", "纤薄", "现代", "风格",
    "优雅", "光滑", "表面", "工艺", "小批量", "护理", "机洗", "保修", "一年", "包含", "重量", "厘米", "毫升",
    "千克", "底座", "防滑", "稳固", "结实", "经久", "检测", "认证", "食品级", "硅胶", "玻璃", "陶瓷", "铸铁",
    "锅具", "烹饪", "受热", "均匀", "烤箱", "燃气", "电磁炉", "早餐", "咖啡", "豆子", "烘焙", "中度", "深度",
    "浓郁", "风味", "巧克力", "焦糖", "果香", "香甜", "新鲜", "密封", "研磨", "的", "和", "是", "在", "为",
    "让", "您", "我们", "采用", "带来", "更加", "非常", "适合", "可以", "每天", "一款", "这款", "精心"};

constexpr std::size_t kGeneratedWords = 20000;  // per language, after the real ones

// A made-up English word: two to four syllables.
std::string englishWord(std::mt19937_64& random) {
  static constexpr const char* kSyllables[] = {"ka", "lo", "mi", "ra", "ten", "vor", "sel", "dun", "pri", "ma",
                                               "ber", "tol", "nex", "qua", "zen", "lin", "tor", "fa", "gri", "ost",
                                               "ul", "es", "an", "ic", "ver", "son", "del", "mar", "cor", "ix"};
  std::string word;
  const std::size_t count = 2 + random() % 3;
  for (std::size_t i = 0; i < count; ++i) word += kSyllables[random() % std::size(kSyllables)];
  return word;
}

// A made-up Chinese word: two or three characters of the CJK block's first 3,500 (common ones).
std::string chineseWord(std::mt19937_64& random) {
  std::string word;
  const std::size_t count = 2 + (random() % 4 == 0);
  for (std::size_t i = 0; i < count; ++i) {
    const char32_t c = 0x4E00 + static_cast<char32_t>(random() % 3500);
    word += static_cast<char>(0xE0 | (c >> 12));
    word += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    word += static_cast<char>(0x80 | (c & 0x3F));
  }
  return word;
}

// Zipf-like weights: the rank-th word is drawn with weight 1 / (rank + 10).
std::discrete_distribution<std::size_t> zipf(std::size_t words) {
  std::vector<double> weights(words);
  for (std::size_t rank = 0; rank < words; ++rank) weights[rank] = 1.0 / static_cast<double>(rank + 10);
  return std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
}

std::size_t codePoints(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool punctuation(const std::string& token) {
  return token == "." || token == "," || token == "。" || token == "，";
}

}  // namespace

SimilarTextGenerator::SimilarTextGenerator(std::uint32_t seed) : m_random(seed) {
  std::mt19937_64 words(20240601);  // the vocabulary is the same for every seed
  m_english.assign(std::begin(kEnglishWords), std::end(kEnglishWords));
  m_chinese.assign(std::begin(kChineseWords), std::end(kChineseWords));
  for (std::size_t i = 0; i < kGeneratedWords; ++i) {
    m_english.push_back(englishWord(words));
    m_chinese.push_back(chineseWord(words));
  }
  m_englishRank = zipf(m_english.size());
  m_chineseRank = zipf(m_chinese.size());
}

std::string SimilarTextGenerator::word(Language language) {
  return language == Language::English ? m_english[m_englishRank(m_random)] : m_chinese[m_chineseRank(m_random)];
}

SimilarTextGenerator::Text SimilarTextGenerator::text(Language language, std::size_t length) {
  Text out{language, {}};
  const bool english = language == Language::English;
  std::size_t size = 0;
  std::size_t inSentence = 0;
  const std::size_t sentence = english ? 8 + m_random() % 12 : 10 + m_random() % 14;
  while (size < length) {
    std::string w = word(language);
    size += codePoints(w) + (english ? 1 : 0);
    out.tokens.push_back(std::move(w));
    if (++inSentence >= sentence) {
      out.tokens.push_back(english ? "." : "。");
      inSentence = 0;
    } else if (m_random() % 7 == 0) {
      out.tokens.push_back(english ? "," : "，");
    }
    ++size;
  }
  out.tokens.push_back(english ? "." : "。");
  return out;
}

SimilarTextGenerator::Text SimilarTextGenerator::rewrite(const Text& text, double changed) {
  Text out = text;
  std::bernoulli_distribution change(changed);
  for (std::string& token : out.tokens) {
    if (!punctuation(token) && change(m_random)) token = word(text.language);
  }
  return out;
}

std::string SimilarTextGenerator::render(const Text& text, bool html) const {
  const bool english = text.language == Language::English;
  std::string out = html ? "<p>" : "";
  bool startOfSentence = true;
  for (const std::string& token : text.tokens) {
    if (punctuation(token)) {
      out += token;
      const bool end = token == "." || token == "。";
      if (end && html) out += "</p><p>";
      startOfSentence = end;
      continue;
    }
    if (english && !out.empty() && out.back() != '>') out += ' ';
    std::string w = token;
    if (english && startOfSentence && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
    out += w;
    startOfSentence = false;
  }
  if (html) {
    if (out.size() >= 3 && out.compare(out.size() - 3, 3, "<p>") == 0) out.resize(out.size() - 3);
    else out += "</p>";
  }
  return out;
}

}  // namespace copydesk::bench
