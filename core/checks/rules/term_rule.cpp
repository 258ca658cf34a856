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

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    std::vector<TermHit> hits;
    m_terms.findAll(text, hits);
    if (hits.empty()) return;

    const std::vector<Span> exempt = exemptSpans(text, input);
    std::erase_if(hits, [&](const TermHit& h) { return insideAny(exempt, h.start, h.end); });
    keepLongest(hits);
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
  if (terms->empty()) return tomlError(rule, "terms", "a \"terms\" rule needs a non-empty \"terms\" list");
  auto exempt = stringList(rule, "exempt");
  if (!exempt) return exempt.error();
  auto names = stringList(rule, "exempt_names");
  if (!names) return names.error();
  auto unlessInFacts = optionalBool(rule, "unless_in_facts", false);
  if (!unlessInFacts) return unlessInFacts.error();
  auto message = optionalStringChecked(rule, "message", "term.banned");
  if (!message) return message.error();
  if (!knownMessage(*message)) return tomlError(rule, "message", "unknown message id \"" + *message + "\"");
  return std::unique_ptr<Rule>(new TermRule(std::move(meta), TermMatcher(std::move(*terms)),
                                            TermMatcher(std::move(*exempt)), TermMatcher(std::move(*names)),
                                            *unlessInFacts, std::move(*message)));
}

}  // namespace copydesk
