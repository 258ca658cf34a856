// copydesk-cli [--db PATH] providers list [--json] | add NAME [flags] | remove NAME | test NAME [--model M]
// Profiles say where a provider is and which environment variable holds its key — never the key.
// `add` also edits: a stored or built-in profile of that name is the starting point.
#include <algorithm>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/llm/builtin_profiles.h"
#include "core/llm/llm_client.h"
#include "core/llm/provider_profile_store.h"

namespace copydesk::cli {
namespace {

struct AddArgs {
  std::string name, kind, baseUrl, model, apiKeyEnv, apiVersion, proxy, caBundle;
  std::vector<std::string> models, headers;
  std::optional<double> priceIn, priceOut;
  std::optional<int> rpm, tpm, concurrency, connectTimeoutMs, idleTimeoutMs, totalTimeoutMs;
  std::optional<bool> allowInsecureHttp;
};

struct ProvidersArgs {
  bool json = false;
  AddArgs add;
  std::string name, model;
};

int runList(CliContext& context, bool json) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  llm::ProviderProfileStore store(*db);
  auto stored = store.list();
  auto all = store.listWithBuiltIns();
  if (!stored) return reportError(stored.error());
  if (!all) return reportError(all.error());
  if (json) {
    Json array = Json::array();
    for (const auto& profile : *all) array.push_back(llm::toJson(profile));
    std::cout << array.dump(2) << '\n';
    return kExitOk;
  }
  for (const auto& profile : *all) {
    const bool isStored = std::any_of(stored->begin(), stored->end(), [&](const auto& p) { return p.name == profile.name; });
    std::cout << profile.name << (isStored ? " (stored)" : " (built-in)") << "\n  " << llm::kindName(profile.kind)
              << "  " << profile.baseUrl << "  model " << (profile.defaultModel.empty() ? "-" : profile.defaultModel)
              << "  key " << (profile.apiKeyEnv.empty() ? "none" : "$" + profile.apiKeyEnv)
              << (profile.allowInsecureHttp ? "  key over plain http allowed" : "") << '\n';
  }
  std::cout << all->size() << " profiles\n";
  return kExitOk;
}

// A built-in or stored profile of the same name is the starting point; flags override it.
int runAdd(CliContext& context, const AddArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  llm::ProviderProfileStore store(*db);
  llm::ProviderProfile profile;
  if (auto existing = store.resolve(args.name)) profile = std::move(*existing);
  profile.name = args.name;
  if (!args.kind.empty()) {
    auto kind = llm::kindFromName(args.kind);
    if (!kind) return reportError(kind.error());
    profile.kind = *kind;
  }
  if (!args.baseUrl.empty()) profile.baseUrl = args.baseUrl;
  if (!args.model.empty()) profile.defaultModel = args.model;
  if (!args.models.empty()) profile.models = args.models;
  if (!args.apiKeyEnv.empty()) profile.apiKeyEnv = args.apiKeyEnv == "none" ? "" : args.apiKeyEnv;
  if (!args.apiVersion.empty()) profile.apiVersion = args.apiVersion;
  if (!args.proxy.empty()) profile.proxy = args.proxy;
  if (!args.caBundle.empty()) profile.caBundle = args.caBundle;
  for (const auto& header : args.headers) {
    const auto eq = header.find('=');
    if (eq == std::string::npos) {
      return reportError(makeError(ErrorCode::InvalidInput, "--header wants NAME=VALUE, got '" + header + "'"));
    }
    profile.extraHeaders[header.substr(0, eq)] = header.substr(eq + 1);
  }
  if (args.priceIn) profile.inputPricePerMTok = *args.priceIn;
  if (args.priceOut) profile.outputPricePerMTok = *args.priceOut;
  if (args.rpm) profile.requestsPerMinute = *args.rpm;
  if (args.tpm) profile.tokensPerMinute = *args.tpm;
  if (args.concurrency) profile.maxConcurrency = *args.concurrency;
  if (args.connectTimeoutMs) profile.connectTimeoutMs = *args.connectTimeoutMs;
  if (args.idleTimeoutMs) profile.idleTimeoutMs = *args.idleTimeoutMs;
  if (args.totalTimeoutMs) profile.totalTimeoutMs = *args.totalTimeoutMs;
  if (args.allowInsecureHttp) profile.allowInsecureHttp = *args.allowInsecureHttp;
  if (profile.baseUrl.empty()) {
    return reportError(makeError(ErrorCode::InvalidInput, "--base-url is required for a new profile", "providers add"));
  }
  if (auto saved = store.save(profile); !saved) return reportError(saved.error());
  std::cout << "saved profile '" << profile.name << "'\n";
  return kExitOk;
}

int runRemove(CliContext& context, const std::string& name) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  llm::ProviderProfileStore store(*db);
  auto removed = store.remove(name);
  if (!removed) return reportError(removed.error());
  if (!*removed) {
    const bool builtIn = llm::builtInProfile(name).has_value();
    return reportError(makeError(ErrorCode::NotFound,
                                 builtIn ? "'" + name + "' is built in and has no stored changes to remove"
                                         : "no stored profile named '" + name + "'",
                                 "providers remove"));
  }
  std::cout << "removed profile '" << name << "'\n";
  return kExitOk;
}

