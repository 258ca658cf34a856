#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/common/error_id.h"
#include "core/common/result.h"

namespace copydesk {

// Helpers every rule kind uses to read its table, so a mistake names FILE:LINE:COLUMN.
// The file name is taken from the node's source region.
Error tomlError(const toml::node& node, ErrorId id, std::vector<std::string> args = {});
Error tomlError(const toml::table& table, std::string_view key, ErrorId id, std::vector<std::string> args = {});

Result<std::string> requiredString(const toml::table& table, std::string_view key);
std::string optionalString(const toml::table& table, std::string_view key, std::string fallback = {});
// An array of strings; a missing key is an empty list, anything but strings is an error.
Result<std::vector<std::string>> stringList(const toml::table& table, std::string_view key);

// Optional values of one type: a missing key is the fallback, a value of another type an error.
Result<std::string> optionalStringChecked(const toml::table& table, std::string_view key, std::string fallback = {});
Result<bool> optionalBool(const toml::table& table, std::string_view key, bool fallback);
Result<std::int64_t> optionalInteger(const toml::table& table, std::string_view key, std::int64_t fallback,
                                     std::int64_t min = 0);
Result<double> optionalNumber(const toml::table& table, std::string_view key, double fallback);

}  // namespace copydesk
