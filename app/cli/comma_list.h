#pragma once

#include <string>
#include <vector>

namespace copydesk::cli {

// "a,,b" → {"a", "b"}: an option's comma-separated list (SKUs, draft ids, languages) as typed,
// empty items dropped, nothing trimmed.
std::vector<std::string> splitList(const std::string& text);

}  // namespace copydesk::cli
