#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/checks/finding.h"

namespace copydesk {

// The message catalogue: every message id a rule may report, with its English wording, where
// %1, %2 … stand for the finding's args (Qt's convention, so the studio's tr() strings match).
struct FindingMessage {
  std::string_view id;
  std::string_view english;
};

const std::vector<FindingMessage>& findingMessages();

// The finding's message in English, args filled in; an unknown id is shown as itself with its args.
std::string findingMessageEn(const Finding& finding);

}  // namespace copydesk
