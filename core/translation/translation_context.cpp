#include "core/translation/translation_context.h"

#include "core/templates/template_context.h"

namespace copydesk {

Json buildTranslationContext(const Product& product, const Draft& source, const Market& target,
                             const std::vector<std::string>& keepTerms, const Json& variables) {
  Json context = buildTemplateContext(product, variables);
  context["source"] = {{"text", source.text}, {"field", source.field}, {"language", source.language}};
  Json convert = Json::array();
  for (const std::string& rule : target.convert) convert.push_back({{"rule", rule}});
  context["target"] = {{"code", target.code},
                       {"language", target.language},
                       {"language_zh", target.languageZh},
                       {"market", target.market},
                       {"units", target.units},
                       {"imperial", target.units == "imperial"},
                       {"metric", target.units == "metric"},
                       {"convert", std::move(convert)},
                       {"channel", target.channel}};
  Json keep = Json::array();
  std::string keepText;  // "\"Longjing\", \"West Lake\"": the list as one line for the prompt
  // Only the terms the source uses: the prompt need not list a whole glossary.
  for (const std::string& term : keepTerms) {
    if (source.text.find(term) == std::string::npos) continue;
    keep.push_back({{"term", term}});
    keepText += (keepText.empty() ? "\"" : ", \"") + term + "\"";
  }
  context["has_keep_terms"] = !keep.empty();
  context["keep_terms_text"] = keepText;
  context["keep_terms"] = std::move(keep);
  return context;
}

}  // namespace copydesk
