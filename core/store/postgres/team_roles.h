#pragma once

#include <string>

#include "core/common/result.h"

namespace copydesk {
class Database;
}

namespace copydesk::pg {

// The roles of a team store, enforced by the database itself, so that a writer connecting with psql
// cannot approve either:
//   writer    imports, generates, edits, submits, saves template versions, exports;
//   reviewer  approves and rejects (and everything a writer reads);
//   admin     both, plus templates' removal, provider profiles, team settings and users.
// Every draft, edit, review, export and audit row is attributed to the connected role
// (current_user), whatever the client sends; the audit trail is append-only for all but its owner;
// by default the last writer of a draft's text cannot approve it.
enum class TeamRole { Writer, Reviewer, Admin };

// Creates the three group roles (copydesk_writer, copydesk_reviewer, copydesk_admin), their grants
// and the guard triggers. Run by the database's owner; running it again brings an older store's
// grants up to date and changes nothing else.
Status initTeam(Database& db);

// Creates a login role NAME in the group of `role` (an existing role is moved to that group).
// A password, when given, is sent encrypted (SCRAM), never as text.
Status addTeamUser(Database& db, const std::string& name, TeamRole role, const std::string& password = {});

// "writer", "reviewer", "admin" → the role; anything else is an error naming the choices.
Result<TeamRole> parseTeamRole(const std::string& text);

}  // namespace copydesk::pg
