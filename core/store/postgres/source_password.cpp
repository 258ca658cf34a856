#include "core/store/postgres/source_password.h"

#include <libpq-fe.h>

#include <memory>
#include <regex>

#include "core/common/error_id.h"
#include "core/store/store_source.h"

namespace copydesk::pg {
namespace {

using Options = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

Result<Options> parse(const std::string& source) {
  char* error = nullptr;
  Options options(PQconninfoParse(source.c_str(), &error), &PQconninfoFree);
  if (!options) {
    const std::string message = error ? error : "out of memory";
    PQfreemem(error);
    return makeError("store.pg.cannot-connect", ErrorCode::InvalidInput, {message}, redactedSource(source));
  }
  return options;
}

// A key=value value as libpq reads it back: quoted when empty or holding a space, quote or backslash.
std::string quoted(const std::string& value) {
  if (!value.empty() && value.find_first_of(" '\\\t\n") == std::string::npos) return value;
  std::string text = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') text += '\\';
    text += c;
  }
  return text + "'";
}

}  // namespace

Result<std::string> withPassword(const std::string& source, const std::string& password) {
  auto options = parse(source);
  if (!options) return options.error();
  std::string conninfo;
  for (const PQconninfoOption* option = options->get(); option->keyword; ++option) {
    const std::string keyword = option->keyword;
    if (keyword == "password" || !option->val) continue;
    conninfo += keyword + '=' + quoted(option->val) + ' ';
  }
  return conninfo + "password=" + quoted(password);
}

std::string withoutPassword(const std::string& source) {
  static const std::regex uriPassword(R"(^(postgres(ql)?://[^:@/]*):[^@/]*@)");
  static const std::regex uriQueryPassword(R"(([?&])password=[^&]*(&|$))");
  static const std::regex keyPassword(R"((^|\s)password\s*=\s*('([^'\\]|\\.)*'|\S+))");
  std::string text = std::regex_replace(source, uriPassword, "$1@");
  text = std::regex_replace(text, uriQueryPassword, "$1");
  text = std::regex_replace(text, keyPassword, "");
  while (!text.empty() && (text.back() == '?' || text.back() == '&' || text.back() == ' ')) text.pop_back();
  while (!text.empty() && text.front() == ' ') text.erase(text.begin());
  return text;
}

std::string passwordIn(const std::string& source) {
  auto options = parse(source);
  if (!options) return {};
  for (const PQconninfoOption* option = options->get(); option->keyword; ++option) {
    if (std::string(option->keyword) == "password" && option->val) return option->val;
  }
  return {};
}

}  // namespace copydesk::pg
