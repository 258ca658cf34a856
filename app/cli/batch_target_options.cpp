#include "app/cli/batch_target_options.h"

#include <algorithm>

#include "core/batch/target_pairing.h"
#include "core/llm/effective_profiles.h"
#include "core/llm/provider_profile_store.h"

namespace copydesk::cli {

namespace {

Result<std::vector<llm::ProviderProfile>> profilesFor(Database& db, const BatchTargetArgs& args) {
  std::vector<llm::ProviderProfile> profiles;
  if (!args.provider.empty()) {
    auto kind = llm::kindFromName(args.provider);
    if (!kind) return kind.error();
    if (args.baseUrl.empty()) return makeError(ErrorCode::InvalidInput, "--provider needs --base-url", "--provider");
    llm::ProviderProfile p;
    p.name = args.provider + " " + args.baseUrl;
    p.kind = *kind;
    p.baseUrl = args.baseUrl;
    p.apiKeyEnv = args.apiKeyEnv;
    p.inputPricePerMTok = args.priceIn;
    p.outputPricePerMTok = args.priceOut;
    profiles.push_back(p);
  }
  llm::ProviderProfileStore store(db);
  for (const auto& name : args.profiles) {
    auto p = store.resolve(name);
    if (!p) return p.error();
    profiles.push_back(std::move(*p));
  }
  if (profiles.empty()) {
    // The same default the studio starts with: a stored change of the built-in one applies.
    auto preferred = llm::effectiveDefaultProfile(db);
    if (!preferred) return preferred.error();
    profiles.push_back(std::move(*preferred));
  }
  for (auto& p : profiles) {
    // An explicit --concurrency wins over the profile's limiter.
    if (args.concurrency > 0) p.maxConcurrency = args.concurrency;
    if (!args.apiKeyEnv.empty()) p.apiKeyEnv = args.apiKeyEnv;
    if (args.allowInsecureHttp) p.allowInsecureHttp = true;
  }
  return profiles;
}

}  // namespace

void addBatchTargetOptions(CLI::App& command, BatchTargetArgs& args, const BatchTargetHelp& help) {
  command.add_option("--profile", args.profiles, "a stored or built-in provider profile (repeatable)");
  command.add_option("--provider", args.provider, "openai or anthropic, with --base-url")
      ->check(CLI::IsMember({"openai", "anthropic", "azure"}));
  command.add_option("--base-url", args.baseUrl, "the provider's base URL (openai: including /v1)");
  command.add_option("--model", args.models, help.model);
  command.add_option("--api-key-env", args.apiKeyEnv, "environment variable holding the API key");
  command.add_flag("--allow-insecure-http", args.allowInsecureHttp,
                   "send the key over plain http:// to a host that is not this machine");
  if (help.prices) {
    command.add_option("--price-in", args.priceIn, "USD per million input tokens (with --provider)");
    command.add_option("--price-out", args.priceOut, "USD per million output tokens (with --provider)");
  }
  command.add_option("--concurrency", args.concurrency, "requests in flight at once")->check(CLI::PositiveNumber);
  command.add_option("--budget", args.budget, "never spend more than this many USD")->check(CLI::NonNegativeNumber);
}

Status applyBatchTargets(Database& db, const BatchTargetArgs& args, batch::GenerateOptions& options) {
  auto profiles = profilesFor(db, args);
  if (!profiles) return profiles.error();
  std::vector<std::string> models;
  for (const auto& m : args.models) for (auto& one : batch::modelList(m)) models.push_back(std::move(one));
  auto targets = batch::pairTargets(*profiles, models);
  if (!targets) {
    Error error = targets.error();
    error.where = "--model";
    return error;
  }
  options.spec.targets = std::move(*targets);
  options.run.concurrency =
      args.concurrency > 0 ? args.concurrency : std::max(1, options.spec.targets[0].profile.maxConcurrency);
  if (args.budget >= 0) options.run.budgetUsd = args.budget;
  return {};
}

}  // namespace copydesk::cli
