// kind "glossary": the user's glossary (the [[brand]] tables of glossary.toml). `check` picks what
// this rule reports: "banned" terms used, "required" terms missing, "preferred" spellings
// replaced, "keep" do-not-translate terms (and the brand name) of a translation's source missing from
// the translation (issue 14). The entry of brand "" holds for every product; a brand's own entry for its products.
#include "core/checks/glossary_toml.h"
#include "core/checks/rules/product_facts.h"
#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

enum class GlossaryCheck { Banned, Required, Preferred, Keep };

struct BrandTerms {
  std::string brand;  // folded; "" = every brand
  std::string source;
  TermMatcher terms;  // banned, required or found spellings
  std::vector<std::string> preferred;  // for Preferred: the spelling to use, by term index
};

class GlossaryRule final : public Rule {
 public:
  GlossaryRule(RuleMeta meta, GlossaryCheck check, std::vector<BrandTerms> brands, std::vector<GlossaryEntry> entries)
      : Rule(std::move(meta)), m_check(check), m_brands(std::move(brands)), m_entries(std::move(entries)) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    if (m_check == GlossaryCheck::Keep) return kept(text, input, out);
    const std::string brand = foldAscii(brandOf(input.brand, input.product));
    for (const auto& entry : m_brands) {
      if (!entry.brand.empty() && entry.brand != brand) continue;
      switch (m_check) {
        case GlossaryCheck::Banned: banned(text, entry, out); break;
        case GlossaryCheck::Required: required(text, entry, out); break;
        case GlossaryCheck::Preferred: preferred(text, entry, out); break;
        case GlossaryCheck::Keep: break;
      }
    }
  }

 private:
  void banned(const CheckText& text, const BrandTerms& entry, std::vector<Finding>& out) const {
    std::vector<TermHit> hits;
    entry.terms.findAll(text, hits);
    keepLongest(hits);
    for (const auto& h : hits)
      report(out, entry, finding(h.start, h.end - h.start, "glossary.banned",
                                 {std::string(text.bytes().substr(h.start, h.end - h.start))}));
  }

  void required(const CheckText& text, const BrandTerms& entry, std::vector<Finding>& out) const {
    for (std::size_t t = 0; t < entry.terms.size(); ++t)
      if (!entry.terms.occursIn(text, t)) report(out, entry, finding(0, 0, "glossary.required", {entry.terms.term(t)}));
  }

  void preferred(const CheckText& text, const BrandTerms& entry, std::vector<Finding>& out) const {
    std::vector<TermHit> hits;
    entry.terms.findAll(text, hits);
    keepLongest(hits);
    for (const auto& h : hits) {
      const std::string written(text.bytes().substr(h.start, h.end - h.start));
      if (written == entry.preferred[h.term]) continue;  // already the preferred spelling
      report(out, entry, finding(h.start, h.end - h.start, "glossary.preferred", {written, entry.preferred[h.term]}));
    }
  }

  // Verbatim, case and all: "Longjing" written "LongJing" or "龙井" in a translation is not kept.
  void kept(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const {
    if (input.sourceText.empty()) return;  // not a translation
    for (const std::string& term : keepTerms(m_entries, brandOf(input.brand, input.product))) {
      if (input.sourceText.find(term) == std::string_view::npos) continue;
      if (text.bytes().find(term) != std::string_view::npos) continue;
      Finding f = finding(0, 0, "glossary.keep-missing", {term});
      f.source = "glossary";
      out.push_back(std::move(f));
    }
  }

  static void report(std::vector<Finding>& out, const BrandTerms& entry, Finding f) {
    f.source = entry.source;
    out.push_back(std::move(f));
  }

  GlossaryCheck m_check;
  std::vector<BrandTerms> m_brands;
  std::vector<GlossaryEntry> m_entries;  // Keep: the whole glossary (keepTerms() picks the brand's)
};

BrandTerms brandTerms(const GlossaryEntry& entry, GlossaryCheck check) {
  BrandTerms terms;
  terms.brand = foldAscii(entry.brand);
  terms.source = entry.brand.empty() ? "glossary" : "glossary: " + entry.brand;
  switch (check) {
    case GlossaryCheck::Banned: terms.terms = TermMatcher(entry.banned); break;
    case GlossaryCheck::Required: terms.terms = TermMatcher(entry.required); break;
    case GlossaryCheck::Keep: break;  // kept() reads the entries themselves
    case GlossaryCheck::Preferred: {
      std::vector<std::string> found;
      for (const auto& [from, to] : entry.preferred) {
        found.push_back(from);
        terms.preferred.push_back(to);
      }
      terms.terms = TermMatcher(std::move(found));
      break;
    }
  }
  return terms;
}

}  // namespace

Result<std::unique_ptr<Rule>> makeGlossaryRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context) {
  auto which = requiredString(rule, "check");
  if (!which) return which.error();
  GlossaryCheck check;
  if (*which == "banned") check = GlossaryCheck::Banned;
  else if (*which == "required") check = GlossaryCheck::Required;
  else if (*which == "preferred") check = GlossaryCheck::Preferred;
  else if (*which == "keep") check = GlossaryCheck::Keep;
  else return tomlError(rule, "check", "checks.glossary.unknown-check", {*which});
  auto entries = glossaryEntries(context.file);
  if (!entries) return entries.error();
  std::vector<BrandTerms> brands;
  for (const auto& entry : *entries) {
    BrandTerms terms = brandTerms(entry, check);
    if (!terms.terms.empty()) brands.push_back(std::move(terms));
  }
  if (check != GlossaryCheck::Keep) entries->clear();
  return std::unique_ptr<Rule>(new GlossaryRule(std::move(meta), check, std::move(brands), std::move(*entries)));
}

}  // namespace copydesk
