#pragma once

#include <string>

#include "core/common/error.h"

namespace copydesk::pg {

class Connection;

// The connection's last failure as an Error a user can read: a lost server, a full disk, a role
// that may not do this, or the server's own message; args are {server message, what was being done}.
Error storeFailure(const Connection& connection, std::string doing, std::string where);

}  // namespace copydesk::pg
