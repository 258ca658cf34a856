#include "core/checks/draft_check.h"

#include <algorithm>

#include "core/checks/checker.h"
#include "core/store/batch_store.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "core/translation/market.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

// "tea, green tea；龙井、明前" → {"tea", "green tea", "龙井", "明前"}: writers separate keywords with
// whatever comma their keyboard has.
std::vector<std::string> splitKeywords(std::string_view text) {
  static constexpr std::string_view kSeparators[] = {",", ";", "\n", "，", "；", "、"};
  std::vector<std::string> keywords;
  std::string current;
  auto flush = [&] {
    const auto begin = current.find_first_not_of(" \t");
    const auto end = current.find_last_not_of(" \t");
    if (begin != std::string::npos) keywords.push_back(current.substr(begin, end - begin + 1));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    auto sep = std::find_if(std::begin(kSeparators), std::end(kSeparators),
                            [&](std::string_view s) { return text.substr(i, s.size()) == s; });
    if (sep != std::end(kSeparators)) {
      flush();
      i += sep->size();
    } else {
      current += text[i++];
    }
  }
  flush();
  return keywords;
}

std::vector<std::string> keywordsOf(const Json& variables) {
  if (!variables.is_object()) return {};
  auto it = variables.find("keywords");
  if (it == variables.end()) return {};
  if (it->is_string()) return splitKeywords(it->get<std::string>());
  std::vector<std::string> keywords;
  if (it->is_array())
    for (const auto& k : *it)
      if (k.is_string()) keywords.push_back(k.get<std::string>());
  return keywords;
}

// A translation is held to its source's do-not-translate terms and to its market's channel (issue 14).
Status loadTranslationSource(Database& db, DraftCheckSubject& subject, std::string& market) {
  if (!subject.draft.sourceDraftId) return {};
  auto source = DraftStore(db).get(*subject.draft.sourceDraftId);
  if (!source) return source.error();
  if (*source) subject.sourceText = (*source)->text;
  // An unreadable markets file leaves the template's channel: the check should not fail on it.
  if (auto markets = loadMarkets(); markets) {
    if (const Market* m = findMarket(*markets, subject.draft.language); m && !m->channel.empty()) market = m->channel;
  }
  return {};
}

}  // namespace

CheckInput DraftCheckSubject::input(std::string_view text) const {
  CheckInput in;
  in.text = text;
  in.field = draft.field;
  in.channel = channel;
  in.product = product.id ? &product : nullptr;
  in.keywords = keywords;
  in.brand = product.brand;
  in.html = looksLikeHtml(text);
  in.sourceText = sourceText;
  return in;
}

Result<DraftCheckSubject> loadDraftCheckSubject(Database& db, const RuleBook& book, std::int64_t draftId) {
  auto draft = DraftStore(db).get(draftId);
  if (!draft) return draft.error();
  if (!*draft) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(draftId)});
  DraftCheckSubject subject;
  subject.draft = std::move(**draft);
  auto product = ProductStore(db).findById(subject.draft.productId);
  if (!product) return product.error();
  if (*product) subject.product = std::move(**product);
  if (subject.draft.templateVersionId) {
    auto version = TemplateStore(db).byVersionId(*subject.draft.templateVersionId);
    if (!version) return version.error();
    if (*version) subject.keywords = keywordsOf((*version)->prompt.variables);
  }
  // A generated draft was written for its batch's variables: the template's defaults with the
  // writer's own over them (the Variables pane's keywords, e.g. sent there from the Trends page).
  if (subject.draft.batchId) {
    auto batch = BatchStore(db).get(*subject.draft.batchId);
    if (!batch) return batch.error();
    if (*batch && (*batch)->plan.contains("variables")) subject.keywords = keywordsOf((*batch)->plan["variables"]);
  }
  std::string market = subject.draft.channel;
  if (auto st = loadTranslationSource(db, subject, market); !st) return st.error();
  if (const CheckChannel* channel = book.channelFor(market, subject.draft.field)) subject.channel = channel->id;
  return subject;
}

Result<std::vector<Finding>> checkDraft(Database& db, const RuleBook& book, std::int64_t draftId) {
  auto subject = loadDraftCheckSubject(db, book, draftId);
  if (!subject) return subject.error();
  return runChecks(book, subject->input(subject->draft.text));
}

bool looksLikeHtml(std::string_view text) {
  // A tag name right after '<' and a '>' later: "<p>", "<br/>", "<ul class=…>"; "a < b" is not markup.
  for (std::size_t lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
    if (lt + 1 >= text.size()) break;
    const char c = text[lt + 1];
    const bool tagStart = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!';
    if (tagStart && text.find('>', lt) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace copydesk
