// kind "terms": a list of words or phrases the copy must not use (absolute claims, medical and
// health claims, promotional phrases), with the phrases that contain a term but are no claim.
#include <algorithm>

#include "core/checks/finding_message.h"
#include "core/checks/rules/product_facts.h"
#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

class TermRule final : public Rule {
 public:
  TermRule(RuleMeta meta, TermMatcher terms, TermMatcher exempt, TermMatcher names, bool unlessInFacts,
           std::string message)
      : Rule(std::move(meta)),
        m_terms(std::move(terms)),
        m_exempt(std::move(exempt)),
        m_names(std::move(names)),
        m_unlessInFacts(unlessInFacts),
        m_message(std::move(message)) {}

  // Terms that are a claim only next to what they claim: "treats" near "acid reflux" (not "dog
  // treats"), "prevents" near "asthma" (not "prevents spills"). Their indices follow m_terms'.
  void setNearTerms(std::vector<std::string> nearTerms, std::vector<std::string> near, std::size_t window) {
    std::vector<std::string> all;
    for (std::size_t i = 0; i < m_terms.size(); ++i) all.push_back(m_terms.term(i));
    m_plainCount = all.size();
    all.insert(all.end(), nearTerms.begin(), nearTerms.end());
    m_terms = TermMatcher(std::move(all));
    m_near = TermMatcher(std::move(near));
    m_window = window;
  }

  void setBeforeNumber(std::vector<std::string> terms) {
    for (auto& term : terms) m_beforeNumber.push_back(foldAscii(term));
  }

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    std::vector<TermHit> hits;
    m_terms.findAll(text, hits);
    if (hits.empty()) return;
    if (m_plainCount < m_terms.size()) dropUnaccompanied(text, hits);
    if (hits.empty()) return;

    const std::vector<Span> exempt = exemptSpans(text, input);
    std::erase_if(hits, [&](const TermHit& h) { return insideAny(exempt, h.start, h.end); });
    mergeOverlapping(hits);
    if (!m_beforeNumber.empty()) dropSpecifications(text, hits);
    if (m_unlessInFacts && input.product) dropStated(hits, *input.product);

