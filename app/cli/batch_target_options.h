#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/batch/batch_session.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::cli {

// Who writes a batch and how fast: the provider profiles and models, requests in flight and the
// budget. generate and translate share these options, so they read and behave the same in both.
struct BatchTargetArgs {
  std::vector<std::string> profiles;  // --profile: stored or built-in (repeatable)
  std::string provider;               // --provider with --base-url: a profile made on the spot
  std::string baseUrl;
  std::vector<std::string> models;    // --model (repeatable or comma-separated)
  std::string apiKeyEnv;              // --api-key-env: overrides every profile's
  bool allowInsecureHttp = false;
  double priceIn = 0, priceOut = 0;   // --price-in/--price-out: only where the command offers them
  int concurrency = 0;                // 0 = the first target's profile limit
  double budget = -1;                 // < 0 = no budget
};

// What differs between the commands' help: --model's line, and whether --price-in/--price-out exist.
struct BatchTargetHelp {
  std::string model;
  bool prices = false;
};

// Adds --profile, --provider, --base-url, --model, --api-key-env, --allow-insecure-http,
// [--price-in, --price-out,] --concurrency and --budget to a command, in that order.
void addBatchTargetOptions(CLI::App& command, BatchTargetArgs& args, const BatchTargetHelp& help);

// Resolves the profiles (the --provider one first, then each --profile, else the effective
// default), pairs them with the models and fills options.spec.targets, options.run.concurrency and
// options.run.budgetUsd. An error names the option at fault.
Status applyBatchTargets(Database& db, const BatchTargetArgs& args, batch::GenerateOptions& options);

}  // namespace copydesk::cli