// A tiny request, then the model list: enough to tell a wrong key from a wrong URL.
int runTest(CliContext& context, const std::string& name, const std::string& model) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  llm::ProviderProfileStore store(*db);
  auto profile = store.resolve(name);
  if (!profile) return reportError(profile.error());
  llm::ClientOptions options;
  options.retry.maxAttempts = 2;
  llm::LlmClient client(options);
  llm::ChatRequest request;
  request.model = model;
  request.user = "Reply with the single word OK.";
  request.maxTokens = 16;
  auto reply = client.complete(*profile, request);
  if (!reply) {
    std::cerr << "copydesk-cli: providers test: " << reply.error().message << '\n';
    return kExitFailure;
  }
  std::cout << "reply from " << reply->model << " in " << reply->latencyMs << " ms: " << reply->text << '\n';
  auto models = client.listModels(*profile);
  if (!models) {
    std::cout << "models: not listed (" << models.error().message << ")\n";
  } else {
    std::cout << "models (" << models->size() << "):\n";
    for (const auto& id : *models) std::cout << "  " << id << '\n';
  }
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ProvidersArgs>();
  CLI::App* cmd = app.add_subcommand("providers", "List, add, remove and test LLM provider profiles");
  cmd->require_subcommand(1);

  CLI::App* list = cmd->add_subcommand("list", "Built-in and stored profiles");
  list->add_flag("--json", args->json, "print the profiles as JSON");
  list->callback([args, &context] { context.exitCode = runList(context, args->json); });

  CLI::App* add = cmd->add_subcommand("add", "Store a profile, or change a stored or built-in one");
  add->alias("edit");
  AddArgs& a = args->add;
  add->add_option("name", a.name, "profile name")->required();
  add->add_option("--kind", a.kind, "openai (any compatible server), azure or anthropic");
  add->add_option("--base-url", a.baseUrl, "openai: including /v1; anthropic: without /v1");
  add->add_option("--model", a.model, "default model");
  add->add_option("--models", a.models, "known models")->delimiter(',');
  add->add_option("--api-key-env", a.apiKeyEnv, "environment variable holding the key ('none' for no key)");
  add->add_option("--api-version", a.apiVersion, "Azure api-version or anthropic-version");
  add->add_option("--header", a.headers, "extra header NAME=VALUE (repeatable)");
  add->add_option("--proxy", a.proxy, "proxy URL");
  add->add_option("--ca-bundle", a.caBundle, "extra CA file (TLS verification stays on)");
  add->add_option("--price-in", a.priceIn, "USD per million input tokens");
  add->add_option("--price-out", a.priceOut, "USD per million output tokens");
  add->add_option("--rpm", a.rpm, "requests per minute (0 = unlimited)");
  add->add_option("--tpm", a.tpm, "tokens per minute (0 = unlimited)");
  add->add_option("--concurrency", a.concurrency, "requests in flight at once (0 = unlimited)");
  add->add_option("--connect-timeout-ms", a.connectTimeoutMs, "connect timeout");
  add->add_option("--idle-timeout-ms", a.idleTimeoutMs, "longest silence inside a stream");
  add->add_option("--total-timeout-ms", a.totalTimeoutMs, "longest single attempt");
  add->add_flag_callback("--allow-insecure-http", [&a] { a.allowInsecureHttp = true; },
                         "send the key over plain http:// to a host that is not this machine (a LAN server)");
  add->add_flag_callback("--deny-insecure-http", [&a] { a.allowInsecureHttp = false; },
                         "take that back: keys over plain http:// go to this machine only (the default)");
  add->callback([args, &context] { context.exitCode = runAdd(context, args->add); });

  CLI::App* remove = cmd->add_subcommand("remove", "Delete a stored profile");
  remove->add_option("name", args->name, "profile name")->required();
  remove->callback([args, &context] { context.exitCode = runRemove(context, args->name); });

  CLI::App* test = cmd->add_subcommand("test", "Send a tiny request and list the models");
  test->add_option("name", args->name, "profile name")->required();
  test->add_option("--model", args->model, "model to try (default: the profile's)");
  test->callback([args, &context] { context.exitCode = runTest(context, args->name, args->model); });
}

static const bool registered = registerCommand("providers", install);

}  // namespace
}  // namespace copydesk::cli