    for (const auto& hit : hits) {
      const std::string written(text.bytes().substr(hit.start, hit.end - hit.start));
      out.push_back(finding(hit.start, hit.end - hit.start, m_message, {written}));
    }
  }

 private:
  // Exempt phrases, the rule's registered names and the product's brand: a term inside one of
  // them is not a claim (最佳食用期, a brand called 最生活).
  std::vector<Span> exemptSpans(const CheckText& text, const CheckInput& input) const {
    std::vector<TermHit> found;
    m_exempt.findAll(text, found);
    m_names.findAll(text, found);
    std::vector<Span> spans;
    spans.reserve(found.size() + 1);
    for (const auto& f : found) spans.push_back({f.start, f.end});
    if (const std::string brand = foldAscii(brandOf(input.brand, input.product)); !brand.empty())
      for (std::size_t at = text.folded().find(brand); at != std::string_view::npos;
           at = text.folded().find(brand, at + 1))
        spans.push_back({at, at + brand.size()});
    return spans;
  }

  // Overlapping hits are one claim: a term inside a longer one is the longer one (最佳 over 最), two
  // that overlap in part are their union ("kills 99.9%" + "99.9% of bacteria"). The longest names it.
  static void mergeOverlapping(std::vector<TermHit>& hits) {
    std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
      return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<TermHit> merged;
    for (const auto& h : hits) {
      if (merged.empty() || h.start >= merged.back().end) {
        merged.push_back(h);
        continue;
      }
      TermHit& last = merged.back();
      if (h.end - h.start > last.end - last.start) last.term = h.term;
      last.end = std::max(last.end, h.end);
    }
    hits = std::move(merged);
  }

  // "单口最高65W", "最大可达 100W": a superlative followed by a number states the product's own
  // specification, not its rank.
  void dropSpecifications(const CheckText& text, std::vector<TermHit>& hits) const {
    static constexpr std::string_view kConnectors[] = {"可", "达", "为", "约", "支持", "至", " ", ":", "：", "到"};
    const std::string_view bytes = text.bytes();
    std::erase_if(hits, [&](const TermHit& h) {
      const std::string_view written = text.folded().substr(h.start, h.end - h.start);
      if (std::find(m_beforeNumber.begin(), m_beforeNumber.end(), written) == m_beforeNumber.end()) return false;
      std::size_t at = h.end;
      for (int skipped = 0; skipped < 4 && at < bytes.size(); ++skipped) {
        auto c = std::find_if(std::begin(kConnectors), std::end(kConnectors),
                              [&](std::string_view k) { return bytes.substr(at, k.size()) == k; });
        if (c == std::end(kConnectors)) break;
        at += c->size();
      }
      if (at >= bytes.size()) return false;
      const bool asciiDigit = bytes[at] >= '0' && bytes[at] <= '9';
      const bool wideDigit = bytes.substr(at, 2) == "\xEF\xBC" && at + 2 < bytes.size() &&
                             static_cast<unsigned char>(bytes[at + 2]) >= 0x90 && static_cast<unsigned char>(bytes[at + 2]) <= 0x99;
      return asciiDigit || wideDigit;
    });
  }

  void dropUnaccompanied(const CheckText& text, std::vector<TermHit>& hits) const {
    std::vector<TermHit> conditions;
    m_near.findAll(text, conditions);
    std::erase_if(hits, [&](const TermHit& h) {
      if (h.term < m_plainCount) return false;
      return std::none_of(conditions.begin(), conditions.end(), [&](const TermHit& c) {
        return c.end + m_window >= h.start && c.start <= h.end + m_window;
      });
    });
  }

  // A claim the catalog itself states (its title, description, attributes or tags) is the
  // product's fact, not the copy's invention.
  void dropStated(std::vector<TermHit>& hits, const Product& product) const {
    const std::string facts = foldedFacts(product);
    const TermMatcher& terms = m_terms;
    std::erase_if(hits, [&](const TermHit& h) {
      TermMatcher one({terms.term(h.term)});
      std::vector<TermHit> inFacts;
      one.findAll(facts, inFacts);
      return !inFacts.empty();
    });
  }

  TermMatcher m_terms;
  std::size_t m_plainCount = static_cast<std::size_t>(-1);
  TermMatcher m_near;
  std::size_t m_window = 0;
  std::vector<std::string> m_beforeNumber;  // folded terms that are specifications before a number
  TermMatcher m_exempt;
  TermMatcher m_names;
  bool m_unlessInFacts = false;
  std::string m_message;
};

bool knownMessage(std::string_view id) {
  const auto& messages = findingMessages();
  return std::any_of(messages.begin(), messages.end(), [&](const FindingMessage& m) { return m.id == id; });
}

}  // namespace

Result<std::unique_ptr<Rule>> makeTermRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto terms = stringList(rule, "terms");
  if (!terms) return terms.error();
  auto nearTerms = stringList(rule, "near_terms");
  if (!nearTerms) return nearTerms.error();
  auto near = stringList(rule, "near");
  if (!near) return near.error();
  if (!nearTerms->empty() && near->empty())
    return tomlError(rule, "near_terms", "checks.terms.near-without-list");
  auto window = optionalInteger(rule, "near_window", 40, 1);
  if (!window) return window.error();
  if (terms->empty() && nearTerms->empty())
    return tomlError(rule, "terms", "checks.terms.empty");
  auto exempt = stringList(rule, "exempt");
  if (!exempt) return exempt.error();
  auto names = stringList(rule, "exempt_names");
  if (!names) return names.error();
  auto unlessInFacts = optionalBool(rule, "unless_in_facts", false);
  if (!unlessInFacts) return unlessInFacts.error();
  auto message = optionalStringChecked(rule, "message", "term.banned");
  if (!message) return message.error();
  if (!knownMessage(*message)) return tomlError(rule, "message", "checks.unknown-message", {*message});
  auto made = std::make_unique<TermRule>(std::move(meta), TermMatcher(std::move(*terms)),
                                         TermMatcher(std::move(*exempt)), TermMatcher(std::move(*names)),
                                         *unlessInFacts, std::move(*message));
  auto beforeNumber = stringList(rule, "exempt_before_number");
  if (!beforeNumber) return beforeNumber.error();
  made->setBeforeNumber(std::move(*beforeNumber));
  if (!nearTerms->empty()) made->setNearTerms(std::move(*nearTerms), std::move(*near), static_cast<std::size_t>(*window));
  return std::unique_ptr<Rule>(std::move(made));
}

}  // namespace copydesk
