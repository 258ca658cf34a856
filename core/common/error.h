#pragma once

#include <string>
#include <vector>

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
  Conflict,  // someone else changed it first (a team store's version check): read it again and choose
  Internal,
};

// A wording a caller put around an error on its way up ("… (gave up after 3 attempts)"): an id of
// core/common/error_messages.h whose %1 is the text so far and whose %2, %3 … are args.
struct ErrorContext {
  std::string id;
  std::vector<std::string> args;
};

// An error a user can read in their language: what went wrong as a stable id with its args (the
// CLI words it in English, the studio through tr(): ui/common/error_text.h), and where (file:line,
// a URL, a command-line option…). Core makes them with makeError (core/common/error_id.h).
struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;                // the English text of all below, for the CLI, logs and tests
  std::string where;                  // a place, not a sentence: it is shown as it is in any language
  int httpStatus = 0;                 // the HTTP status behind a provider failure, when there was one
  std::string id;                     // an id of core/common/error_messages.h; empty for plainError
  std::vector<std::string> args;      // fill the wording's %1, %2 …
  std::vector<ErrorContext> context;  // wordings around the message, innermost first

  // "where: message", or just the message when there is no place to name.
  std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

// An error whose text is already worded: the CLI's own English, or text the studio has put through
// tr(). Core words its errors by id instead (makeError in core/common/error_id.h).
inline Error plainError(ErrorCode code, std::string text, std::string where = {}) {
  Error error;
  error.code = code;
  error.where = std::move(where);
  error.message = std::move(text);
  return error;
}

// The old form, an English sentence with no id: kept only until every caller names an id.
inline Error makeError(ErrorCode code, std::string message, std::string where = {}) {
  return plainError(code, std::move(message), std::move(where));
}

}  // namespace copydesk
