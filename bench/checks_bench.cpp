// Every non-model check (each shipped rule set plus a user glossary, a product with facts, the
// template's keywords) on a realistic 2,000-character Chinese and English description, as the
// editor runs them on every keystroke. Prints the median time per full check of a text, per rule
// set, and the ratio against measureText() of the same text (which the editor already runs on
// every keystroke), measured in the same run. Target: under 5 ms per text.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/checks/check_text.h"
#include "core/checks/checker.h"
#include "core/checks/finding_message.h"
#include "core/checks/glossary.h"
#include "core/checks/rule_book.h"
#include "core/checks/text_measure.h"

using namespace copydesk;

namespace {

using Clock = std::chrono::steady_clock;

const char* kZhSentences[] = {
    "清明前采摘的一芽一叶，手工炒制，扁平挺直，色泽嫩绿。", "冲泡后豆花香明显，入口鲜爽，回甘持久。",
    "茶园位于西湖产区的狮峰山麓，云雾缭绕，土壤疏松，昼夜温差大。", "每年春天，茶农在清晨露水未干时开始采摘，",
    "当天采下的鲜叶经过摊晾、杀青、理条、辉锅等十余道工序，", "由二十年经验的炒茶师傅全程手工完成。",
    "净含量250克，分装为5罐，每罐50克，方便分次取用，开罐即饮。", "建议使用80至85℃的热水，玻璃杯下投法冲泡，",
    "第一泡洗茶可以省略，第二泡香气最为饱满，可续泡三到四次。", "最佳赏味期为开封后30天，请密封、避光、冷藏保存。",
    "礼盒采用竹制外壳与棉纸内衬，送给长辈或商务伙伴都很体面。", "我们与茶园签订长期合作，从源头保证每一片茶叶的品质，",
    "所有批次均通过农残检测，检测报告可在店铺首页查阅。", "汤色嫩绿明亮，叶底成朵，细嫩匀齐，",
    "清香持久，滋味甘醇，带有淡淡的兰花香与栗香。", "无论是午后独饮还是朋友小聚，一杯龙井都能带来片刻宁静。",
    "本品为全网最佳口感的绿茶，包邮到家，😀。", "茶叶属于农产品，不同年份的色泽与香气会略有差异，属于正常现象。",
    "收到后如有任何问题，请在七天内联系客服，我们将为您妥善处理。", "龙井茶富含茶多酚，清香怡人，适合日常饮用。",
    "西湖龙井位列中国十大名茶，以色绿、香郁、味甘、形美著称。",
    "狮峰、龙井、云栖、虎跑、梅家坞五个产区各有风味，",
    "其中狮峰山一带的茶叶香气高锐，历来备受茶客青睐。",
    "明前茶产量稀少，一位熟练的采茶工一天只能采摘约一斤鲜叶，",
    "四斤多鲜叶才能炒出一斤干茶，因此格外珍贵。",
    "杀青时锅温控制在两百度左右，茶叶在掌心与锅壁之间反复抖、搭、拓、甩，",
    "直到水分散失、外形定型，整个过程需要近一个小时。",
    "辉锅之后的茶叶还要经过筛分和簸片，剔除黄片与碎末，",
    "最终留下大小匀整、色泽一致的成品。",
    "新茶火气略重，放置两到三周后口感会更加圆润。",
    "如果您习惯用紫砂壶，建议水温稍低、出汤稍快，以免闷出熟汤味。",
    "冷泡也是夏天的好选择：三克茶叶配五百毫升凉白开，冷藏六小时即可饮用。",
    "茶叶易吸附异味，请勿与香料、咖啡或清洁用品放在一起。",
    "开罐后尽量在一个月内喝完，未开封的茶罐可放入冰箱冷藏。",
    "外包装上印有生产日期与批次号，扫描罐底二维码即可查看该批次的采摘与加工记录。",
    "我们坚持小批量生产，每一批只炒制当季的鲜叶，不掺陈茶，不添加任何香精。",
    "茶汤入口先是清新的豆香，随后是柔和的甜感，咽下后喉间留有清凉。",
    "叶底嫩绿鲜活，一芽一叶清晰可见，用手指轻捻即碎。",
    "许多老顾客每年都会在三月底提前预订，等待第一批新茶到货。",
    "如果作为礼物，我们可以代写贺卡，随礼盒一起寄出。",
    "礼盒尺寸为三十乘二十乘八厘米，重量约一点二公斤，适合手提。",
    "竹制外壳经过高温碳化处理，不易发霉，喝完茶后还可以用来收纳小物件。",
    "棉纸内衬由传统手工作坊制作，纹理自然，触感柔软。",
    "我们与十二户茶农合作了八年，按照高于市场的价格收购鲜叶，",
    "也帮助他们改良茶园管理，减少化肥用量，保护山间的水源。",
    "茶园周边种植了桂花与樱花，春季花香与茶香交融，别有一番风味。",
    "喝茶之余，也欢迎您来杭州时到茶园参观，亲手体验采茶与炒茶。",
    "每一罐茶叶都配有冲泡卡片，图文说明水温、投茶量与冲泡时间。",
    "初次品饮龙井的朋友，可以从三克茶叶、一百五十毫升水开始尝试。",
    "喜欢浓一点的口味，可以适当增加投茶量，而不是延长浸泡时间。",
    "茶多酚与氨基酸的平衡决定了龙井鲜爽的口感，这也是明前茶的魅力所在。",
    "发货时我们使用防压纸箱与气泡膜包装，确保茶罐在运输途中完好无损。",
    "江浙沪地区一般次日送达，其他地区两到四天可以收到。",
    "如遇节假日，发货时间可能顺延，具体以店铺公告为准。",
    "我们支持开具电子发票，下单时请在备注中填写抬头与税号。",
    "企业批量采购可联系客服获取报价，并可定制专属礼盒与贺卡。",
    "茶叶为食品，一经拆封不支持无理由退换，敬请谅解。",
    "若收到的商品存在破损或漏发，请拍照联系客服，我们会第一时间补发。",
    "每年谷雨前后，我们还会推出少量雨前龙井，口感更为醇厚，价格也更亲民。",
    "茶叶的保存关键在于防潮、避光、隔绝氧气，锡罐和铝箔袋都是不错的选择。",
    "不少顾客喜欢在办公室常备一罐，午饭后泡上一杯，提神又解腻。",
    "龙井的香气会随着冲泡逐渐变化，头泡清香，二泡浓郁，三泡转为甘甜。",
    "如果用盖碗冲泡，建议注水后不盖盖子，避免茶叶被闷黄。",
    "搭配绿豆糕、桂花糕等清淡的江南点心，更能衬托茶的鲜爽。",
    "我们的茶艺师整理了一份冲泡指南，关注店铺后即可免费领取电子版。",
    "每年春茶季，我们都会在店铺直播采茶与炒茶的全过程，欢迎届时观看。",
    "茶叶的等级依据国家标准划分为特级、一级、二级等，本品为特级。",
    "选购龙井时，可以从外形、色泽、香气、滋味和叶底五个方面综合判断。",
    "真正的明前龙井芽叶细嫩，大小均匀，干茶闻起来有清新的炒豆香。",
    "我们欢迎您收到后先品尝，再决定是否推荐给身边的朋友。",
    "杭州的春天短暂而湿润，正是这样的气候造就了龙井独特的鲜爽。",
    "在茶园里，清晨的第一缕阳光照在茶树上，嫩芽上还挂着露珠。",
    "感谢您选择山岚茶舍，愿这杯春天的味道陪伴您度过每一个安静的午后。",
    "山岚茶舍创立于二〇一二年，专注于江南名茶的原产地直供。",
};

const char* kEnSentences[] = {
    "Picked before the Qingming festival, each bud and first leaf is pan-fired by hand until flat and jade green.",
    "Brewed at 80 to 85 degrees, it opens with a scent of chestnut and orchid and finishes sweet.",
    "Our garden sits on the slopes of Lion Peak, where morning fog and cool nights slow the growth of the leaves.",
    "Each 250 g gift box holds five 50 g tins, so every tin you open is as fresh as the first.",
    "A master roaster with twenty years at the wok finishes every batch in small lots of a few kilograms.",
    "The bamboo case and cotton-paper lining make it a gift worth giving to parents, teachers or clients.",
    "Store it sealed, away from light, and in the fridge once opened; it keeps its best flavor for 30 days.",
    "Every harvest is tested for pesticide residue, and the reports are on our shop page for anyone to read.",
    "The liquor is bright and clear, the leaves unfold whole in the glass, and the taste is smooth and mellow.",
    "Whether you drink it alone in the afternoon or share a pot with friends, it brings a quiet moment.",
    "Use a glass or a gaiwan, add the leaves after the water, and wait two minutes before the first sip.",
    "You can steep the same leaves three or four times; the second infusion is often the richest.",
    "This eco-friendly tea is the Best Seller of the season, with FREE SHIPPING on every order 🍵.",
    "Tea is a farm product, so color and aroma vary a little from year to year, and that is how it should be.",
    "If anything is wrong with your order, write to us within seven days and we will make it right.",
    "Green tea keeps its fresh, grassy sweetness best when the water is hot but not boiling.",
    "Longjing, or Dragon Well, has been grown around West Lake in Hangzhou for more than a thousand years.",
    "Only about half a kilogram of fresh leaves can be picked by one worker in a day before the spring rains.",
    "It takes roughly four kilograms of fresh leaves to make a single kilogram of finished tea.",
    "New tea can taste a little sharp; let it rest for two or three weeks and it rounds out nicely.",
    "For cold brew, steep three grams in half a liter of cool water in the fridge for six hours.",
    "Keep the tins away from spices, coffee and cleaning products, since tea soaks up smells easily.",
    "We ship in crush-proof boxes, and most orders arrive within two to four working days.",
    "Business customers can ask us for a quote and for gift boxes with their own card inside.",
};

template <std::size_t N>
std::string compose(const char* (&sentences)[N], std::size_t minCodePoints, const char* separator) {
  std::string text;
  for (std::size_t i = 0; CheckText(text).codePointCount() < minCodePoints; ++i) {
    if (!text.empty()) text += separator;
    text += sentences[i % N];
  }
  return text;
}

Product teaProduct() {
  Product p;
  p.id = 1;
  p.sku = "TEA-LJ-001";
  p.title = "西湖龙井·明前特级 250克 West Lake Longjing green tea 250 g";
  p.description = "清明前采摘的一芽一叶，手工炒制，扁平挺直，色泽嫩绿。";
  p.brand = "山岚茶舍";
  p.tags = {"绿茶", "明前", "礼盒", "green tea"};
  p.attributes = Json{{"产地", "浙江杭州 西湖产区"}, {"净含量", "250克（50克×5罐）"}, {"Net weight", "250 g (5 x 50 g)"},
                      {"保质期", "18个月"}, {"储存方法", "密封、避光、冷藏0–5℃"}, {"冲泡建议", "80–85℃ 水温"},
                      {"Material", "bamboo case, cotton paper"}};
  return p;
}

template <class F>
double median(std::size_t rounds, F&& f) {
  std::vector<double> times;
  times.reserve(rounds);
  for (std::size_t i = 0; i < rounds; ++i) {
    const auto start = Clock::now();
    f();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

volatile std::size_t g_sink = 0;  // keeps the measured work from being optimised away

struct Subject {
  const char* name;
  std::string text;
  CheckInput input;
};

void benchOne(const RuleBook& book, const Subject& s, std::size_t rounds, bool& overTarget) {
  const double baseline = median(rounds, [&] { g_sink = g_sink + measureText(s.text).width; });
  std::size_t findings = 0;
  const double all = median(rounds, [&] {
    const auto found = runChecks(book, s.input);
    findings = found.size();
    g_sink = g_sink + found.size();
  });
  std::printf("%-8s %5zu chars  all checks %7.3f ms  (%zu findings)  measureText %7.3f ms  ratio %6.1fx\n", s.name,
              CheckText(s.text).codePointCount(), all, findings, baseline, all / baseline);
  if (all >= 5.0) overTarget = true;

  // Per rule set: its rules run directly, with the text prepared as the checker does.
  std::map<std::string, std::vector<const Rule*>> bySet;
  for (const auto& rule : book.rules) bySet[rule->meta().setId].push_back(rule.get());
  for (const auto& [set, rules] : bySet) {
    const double ms = median(rounds, [&] {
      const CheckText text(s.input.text);
      std::vector<Finding> out;
      for (const Rule* rule : rules)
        if (rule->appliesTo(s.input, text)) rule->check(text, s.input, out);
      g_sink = g_sink + out.size();
    });
    std::printf("           %-16s %7.3f ms\n", set.c_str(), ms);
  }
  const double prepare = median(rounds, [&] { g_sink = g_sink + CheckText(s.input.text).codePointCount(); });
  std::printf("           %-16s %7.3f ms\n", "(CheckText)", prepare);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t rounds = 200;
  bool show = false;  // --show: list each text's findings (to see what the checks make of it)
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) rounds = std::strtoul(argv[++i], nullptr, 10);
    if (std::strcmp(argv[i], "--show") == 0) show = true;
  }

  // A user glossary, so the glossary rules have something to do.
  const auto userDir = std::filesystem::temp_directory_path() / ("copydesk-checks-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(userDir);
  (void)writeGlossary(userDir / "glossary.toml",
                      {{"", {"cheap", "便宜", "代购"}, {"Longjing"}, {{"wifi", "Wi-Fi"}, {"flavor", "flavour"}}},
                       {"山岚茶舍", {"廉价"}, {"龙井"}, {{"龙井茶叶", "龙井"}}}});
  auto load = loadRuleBook(shippedRulesDir(), userDir);
  std::filesystem::remove_all(userDir);
  for (const auto& p : load.problems) std::fprintf(stderr, "rule file problem: %s\n", p.describe().c_str());
  const RuleBook& book = *load.book;
  std::printf("rule sets: %zu, rules: %zu, rounds: %zu (median of each)\n", book.sets.size(), book.rules.size(), rounds);

  const Product product = teaProduct();
  Subject zh{"zh", compose(kZhSentences, 2000, ""), {}};
  Subject en{"en", compose(kEnSentences, 2000, " "), {}};
  Subject html{"en-html", "", {}};
  html.text = "<p>" + en.text.substr(0, en.text.find(". ", 900) + 1) + "</p><p onclick=\"go()\">" +
              en.text.substr(en.text.find(". ", 900) + 2) + "</p><script>track()</script>";
  for (Subject* s : {&zh, &en, &html}) {
    s->input.text = s->text;
    s->input.field = "description";
    s->input.channel = "amazon-description";
    s->input.product = &product;
    s->input.brand = product.brand;
    s->input.keywords = s == &zh ? std::vector<std::string>{"龙井", "明前", "西湖"}
                                 : std::vector<std::string>{"green tea", "Longjing", "gift box"};
    s->input.html = s == &html;
  }
  bool overTarget = false;
  for (const Subject* s : {&zh, &en, &html}) {
    benchOne(book, *s, rounds, overTarget);
    if (show)
      for (const Finding& f : runChecks(book, s->input))
        std::printf("    %zu+%zu %s %s\n", f.start, f.length, f.rule.c_str(), findingMessageEn(f).c_str());
  }
  std::printf("target: all checks of a 2,000-character text under 5 ms: %s\n", overTarget ? "MISSED" : "met");
  return load.problems.empty() ? 0 : 1;
}
