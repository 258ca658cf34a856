#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/common/error.h"
#include "core/common/error_messages.h"

namespace copydesk {

// An id of kErrorMessages, checked when the program is compiled: a misspelt id, or a new one
// without its English wording, stops the build at the call.
class ErrorId {
 public:
  consteval ErrorId(const char* id) : m_id(id) {
    // Not `findErrorMessage(m_id) != nullptr`: under UBSan's null checks (which turn on
    // -fno-delete-null-pointer-checks) GCC cannot compare an address with null in a constant
    // expression, and every ErrorId would stop the sanitizer build (scripts/sanitize.sh).
    bool known = false;
    for (const ErrorMessage& message : kErrorMessages) known = known || message.id == m_id;
    if (!known) throw "unknown error id: add it with its English wording to core/common/error_messages.h";
  }
  constexpr std::string_view text() const { return m_id; }

 private:
  std::string_view m_id;
};

// Qt's QString::arg convention: %1…%99, each replaced by its argument; a missing one stays as it is.
inline std::string fillErrorArgs(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      std::size_t j = i + 1, n = 0;
      while (j < pattern.size() && j < i + 3 && pattern[j] >= '0' && pattern[j] <= '9') n = n * 10 + (pattern[j++] - '0');
      if (n >= 1 && n <= args.size()) {
        out += args[n - 1];
        i = j - 1;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

// One id worded in English with its args; an unknown id shows as itself with its args.
inline std::string englishWording(std::string_view id, const std::vector<std::string>& args) {
  if (const ErrorMessage* known = findErrorMessage(id)) return fillErrorArgs(known->english, args);
  std::string out(id);
  for (std::size_t i = 0; i < args.size(); ++i) out += (i == 0 ? ": " : ", ") + args[i];
  return out;
}

// The error in English: its id and args, then each context around it. A plainError keeps its text.
inline std::string englishMessage(const Error& error) {
  if (error.id.empty()) return error.message;
  std::string text = englishWording(error.id, error.args);
  for (const ErrorContext& around : error.context) {
    std::vector<std::string> args{std::move(text)};
    args.insert(args.end(), around.args.begin(), around.args.end());
    text = englishWording(around.id, args);
  }
  return text;
}

// An error core reports: `id` words it (in English here, through tr() in the studio) with `args`.
inline Error makeError(ErrorId id, ErrorCode code, std::vector<std::string> args = {}, std::string where = {}) {
  Error error;
  error.code = code;
  error.id = std::string(id.text());
  error.args = std::move(args);
  error.where = std::move(where);
  error.message = englishMessage(error);
  return error;
}

// Puts a wording around the error: `id`'s %1 is the text so far, %2, %3 … are `args`.
inline Error& addContext(Error& error, ErrorId id, std::vector<std::string> args = {}) {
  if (error.id.empty()) {
    // A plainError has no id to build on: its text becomes the context's %1 as it is.
    error.message = englishWording(id.text(), [&] {
      std::vector<std::string> all{error.message};
      all.insert(all.end(), args.begin(), args.end());
      return all;
    }());
    return error;
  }
  error.context.push_back(ErrorContext{std::string(id.text()), std::move(args)});
  error.message = englishMessage(error);
  return error;
}

// Every arg (and context arg) rewritten by `edit`, e.g. to hide a key a provider echoed back.
template <class Edit>
void editErrorArgs(Error& error, Edit edit) {
  for (std::string& arg : error.args) arg = edit(std::move(arg));
  for (ErrorContext& around : error.context)
    for (std::string& arg : around.args) arg = edit(std::move(arg));
  error.message = error.id.empty() ? edit(std::move(error.message)) : englishMessage(error);
}

}  // namespace copydesk
