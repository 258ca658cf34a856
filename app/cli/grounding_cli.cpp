#include "app/cli/grounding_cli.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_context.h"
#include "core/checks/grounding/grounding_check.h"
#include "core/llm/builtin_profiles.h"
#include "core/llm/effective_profiles.h"
#include "core/llm/provider_profile_store.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"

namespace copydesk::cli {

namespace {

Result<llm::ProviderProfile> profileFor(Database& db, const GroundingCliArgs& args) {
  // The default is the one generation uses (a stored override of the built-in one applies).
  auto profile = args.profile.empty() ? llm::effectiveDefaultProfile(db) : llm::ProviderProfileStore(db).resolve(args.profile);
  if (!profile) {
    Error error = profile.error();
    error.where = "--profile";
    return error;
  }
  return profile;
}

std::string dollars(double usd) {
  char text[32];
  std::snprintf(text, sizeof text, "$%.6f", usd);
  return text;
}

// "grounding: would ask Fake / fake-small: ≈1234 input tokens + ≈80 output tokens (at most 600),
//  about $0.000150, at most $0.002400"
void printEstimate(const GroundingEstimate& e, std::ostream& err) {
  err << "grounding: would ask " << e.profileName << " / " << e.model << ": ~" << e.inputTokens
      << " input tokens + ~" << e.expectedOutputTokens << " output tokens (at most " << e.maxOutputTokens << ")";
  if (e.pricesKnown) {
    err << ", about " << dollars(e.expectedCostUsd) << ", at most " << dollars(e.maxCostUsd) << '\n';
  } else {
    err << "; " << e.profileName << " has no prices set (free or unknown)\n";
  }
}

// The start of the model's answer on one line, cut on a character boundary.
std::string answerStart(const std::string& reply) {
  std::size_t end = std::min<std::size_t>(reply.size(), 160);
  while (end < reply.size() && (static_cast<unsigned char>(reply[end]) & 0xC0) == 0x80) --end;
  std::string line = reply.substr(0, end);
  std::replace(line.begin(), line.end(), '\n', ' ');
  return end < reply.size() ? line + "…" : line;
}

enum class Consent { Given, Declined, Missing };

Consent askConsent(const GroundingCliArgs& args, const GroundingCliStreams& streams) {
  if (args.yes) return Consent::Given;
  if (!streams.interactive) return Consent::Missing;
  streams.err << "grounding: send this request? [y/N] " << std::flush;
  std::string answer;
  std::getline(streams.in, answer);
  return answer == "y" || answer == "Y" || answer == "yes" ? Consent::Given : Consent::Declined;
}

void printOutcome(const GroundingReport& report, std::ostream& err) {
  if (!report.replyReadable) {
    err << "grounding: the model's answer holds no {\"claims\": [...]} JSON, so no findings; it began: "
        << answerStart(report.reply) << '\n';
  } else {
    err << "grounding: " << report.findings.size() << " unsupported claim(s)";
    if (report.droppedClaims > 0) err << "; " << report.droppedClaims << " quote(s) not in the text dropped";
    err << '\n';
  }
  err << "grounding: " << llm::describeUsage(report.usage, report.costUsd) << " (model " << report.model << ")\n";
}

// The facts a checked text is held to: its draft's product, or the product of --product SKU.
Result<Product> productFor(Database& db, const CheckedText& text, const std::string& sku) {
  std::int64_t productId = 0;
  if (text.draftId > 0) {
    auto draft = DraftStore(db).get(text.draftId);
    if (!draft) return draft.error();
    if (!*draft) return makeError(ErrorCode::NotFound, "no draft " + std::to_string(text.draftId), "check");
    productId = (*draft)->productId;
  }
  ProductStore products(db);
  auto product = productId > 0 ? products.findById(productId) : products.findBySku(sku);
  if (!product) return product.error();
  if (!*product) {
    return makeError(ErrorCode::NotFound, productId > 0 ? "the draft's product is gone" : "no product with SKU " + sku,
                     "--ground");
  }
  return std::move(**product);
}

}  // namespace

void addGroundingOptions(CLI::App& command, GroundingCliArgs& args) {
  CLI::Option* ground = command.add_flag("--ground", args.ground,
                   "also ask a model which claims the product's facts do not support (costs tokens: the estimate "
                   "is printed first, and the request is sent only with --yes or after a yes at a terminal)");
  command.add_flag("--yes", args.yes, "with --ground: spend the tokens without asking")->needs(ground);
  command.add_option("--profile", args.profile, "with --ground: a stored or built-in provider profile (default: "
                                                "the built-in default, Ollama on this machine)")
      ->needs(ground);
  command.add_option("--model", args.model, "with --ground: instead of the profile's default model")->needs(ground);
}

GroundingCliStreams terminalStreams() {
  return {std::cin, std::cerr, isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1};
}

int runGroundingForCli(Database& db, const GroundingCliArgs& args, const Product& product, std::string_view text,
                       std::vector<Finding>& findings, const GroundingCliStreams& streams) {
  auto profile = profileFor(db, args);
  if (!profile) {
    streams.err << "copydesk-cli: " << profile.error().describe() << '\n';
    return exitCodeFor(profile.error());
  }
  GroundingOptions options;
  options.model = args.model;
  const GroundingPlan plan = planGrounding(*profile, product, std::string(text), options);
  printEstimate(plan.estimate, streams.err);
  switch (askConsent(args, streams)) {
    case Consent::Missing:
      streams.err << "grounding: not sent: add --yes to spend the tokens (stdin is not a terminal to ask)\n";
      return kExitBadInput;
    case Consent::Declined:
      streams.err << "grounding: not sent\n";
      return kExitOk;
    case Consent::Given:
      break;
  }
  llm::LlmClient client;
  auto report = runGrounding(client, plan);
  if (!report) {
    streams.err << "copydesk-cli: grounding: " << report.error().describe() << '\n';
    return kExitFailure;
  }
  printOutcome(*report, streams.err);
  findings.insert(findings.end(), report->findings.begin(), report->findings.end());
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
  return kExitOk;
}

int groundCheckedTexts(Database& db, const GroundingCliArgs& args, bool all, const std::string& sku,
                       std::vector<CheckedText>& checked) {
  if (all || checked.size() != 1) {
    std::cerr << "check: --ground checks one text (a DRAFT_ID, or --text-file with --product), not --all\n";
    return kExitBadInput;
  }
  CheckedText& text = checked.front();
  if (text.draftId == 0 && sku.empty()) {
    std::cerr << "check: --ground with --text-file needs --product SKU: the facts to hold the text to\n";
    return kExitBadInput;
  }
  auto product = productFor(db, text, sku);
  if (!product) return reportError(product.error());
  return runGroundingForCli(db, args, *product, text.text, text.findings);
}

}  // namespace copydesk::cli
