#include "core/llm/chat_error.h"

namespace copydesk::llm {

Error chatError(ErrorCode code, std::string message, int httpStatus, std::string where) {
  Error error = makeError(code, std::move(message), std::move(where));
  error.httpStatus = httpStatus;
  return error;
}

Error cancelledError(const std::string& where) {
  return makeError(ErrorCode::Cancelled, "the request was cancelled", where);
}

}  // namespace copydesk::llm
