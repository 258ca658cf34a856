// copydesk-cli --db URI team init | team add-user NAME --role writer|reviewer|admin [--password-stdin]:
// the roles of a team store, enforced by PostgreSQL itself (core/store/postgres/team_roles.h).
#include <iostream>
#include <string>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/store/postgres/team_roles.h"

namespace copydesk::cli {
namespace {

struct AddUserArgs {
  std::string name;
  std::string role;
  bool passwordStdin = false;
};

int runInit(CliContext& context) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  if (auto st = pg::initTeam(*db); !st) return reportError(st.error());
  std::cout << "team roles ready: copydesk_writer, copydesk_reviewer, copydesk_admin\n";
  return kExitOk;
}

int runAddUser(CliContext& context, const AddUserArgs& args) {
  auto role = pg::parseTeamRole(args.role);
  if (!role) return reportError(role.error());
  std::string password;
  if (args.passwordStdin && !std::getline(std::cin, password)) password.clear();
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  if (auto st = pg::addTeamUser(*db, args.name, *role, password); !st) return reportError(st.error());
  const char* article = *role == pg::TeamRole::Admin ? " is an " : " is a ";
  std::cout << args.name << article << args.role << (password.empty() ? "" : " (password set)") << "\n";
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  CLI::App* team = app.add_subcommand(
      "team",
      "Set up the roles of a team store (PostgreSQL): writers import, generate, edit and submit; reviewers\n"
      "approve and reject; admins also manage templates, provider profiles and users. The database enforces\n"
      "them, and records every decision under the role that is connected.");
  team->require_subcommand(1);
  CLI::App* init = team->add_subcommand("init", "Create the roles and their grants (run by the database's owner)");
  init->callback([&context] { context.exitCode = runInit(context); });

  auto args = std::make_shared<AddUserArgs>();
  CLI::App* add = team->add_subcommand("add-user", "Create a login role NAME, or move it to another role");
  add->add_option("NAME", args->name, "the database role to create")->required();
  add->add_option("--role", args->role, "writer, reviewer or admin")->required();
  add->add_flag("--password-stdin", args->passwordStdin,
                "read the password from the first line of stdin (sent encrypted; without it, the server's "
                "own authentication applies, e.g. peer or certificates)");
  add->callback([args, &context] { context.exitCode = runAddUser(context, *args); });
}

static const bool registered = registerCommand("team", install);

}  // namespace
}  // namespace copydesk::cli
