#include "core/checks/grounding/grounding_check.h"

#include <algorithm>
#include <future>
#include <map>
#include <set>
#include <utility>

#include "core/checks/check_text.h"
#include "core/checks/grounding/grounding_prompt.h"
#include "core/checks/grounding/quote_locator.h"

namespace copydesk {

namespace {

constexpr const char* kExplanationEn =
    "The model found nothing in the product's facts that supports this claim. A model can be wrong: "
    "check the catalog, then keep, reword or remove the claim.";
constexpr const char* kExplanationZh = "模型在商品资料中找不到支持这一说法的信息。模型也可能出错：请核对商品资料，再决定保留、改写或删除。";

Finding findingFor(const GroundingClaim& claim, const CheckText& draft, const ByteSpan& span,
                   const std::string& source) {
  Finding finding;
  finding.rule = std::string(kGroundingRule);
  finding.ruleSet = std::string(kGroundingRuleSet);
  finding.severity = Severity::Warning;
  finding.start = draft.codePointAt(span.start);
  finding.length = draft.codePointAt(span.end) - finding.start;
  finding.message = std::string(kGroundingMessage);
  // The passage as the draft has it, which is what the reader sees underlined.
  finding.args = {std::string(draft.bytes().substr(span.start, span.end - span.start)), claim.reason};
  finding.explanationEn = kExplanationEn;
  finding.explanationZh = kExplanationZh;
  finding.source = source;
  return finding;
}

std::string sourceFor(const GroundingPlan& plan, const std::string& model) {
  return "model: " + plan.profile.name + " / " + (model.empty() ? plan.estimate.model : model);
}

GroundingReport reportFor(const GroundingPlan& plan, llm::ChatResult result) {
  GroundingReport report = groundingFindings(parseGroundingReply(result.text), plan.draft, sourceFor(plan, result.model));
  report.reply = std::move(result.text);
  report.usage = result.usage;
  report.costUsd = result.cost;
  report.model = result.model.empty() ? plan.estimate.model : result.model;
  return report;
}

}  // namespace

GroundingPlan planGrounding(const llm::ProviderProfile& profile, const Product& product, std::string draft,
                            const GroundingOptions& options) {
  GroundingPlan plan;
  plan.profile = profile;
  plan.request = groundingRequest(product, draft, options);
  plan.estimate = estimateGrounding(profile, plan.request, draft);
  plan.draft = std::move(draft);
  return plan;
}

GroundingReport groundingFindings(const GroundingReply& reply, std::string_view draft, const std::string& source) {
  GroundingReport report;
  report.replyReadable = reply.readable;
  report.claims = reply.claims.size();
  const QuoteLocator locator(draft);
  const CheckText text(draft);
  std::map<std::string, std::size_t> searchFrom;  // a quote listed again is looked for after its last match
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (const GroundingClaim& claim : reply.claims) {
    std::size_t& from = searchFrom[claim.quote];
    auto span = locator.find(claim.quote, from);
    if (!span && from > 0) span = locator.find(claim.quote);  // listed more often than it occurs
    if (!span) {
      ++report.droppedClaims;
      continue;
    }
    from = span->end;
    if (!seen.insert({span->start, span->end}).second) continue;
    report.findings.push_back(findingFor(claim, text, *span, source));
  }
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.start < b.start; });
  return report;
}

llm::LlmClient::RequestId startGrounding(llm::LlmClient& client, const GroundingPlan& plan,
                                         std::function<void(Result<GroundingReport>)> onDone) {
  llm::ChatEvents events;
  // The plan is copied into the callback: the caller may drop its own before the answer is in.
  events.onDone = [plan, onDone = std::move(onDone)](Result<llm::ChatResult> result) {
    if (!result) {
      onDone(result.error());
      return;
    }
    onDone(reportFor(plan, std::move(*result)));
  };
  return client.submit(plan.profile, plan.request, std::move(events));
}

Result<GroundingReport> runGrounding(llm::LlmClient& client, const GroundingPlan& plan) {
  std::promise<Result<GroundingReport>> done;
  auto answer = done.get_future();
  startGrounding(client, plan, [&done](Result<GroundingReport> report) { done.set_value(std::move(report)); });
  return answer.get();
}

}  // namespace copydesk
