#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/cli/check_output.h"
#include "core/checks/finding.h"
#include "core/store/database.h"
#include "core/store/product.h"

namespace copydesk::cli {

// The opt-in grounding check of `check`: --ground asks a model which claims the product's facts do
// not support. It costs tokens, so it never runs silently: the estimate goes to stderr first, and
// the request is sent only with --yes or after a "y" at a terminal.
struct GroundingCliArgs {
  bool ground = false;  // --ground
  bool yes = false;     // --yes: spend the tokens without asking
  std::string profile;  // --profile: a stored or built-in profile; "" = the built-in default (Ollama, local)
  std::string model;    // --model: instead of the profile's default model
};

// Adds --ground, --yes, --profile and --model to a command.
void addGroundingOptions(CLI::App& command, GroundingCliArgs& args);

// Where the confirmation is asked and the estimate and usage lines go; a terminal by default.
struct GroundingCliStreams {
  std::istream& in;
  std::ostream& err;
  bool interactive;  // stdin and stderr are a terminal: a question may be asked
};
GroundingCliStreams terminalStreams();

// Estimates, asks (or takes --yes), sends the one request and appends the findings (rule
// grounding.unsupported) to `findings`, re-sorted by start. Returns 0 when it ran or the user said
// no at the terminal (nothing added then), 2 when stdin is not a terminal and --yes is missing (the
// estimate is printed all the same, nothing is sent) or the profile is unknown, 1 when the call
// failed (auth, network, provider: the reason on stderr).
int runGroundingForCli(Database& db, const GroundingCliArgs& args, const Product& product, std::string_view text,
                       std::vector<Finding>& findings, const GroundingCliStreams& streams = terminalStreams());

// What `check --ground` calls once the rule checks are done: exactly one checked text (a draft, or
// --text-file with --product SKU, whose facts hold); its product is read, then runGroundingForCli.
// --all is refused with 2 (one estimate per text is no estimate), as is a text
// file without --product (no facts to hold it to).
int groundCheckedTexts(Database& db, const GroundingCliArgs& args, bool all, const std::string& sku,
                       std::vector<CheckedText>& checked);

}  // namespace copydesk::cli
