#include "app/cli/command_registry.h"

#include <algorithm>

namespace copydesk::cli {
namespace {

// A function-local static: safe to use from other files' static initialisers.
std::vector<std::pair<std::string, CommandInstaller>>& registry() {
  static std::vector<std::pair<std::string, CommandInstaller>> commands;
  return commands;
}

}  // namespace

bool registerCommand(std::string name, CommandInstaller installer) {
  registry().emplace_back(std::move(name), std::move(installer));
  return true;
}

std::vector<std::pair<std::string, CommandInstaller>> registeredCommands() {
  auto commands = registry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return commands;
}

}  // namespace copydesk::cli
