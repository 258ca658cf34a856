// kind "facts-terms": materials or colours in the copy against the product's data. The rule
// holds one vocabulary, [[rule.material]] (facts.material-mismatch) or [[rule.colour]]
// (facts.colour-mismatch), with its exempt phrases, negations, modifiers and objects, and
// `fact_keys`: the attribute and option names whose values always name a material or colour (read
// by the groups' endings when no name matches; an unreadable one makes the rule keep quiet).
#include "core/checks/facts/fact_sheet_cache.h"
#include "core/checks/facts/facts_rules.h"
#include "core/checks/facts/term_verdict.h"
#include "core/checks/facts/vocabulary_toml.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

class FactTermsRule final : public Rule {
 public:
  FactTermsRule(RuleMeta meta, TermVocabulary vocabulary, TermContext context, std::vector<std::string> keys,
                std::string message)
      : Rule(std::move(meta)),
        m_vocabulary(std::move(vocabulary)),
        m_scanner(m_vocabulary, std::move(context)),
        m_keys(std::move(keys)),
        m_message(std::move(message)) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    if (!input.product) return;
    std::vector<FoundTerm> stated = m_scanner.scan(text.folded());
    if (stated.empty()) return;
    dropBrand(text, input, stated);
    const auto sheet = factSheetFor(*input.product);
    const FactTerms facts = factTerms(*sheet, m_scanner, m_vocabulary, m_keys);
    for (const FoundTerm& t : stated) {
      if (!contradicts(t.group, facts, m_vocabulary)) continue;
      const std::string written(text.bytes().substr(t.start, t.end - t.start));
      out.push_back(finding(t.start, t.end - t.start, m_message, {written, factWords(facts)}));
    }
  }

 private:
  // "Red Wing boots", "Copper Chef pan": a brand's name states no colour or material.
  static void dropBrand(const CheckText& text, const CheckInput& input, std::vector<FoundTerm>& stated) {
    std::string brand = input.brand.empty() ? input.product->brand : input.brand;
    if (brand.empty()) return;
    for (char& c : brand)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    const std::string_view folded = text.folded();
    for (std::size_t at = folded.find(brand); at != std::string_view::npos; at = folded.find(brand, at + 1))
      std::erase_if(stated, [&](const FoundTerm& t) { return at <= t.start && t.end <= at + brand.size(); });
  }

  TermVocabulary m_vocabulary;
  TermScanner m_scanner;
  std::vector<std::string> m_keys;
  std::string m_message;
};

}  // namespace

Result<std::unique_ptr<Rule>> makeFactTermsRule(RuleMeta meta, const toml::table& table) {
  const toml::array* materials = table["material"].as_array();
  const toml::array* colours = table["colour"].as_array();
  if ((materials == nullptr) == (colours == nullptr))
    return tomlError(table, "material", "checks.facts.terms-without-groups");
  const bool material = materials != nullptr;
  auto vocabulary = readVocabulary(material ? *materials : *colours, material ? "material" : "colour");
  if (!vocabulary) return vocabulary.error();
  auto context = readTermContext(table);
  if (!context) return context.error();
  auto keys = stringList(table, "fact_keys");
  if (!keys) return keys.error();
  return std::unique_ptr<Rule>(new FactTermsRule(std::move(meta), std::move(*vocabulary), std::move(*context),
                                                 std::move(*keys),
                                                 material ? "facts.material-mismatch" : "facts.colour-mismatch"));
}

}  // namespace copydesk
