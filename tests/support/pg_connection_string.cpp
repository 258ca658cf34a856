#include "tests/support/pg_connection_string.h"

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include <libpq-fe.h>

namespace copydesk::test {
namespace {

using Setting = std::pair<std::string, std::string>;

// The settings a connection string sets, host, port, user and dbname first (easier to read).
std::vector<Setting> parse(const std::string& connectionString) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
      PQconninfoParse(connectionString.c_str(), &error), &PQconninfoFree);
  if (!options) {
    const std::string message = error ? error : "out of memory";
    PQfreemem(error);
    throw std::runtime_error("not a libpq connection string (" + connectionString + "): " + message);
  }
  std::vector<Setting> settings;
  for (const PQconninfoOption* option = options.get(); option->keyword; ++option) {
    if (option->val) settings.emplace_back(option->keyword, option->val);
  }
  constexpr std::array<std::string_view, 4> first = {"host", "port", "user", "dbname"};
  const auto rank = [&](const Setting& setting) {
    return std::find(first.begin(), first.end(), setting.first) - first.begin();
  };
  std::stable_sort(settings.begin(), settings.end(),
                   [&](const Setting& a, const Setting& b) { return rank(a) < rank(b); });
  return settings;
}

std::string quoteValue(const std::string& value) {
  if (!value.empty() && value.find_first_of(" '\\") == std::string::npos) return value;
  std::string quoted = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

std::string percentEncode(const std::string& text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : text) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 0xF];
    }
  }
  return encoded;
}

}  // namespace

std::string withDatabase(const std::string& connectionString, const std::string& database) {
  std::vector<Setting> settings = parse(connectionString);
  std::erase_if(settings, [](const Setting& setting) { return setting.first == "dbname"; });
  settings.emplace_back("dbname", database);
  std::string result;
  for (const auto& [key, value] : settings) {
    if (!result.empty()) result += ' ';
    result += key + '=' + quoteValue(value);
  }
  return result;
}

std::string toUri(const std::string& connectionString) {
  std::string user;
  std::string database;
  std::string query;
  for (const auto& [key, value] : parse(connectionString)) {
    if (key == "user") {
      user = value;
    } else if (key == "dbname") {
      database = value;
    } else {
      query += (query.empty() ? "?" : "&") + key + '=' + percentEncode(value);
    }
  }
  return "postgresql://" + (user.empty() ? "" : percentEncode(user) + "@") + "/" + percentEncode(database) +
         query;
}

}  // namespace copydesk::test
