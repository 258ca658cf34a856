#pragma once

#include <string>
#include <string_view>

#include "core/common/json.h"

namespace copydesk {

// Appends text with & < > " ' replaced by HTML entities.
void appendHtmlEscaped(std::string& out, std::string_view text);

// Appends how a context value reads in a template: strings as they are, numbers and booleans as
// JSON writes them (85, 1.21, true), null as nothing, a list of plain values joined with ", "
// ("cotton, linen": what a prompt wants for tags), other lists and objects as compact JSON.
void appendValueText(std::string& out, const Json& value, bool escapeHtml);

}  // namespace copydesk
