#include "core/checks/facts/number_verdict.h"

#include <algorithm>
#include <cmath>

#include "core/checks/facts/quantity_match.h"

namespace copydesk {
namespace {

constexpr std::size_t kMaxFactsShown = 4;

bool sharesDimension(const Quantity& a, const Quantity& b) {
  return std::any_of(a.amounts.begin(), a.amounts.end(), [&](const Amount& x) {
    return std::any_of(b.amounts.begin(), b.amounts.end(),
                       [&](const Amount& y) { return x.dimension == y.dimension; });
  });
}

// The stated number as written, before its unit converted it ("500" of "500 ml").
bool numberIsBare(const Quantity& stated, const std::vector<double>& bare) {
  return std::any_of(stated.amounts.begin(), stated.amounts.end(), [&](const Amount& a) {
    if (!a.unit || a.unit->factor == 0) return false;
    const double written = (a.low - a.unit->offset) / a.unit->factor;
    return std::any_of(bare.begin(), bare.end(), [&](double n) {
      return std::fabs(n - written) <= 1e-9 * std::max(1.0, std::fabs(n));
    });
  });
}

std::string joined(const std::vector<const Quantity*>& quantities) {
  std::vector<std::string> texts;
  for (const Quantity* q : quantities)
    if (std::find(texts.begin(), texts.end(), q->text) == texts.end()) texts.push_back(q->text);
  std::string out;
  for (std::size_t i = 0; i < texts.size() && i < kMaxFactsShown; ++i) out += (i ? ", " : "") + texts[i];
  if (texts.size() > kMaxFactsShown) out += ", …";
  return out;
}

}  // namespace

NumberVerdict judgeQuantity(const Quantity& stated, const ProductFactSheet& facts, double tolerance) {
  std::vector<const Quantity*> sameDimension;
  for (const Quantity& fact : facts.quantities)
    if (sharesDimension(stated, fact)) sameDimension.push_back(&fact);
  if (sameDimension.empty())
    return {numberIsBare(stated, facts.bareNumbers) ? NumberVerdict::Kind::Stated : NumberVerdict::Kind::Unstated, {}};
  // Each side of a size may be stated by another fact ("70×140cm" by "width 70 cm", "length 140 cm").
  if (agreesWithAny(stated, sameDimension, tolerance)) return {NumberVerdict::Kind::Stated, {}};
  // A time says nothing against another time unless both say what they time ("runs for 12 hours"
  // against "run time: 10 hours"): battery life, charging and brewing times are all "hours".
  const bool time = std::all_of(stated.amounts.begin(), stated.amounts.end(),
                                [](const Amount& a) { return a.dimension == Dimension::Time; });
  if (time && stated.aspect.empty()) return {NumberVerdict::Kind::Unstated, {}};
  if (!stated.aspect.empty()) {
    std::erase_if(sameDimension, [&](const Quantity* fact) { return fact->aspect != stated.aspect; });
    if (sameDimension.empty()) return {NumberVerdict::Kind::Unstated, {}};
  }
  return {NumberVerdict::Kind::Contradicted, joined(sameDimension)};
}

}  // namespace copydesk
