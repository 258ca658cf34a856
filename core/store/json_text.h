#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// JSON text written straight into a string, for the store's hot paths (an import writes the tags and
// attributes of every row): no Json tree is built. The output is byte for byte what
// Json(value).dump() gives for valid UTF-8: '"' '\\' \b \f \n \r \t escaped, other control characters
// as \u00xx (lower-case hex), everything else (DEL and non-ASCII included) as is.
void appendJsonString(std::string& out, std::string_view text);
// ["a","b"]: the array of strings, as Json(items).dump().
void appendJsonStringArray(std::string& out, const std::vector<std::string>& items);

}  // namespace copydesk
