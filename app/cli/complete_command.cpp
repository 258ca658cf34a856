// copydesk-cli complete --provider openai|anthropic|azure --base-url URL --model M [--api-key-env VAR]
//   [--system TEXT] (--prompt TEXT | --prompt-file FILE) [--temperature T] [--max-tokens N] [--no-stream]
// or --profile NAME instead of provider/base URL. Streams the text to stdout, then one newline;
// the usage and cost line goes to stderr. Exit 1 with a one-line reason when the call fails.
#include <fstream>
#include <future>
#include <iostream>
#include <sstream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/llm/llm_client.h"
#include "core/llm/provider_profile_store.h"
#include "core/llm/usage_cost.h"

namespace copydesk::cli {
namespace {

struct CompleteArgs {
  std::string profile, provider = "openai", baseUrl, model, apiKeyEnv, apiVersion;
  std::string system, prompt, promptFile;
  std::optional<double> temperature;
  std::optional<int> maxTokens;
  double priceIn = -1, priceOut = -1;
  bool allowInsecureHttp = false;
  int idleTimeoutMs = 0, attempts = 0;
  bool noStream = false;
};

std::string defaultKeyEnv(llm::ProviderKind kind) {
  switch (kind) {
    case llm::ProviderKind::Anthropic: return "ANTHROPIC_API_KEY";
    case llm::ProviderKind::AzureOpenAi: return "AZURE_OPENAI_API_KEY";
    default: return "OPENAI_API_KEY";
  }
}

// The profile: a stored or built-in one by name, or one made from the flags.
Result<llm::ProviderProfile> profileFor(CliContext& context, const CompleteArgs& args) {
  llm::ProviderProfile profile;
  if (!args.profile.empty()) {
    auto db = context.openDatabase();
    if (!db) return makeError(ErrorCode::Database, "cannot open the database", "complete");
    llm::ProviderProfileStore store(*db);
    auto found = store.resolve(args.profile);
    if (!found) return found.error();
    profile = std::move(*found);
  } else {
    auto kind = llm::kindFromName(args.provider);
    if (!kind) return kind.error();
    if (args.baseUrl.empty()) return makeError(ErrorCode::InvalidInput, "--base-url is required (or --profile)", "complete");
    profile.name = args.provider;
    profile.kind = *kind;
    profile.apiKeyEnv = defaultKeyEnv(*kind);
    if (*kind == llm::ProviderKind::AzureOpenAi) profile.apiVersion = "2024-10-21";
    profile.maxConcurrency = 0;
  }
  if (!args.baseUrl.empty()) profile.baseUrl = args.baseUrl;
  if (!args.model.empty()) profile.defaultModel = args.model;
  if (!args.apiKeyEnv.empty()) profile.apiKeyEnv = args.apiKeyEnv;
  if (args.allowInsecureHttp) profile.allowInsecureHttp = true;
  if (!args.apiVersion.empty()) profile.apiVersion = args.apiVersion;
  if (args.priceIn >= 0) profile.inputPricePerMTok = args.priceIn;
  if (args.priceOut >= 0) profile.outputPricePerMTok = args.priceOut;
  if (args.idleTimeoutMs > 0) profile.idleTimeoutMs = args.idleTimeoutMs;
  if (profile.defaultModel.empty()) return makeError(ErrorCode::InvalidInput, "--model is required", "complete");
  return profile;
}

Result<std::string> promptText(const CompleteArgs& args) {
  if (args.promptFile.empty()) return args.prompt;
  std::ifstream in(args.promptFile, std::ios::binary);
  if (!in) return makeError(ErrorCode::InvalidInput, "cannot read the prompt file", args.promptFile);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int runComplete(CliContext& context, const CompleteArgs& args) {
  auto profile = profileFor(context, args);
  if (!profile) return reportError(profile.error());
  auto user = promptText(args);
  if (!user) return reportError(user.error());

  llm::ChatRequest request;
  request.system = args.system;
  request.user = std::move(*user);
  request.temperature = args.temperature;
  request.maxTokens = args.maxTokens;
  request.stream = !args.noStream;

  llm::ClientOptions options;
  if (args.attempts > 0) options.retry.maxAttempts = args.attempts;
  llm::LlmClient client(options);
  bool printed = false;
  llm::ChatEvents events;
  events.onText = [&printed](std::string_view piece) {
    std::cout << piece << std::flush;
    printed = true;
  };
  events.onRetry = [&printed] {
    if (printed) std::cerr << "\ncopydesk-cli: the stream broke off; retrying — discard the partial text above\n";
    printed = false;
  };
  std::promise<Result<llm::ChatResult>> done;
  events.onDone = [&done](Result<llm::ChatResult> result) { done.set_value(std::move(result)); };
  client.submit(*profile, std::move(request), std::move(events));
  auto result = done.get_future().get();
  if (!result) {
    if (printed) std::cout << std::endl;
    std::cerr << "copydesk-cli: complete: " << result.error().message << '\n';
    return kExitFailure;
  }
  if (!printed) std::cout << result->text;  // --no-stream, or a reply without streamed pieces
  std::cout << '\n' << std::flush;
  std::cerr << llm::describeUsage(result->usage, result->cost) << " (" << result->attempts
            << (result->attempts == 1 ? " attempt, " : " attempts, ") << result->latencyMs << " ms, model "
            << result->model << ")\n";
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<CompleteArgs>();
  CLI::App* cmd = app.add_subcommand("complete", "Send one prompt to a model and stream the reply to stdout");
  cmd->add_option("--profile", args->profile, "a stored or built-in provider profile (see `providers list`)");
  cmd->add_option("--provider", args->provider, "wire protocol: openai (any compatible server), azure, anthropic")
      ->check(CLI::IsMember({"openai", "azure", "anthropic"}));
  cmd->add_option("--base-url", args->baseUrl, "openai: including /v1; anthropic: without /v1");
  cmd->add_option("--model", args->model, "model (Azure: deployment) name");
  cmd->add_option("--api-key-env", args->apiKeyEnv,
                  "environment variable holding the key (default OPENAI_API_KEY / ANTHROPIC_API_KEY / AZURE_OPENAI_API_KEY)");
  cmd->add_option("--api-version", args->apiVersion, "Azure api-version or anthropic-version");
  cmd->add_flag("--allow-insecure-http", args->allowInsecureHttp,
                "send the key over plain http:// to a host that is not this machine");
  cmd->add_option("--system", args->system, "system prompt");
  auto* prompt = cmd->add_option("--prompt", args->prompt, "the prompt text");
  auto* file = cmd->add_option("--prompt-file", args->promptFile, "read the prompt from a file");
  prompt->excludes(file);
  cmd->add_option("--temperature", args->temperature, "sampling temperature");
  cmd->add_option("--max-tokens", args->maxTokens, "upper bound of generated tokens");
  cmd->add_option("--price-in", args->priceIn, "USD per million input tokens (for the cost line)");
  cmd->add_option("--price-out", args->priceOut, "USD per million output tokens");
  cmd->add_option("--idle-timeout-ms", args->idleTimeoutMs, "give up on a stream silent for this long (then retry)");
  cmd->add_option("--attempts", args->attempts, "attempts including the first (default 5)");
  cmd->add_flag("--no-stream", args->noStream, "ask for the whole reply at once");
  cmd->callback([args, &context, prompt, file] {
    if (prompt->count() == 0 && file->count() == 0) {
      std::cerr << "copydesk-cli: complete: --prompt or --prompt-file is required\n";
      context.exitCode = kExitBadInput;
      return;
    }
    context.exitCode = runComplete(context, *args);
  });
}

static const bool registered = registerCommand("complete", install);

}  // namespace
}  // namespace copydesk::cli
