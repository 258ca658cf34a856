#include "core/store/store_source.h"

#include <regex>

namespace copydesk {

bool isPostgresSource(std::string_view source) {
  if (source.starts_with("postgresql://") || source.starts_with("postgres://")) return true;
  // key=value conninfo: a path does not start with a libpq keyword followed by '='.
  static const std::regex conninfo(R"(^\s*(host|hostaddr|dbname|user|port|service)\s*=)");
  return std::regex_search(source.begin(), source.end(), conninfo);
}

std::string redactedSource(std::string_view source) {
  std::string text(source);
  static const std::regex uriPassword(R"(^(postgres(ql)?://[^:@/]*):[^@/]*@)");
  static const std::regex keyPassword(R"((^|\s)password\s*=\s*('([^'\\]|\\.)*'|\S+))");
  text = std::regex_replace(text, uriPassword, "$1:***@");
  text = std::regex_replace(text, keyPassword, "$1password=***");
  return text;
}

}  // namespace copydesk
