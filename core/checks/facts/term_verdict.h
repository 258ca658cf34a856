#pragma once

#include <string>
#include <vector>

#include "core/checks/facts/product_fact_sheet.h"
#include "core/checks/facts/term_scanner.h"
#include "core/checks/facts/term_vocabulary.h"

namespace copydesk {

// The materials (or colours) the catalog names for a product, each group once, with the words
// it used for them.
struct FactTerms {
  std::vector<std::size_t> groups;
  std::vector<std::string> written;  // as in the facts: "Copper", "红色"
  // Nothing stated can be contradicted: a group like "multicolour", or a value under one of the
  // rule's keys that the vocabulary cannot read ("Color: Midnight", "material: TPE").
  bool any = false;
};

// Scans every piece of the sheet. An option or attribute named by `keys` ("color", "颜色") whose
// value names no group is read by the groups' endings ("雾霾蓝" is a blue), or else makes the
// facts unreadable for this vocabulary (any).
FactTerms factTerms(const ProductFactSheet& sheet, const TermScanner& scanner, const TermVocabulary& vocabulary,
                    const std::vector<std::string>& keys);

// A stated group contradicts the facts when they name some group of the vocabulary and none of
// them is compatible with it (the same, broader or narrower). Facts naming nothing contradict nothing.
bool contradicts(std::size_t stated, const FactTerms& facts, const TermVocabulary& vocabulary);

// The facts' words for the finding: "copper, brass".
std::string factWords(const FactTerms& facts);

}  // namespace copydesk
