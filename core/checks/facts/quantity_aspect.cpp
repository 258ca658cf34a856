#include "core/checks/facts/quantity_aspect.h"

#include <algorithm>
#include <array>
#include <vector>

namespace copydesk {
namespace {

using D = Dimension;

enum Where { Before = 1, After = 2, Both = 3 };

struct Cue {
  std::string_view words;  // folded
  std::string_view aspect;
  std::vector<D> dimensions;  // empty: any
  Where where = Before;
};

const std::vector<D> kLength = {D::Length};
const std::vector<D> kMass = {D::Mass};
const std::vector<D> kElectric = {D::Power, D::Voltage, D::Current};
const std::vector<D> kTime = {D::Time};

// Longer cues first where one holds another ("max load" before "load", "高度" before "高").
const std::vector<Cue>& cues() {
  static const std::vector<Cue> table = {
      // lengths
      {"height", "height", kLength, Both}, {"tall", "height", kLength, After}, {"high", "height", kLength, After},
      {"高度", "height", kLength, Both}, {"高", "height", kLength, Both},
      {"width", "width", kLength, Both}, {"wide", "width", kLength, After}, {"宽度", "width", kLength, Both},
      {"宽", "width", kLength, Both},
      {"length", "length", kLength, Both}, {"long", "length", kLength, After}, {"长度", "length", kLength, Both},
      {"长", "length", kLength, Both},
      {"depth", "depth", kLength, Both}, {"深度", "depth", kLength, Both}, {"深", "depth", kLength, Both},
      {"diameter", "diameter", kLength, Both}, {"dia", "diameter", kLength, Before},
      {"直径", "diameter", kLength, Both}, {"口径", "diameter", kLength, Both},
      {"thickness", "thickness", kLength, Both}, {"thick", "thickness", kLength, Both},
      {"厚度", "thickness", kLength, Both}, {"厚", "thickness", kLength, Both},
      {"range", "distance", kLength, Both}, {"distance", "distance", kLength, Both},
      {"away", "distance", kLength, After}, {"距离", "distance", kLength, Both}, {"范围", "distance", kLength, Both},
      {"cord", "cord", kLength, Both}, {"cable", "cord", kLength, Both}, {"线长", "cord", kLength, Both},
      {"电源线", "cord", kLength, Both},
      {"drive", "drive", kLength, Both}, {"方头", "drive", kLength, Both},
      {"screen", "screen", kLength, Both}, {"display", "screen", kLength, Both}, {"屏幕", "screen", kLength, Both},
      {"laptop", "fits", {}, After}, {"laptops", "fits", {}, After},
      {"waist", "waist", kLength, Before}, {"腰围", "waist", kLength, Before}, {"chest", "chest", kLength, Before},
      {"bust", "chest", kLength, Before}, {"胸围", "chest", kLength, Before}, {"hip", "hip", kLength, Before},
      {"hips", "hip", kLength, Before}, {"臀围", "hip", kLength, Before}, {"inseam", "inseam", kLength, Before},
      {"sleeve", "sleeve", kLength, Before}, {"袖长", "sleeve", kLength, Before}, {"衣长", "length", kLength, Before},
      {"裤长", "length", kLength, Before}, {"身高", "wearer", kLength, Before}, {"model is", "wearer", kLength, Before},
      // masses
      {"max load", "load", kMass, Before}, {"load", "load", kMass, Both}, {"supports", "load", kMass, Before},
      {"holds up to", "load", kMass, Before}, {"weight capacity", "load", kMass, Both},
      {"承重", "load", kMass, Both}, {"载重", "load", kMass, Both}, {"负重", "load", kMass, Both},
      {"克重", "gsm", kMass, Both}, {"gsm", "gsm", kMass, Both},
      {"weight", "weight", kMass, Both}, {"weighs", "weight", kMass, Before}, {"weighing", "weight", kMass, Before},
      {"重量", "weight", kMass, Both}, {"净重", "weight", kMass, Both}, {"净含量", "weight", kMass, Both},
      {"重", "weight", kMass, Both},
      // a serving, not the product
      {"per cup", "serving", {}, After}, {"per serving", "serving", {}, After}, {"each time", "serving", {}, Before},
      {"每次", "serving", {}, Before}, {"每泡", "serving", {}, Before}, {"每杯", "serving", {}, Before},
      {"每份", "serving", {}, Before},
      // electrics
      {"input", "input", kElectric, Both}, {"输入", "input", kElectric, Both},
      {"output", "output", kElectric, Both}, {"输出", "output", kElectric, Both},
      // times: a battery's life is not its charging time, keeping warm not keeping cold
      {"run time", "runtime", kTime, Both}, {"runtime", "runtime", kTime, Both}, {"runs", "runtime", kTime, Before},
      {"运行", "runtime", kTime, Both}, {"battery life", "battery", kTime, Both}, {"battery", "battery", kTime, Both},
      {"playback", "battery", kTime, Both}, {"play time", "battery", kTime, Both}, {"续航", "battery", kTime, Both},
      {"charging", "charging", kTime, Both}, {"charge", "charging", kTime, Both}, {"充电", "charging", kTime, Both},
      {"充满", "charging", kTime, Both}, {"standby", "standby", kTime, Both}, {"待机", "standby", kTime, Both},
      {"保温", "keep warm", kTime, Both}, {"hot for", "keep warm", kTime, Before},
      {"保冷", "keep cold", kTime, Both}, {"cold for", "keep cold", kTime, Before},
      // what it fits rather than what it is
      {"fits", "fits", {}, Before}, {"compatible with", "fits", {}, Before}, {"适用", "fits", {}, Before},
      {"适合", "fits", {}, Before}, {"适配", "fits", {}, Before},
  };
  return table;
}

bool isAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t charLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

bool isClauseEnd(std::string_view c) {
  if (c.size() == 1) return std::string_view(".,;:!?()[]\n\r\t|").find(c[0]) != std::string_view::npos;
  static constexpr std::array<std::string_view, 9> kCjk = {"。", "，", "；", "：", "！", "？", "、", "（", "）"};
  return std::find(kCjk.begin(), kCjk.end(), c) != kCjk.end();
}

// The clause's text up to three words or four Chinese characters before [start, …), and up to two
// words or two characters after (…, end).
std::string_view before(std::string_view s, std::size_t start) {
  std::size_t at = start, spaces = 0, cjk = 0;
  while (at > 0) {
    std::size_t prev = at - 1;
    while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80) --prev;
    const std::string_view c = s.substr(prev, at - prev);
    if (isClauseEnd(c)) break;
    if (c == " " && ++spaces > 3) break;
    if (c.size() > 1 && ++cjk > 4) break;
    at = prev;
  }
  return s.substr(at, start - at);
}

std::string_view after(std::string_view s, std::size_t end) {
  std::size_t at = end, spaces = 0, cjk = 0;
  bool inWord = false;
  while (at < s.size()) {
    const std::string_view c = s.substr(at, charLength(static_cast<unsigned char>(s[at])));
    if (isClauseEnd(c)) break;
    if (c == " ") {
      if (inWord && ++spaces >= 3) break;
      inWord = false;
    } else if (c.size() > 1) {
      if (++cjk > 2) break;
    } else {
      inWord = true;
    }
    at += c.size();
  }
  return s.substr(end, at - end);
}

// Where `cue` occurs in `window` as a word (Chinese cues anywhere), nearest to the quantity:
// the last occurrence before it, the first after it; npos when none.
std::size_t find(std::string_view window, std::string_view cue, bool last) {
  std::size_t best = std::string_view::npos;
  for (std::size_t at = window.find(cue); at != std::string_view::npos; at = window.find(cue, at + 1)) {
    const std::size_t end = at + cue.size();
    const bool left = !isAsciiAlnum(cue.front()) || at == 0 || !isAsciiAlnum(window[at - 1]);
    const bool right = !isAsciiAlnum(cue.back()) || end >= window.size() || !isAsciiAlnum(window[end]);
    if (!left || !right) continue;
    best = at;
    if (!last) break;
  }
  return best;
}

bool fitsDimension(const Cue& cue, const Quantity& q) {
  if (cue.dimensions.empty()) return true;
  return std::any_of(q.amounts.begin(), q.amounts.end(), [&](const Amount& a) {
    return std::find(cue.dimensions.begin(), cue.dimensions.end(), a.dimension) != cue.dimensions.end();
  });
}

bool isSize(const Quantity& q) {
  return std::any_of(q.amounts.begin(), q.amounts.end(), [](const Amount& a) { return a.part > 0; });
}

}  // namespace

