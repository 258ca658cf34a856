#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace copydesk::cli {

struct CliContext;

// Adds one subcommand to the app. The subcommand's callback stores its exit code in the context.
using CommandInstaller = std::function<void(CLI::App& app, CliContext& context)>;

// Called from a static initialiser in each *_command.cpp:
//   static const bool registered = registerCommand("import", installImportCommand);
bool registerCommand(std::string name, CommandInstaller installer);

// The registered commands, sorted by name so that --help lists them in a stable order.
std::vector<std::pair<std::string, CommandInstaller>> registeredCommands();

}  // namespace copydesk::cli
