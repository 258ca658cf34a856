#include "core/templates/json_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/templates/line_index.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: cause";
// keep the cause, the place is reported separately.
std::string causeOf(const std::string& what) {
  const std::size_t colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

Result<std::string> readTextFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return makeError("file.cannot-read-folder", ErrorCode::InvalidInput, {}, path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("file.cannot-read", ErrorCode::NotFound, {std::strerror(errno)}, path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return makeError("file.read-failed", ErrorCode::Io, {}, path.string());
  return bytes.str();
}

Result<Json> parseJsonText(const std::string& text, const std::string& where) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    const LineIndex lines(text);
    const SourcePosition at = lines.positionOf(e.byte > 0 ? e.byte - 1 : 0);
    return makeError("file.invalid-json", ErrorCode::InvalidInput, {causeOf(e.what())},
                     where + ":" + std::to_string(at.line) + ":" + std::to_string(at.column));
  } catch (const Json::out_of_range& e) {  // a number no double holds ("1e999"): not a parse_error
    const std::string what = e.what();
    const std::size_t cause = what.find("] ");
    return makeError("file.invalid-json", ErrorCode::InvalidInput,
                     {cause == std::string::npos ? what : what.substr(cause + 2)}, where);
  }
}

Result<Json> readJsonFile(const std::filesystem::path& path) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return parseJsonText(*text, path.string());
}

}  // namespace copydesk
