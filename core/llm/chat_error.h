#pragma once

#include <string>

#include "core/common/error.h"

namespace copydesk::llm {

// Failures of a chat request are copydesk::Error with one of these codes:
//   Auth (401/403, missing key), RateLimited (429 after retries), Provider (4xx/5xx, error events,
//   malformed streams), Network (connect/timeout/broken stream), Cancelled, Budget, InvalidInput.
// Error::httpStatus carries the HTTP status when there was one (0 otherwise).
Error chatError(ErrorCode code, std::string message, int httpStatus = 0, std::string where = {});
Error cancelledError(const std::string& where = {});

}  // namespace copydesk::llm
