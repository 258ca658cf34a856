#include "core/templates/json_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/templates/line_index.h"

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
    return makeError(ErrorCode::InvalidInput, "cannot read (it is a folder)", path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError(ErrorCode::NotFound, std::string("cannot read (") + std::strerror(errno) + ")", path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return makeError(ErrorCode::Io, "read failed", path.string());
  return bytes.str();
}

Result<Json> parseJsonText(const std::string& text, const std::string& where) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    const LineIndex lines(text);
    const SourcePosition at = lines.positionOf(e.byte > 0 ? e.byte - 1 : 0);
    return makeError(ErrorCode::InvalidInput, "invalid JSON: " + causeOf(e.what()),
                     where + ":" + std::to_string(at.line) + ":" + std::to_string(at.column));
  }
}

Result<Json> readJsonFile(const std::filesystem::path& path) {
  auto text = readTextFile(path);
  if (!text) return text.error();
  return parseJsonText(*text, path.string());
}

}  // namespace copydesk
