#pragma once

#include <string>

namespace copydesk {

// What kind of failure, so callers can pick an exit code or a retry without parsing text.
enum class ErrorCode {
  InvalidInput,  // the user's file, template or argument is wrong: exit code 2
  NotFound,
  Io,
  Database,
  Network,
  Auth,
  RateLimited,
  Provider,
  Cancelled,
  Budget,
  Internal,
};

// An error a user can read: what went wrong (message) and where (file:line, profile, table…).
struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;
  std::string where;
  int httpStatus = 0;  // the HTTP status behind a provider failure, when there was one

  // "where: message", or just the message when there is no place to name.
  std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

inline Error makeError(ErrorCode code, std::string message, std::string where = {}) {
  return Error{code, std::move(message), std::move(where)};
}

}  // namespace copydesk