std::string_view aspectAround(std::string_view folded, const Quantity& q) {
  if (isSize(q)) return "size";
  // The nearest cue wins; one right after the quantity ("12厘米高度", "30 cm long") before one
  // ahead of it ("杯高10厘米", "diameter 28 cm").
  const std::string_view ahead = after(folded, q.end);
  std::string_view found;
  std::size_t nearest = std::string_view::npos;
  for (const Cue& cue : cues()) {
    if (!(cue.where & After) || !fitsDimension(cue, q)) continue;
    const std::size_t at = find(ahead, cue.words, false);
    if (at != std::string_view::npos && (nearest == std::string_view::npos || at < nearest)) {
      nearest = at;
      found = cue.aspect;
    }
  }
  if (!found.empty()) return found;
  const std::string_view behind = before(folded, q.start);
  std::size_t latest = 0;
  for (const Cue& cue : cues()) {
    if (!(cue.where & Before) || !fitsDimension(cue, q)) continue;
    const std::size_t at = find(behind, cue.words, true);
    if (at != std::string_view::npos && (found.empty() || at + cue.words.size() > latest)) {
      latest = at + cue.words.size();
      found = cue.aspect;
    }
  }
  return found;
}

void markAspects(std::string_view folded, std::vector<Quantity>& quantities) {
  for (Quantity& q : quantities) q.aspect = aspectAround(folded, q);
}

std::string_view aspectInName(std::string_view foldedName, const Quantity& q) {
  if (isSize(q)) return "size";
  for (const Cue& cue : cues())
    if (fitsDimension(cue, q) && find(foldedName, cue.words, false) != std::string_view::npos) return cue.aspect;
  return {};
}

}  // namespace copydesk
