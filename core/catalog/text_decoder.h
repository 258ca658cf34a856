#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/catalog/import_options.h"
#include "core/common/error_id.h"
#include "core/common/result.h"

struct UConverter;

namespace copydesk {

// Reads a text file in fixed blocks and hands out UTF-8: a UTF-8 file is validated (and its BOM
// dropped), a GB18030 file is converted with ICU. Multi-byte sequences split across blocks are
// carried over, so memory stays at one block whatever the file size. Errors name FILE:LINE.
class TextDecoder final {
 public:
  static constexpr size_t kDefaultBlockSize = 64 * 1024;

  // `label` is how messages name the file (the path as the user gave it).
  static Result<std::unique_ptr<TextDecoder>> open(const std::filesystem::path& path, TextEncoding encoding,
                                                   std::string label = {}, size_t blockSize = kDefaultBlockSize);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // Appends the next piece of UTF-8 text to `out`; false once the file is exhausted.
  Result<bool> read(std::string& out);

  const std::string& label() const { return m_label; }
  // An error placed at a line of this file ("FILE:LINE: message").
  Error errorAt(std::int64_t line, ErrorId id, std::vector<std::string> args = {},
                ErrorCode code = ErrorCode::InvalidInput) const;
  Error error(ErrorId id, std::vector<std::string> args = {}, ErrorCode code = ErrorCode::InvalidInput) const;

 private:
  TextDecoder(std::FILE* file, TextEncoding encoding, std::string label, size_t blockSize);
  Result<bool> readUtf8(std::string& out);
  Result<bool> readGb18030(std::string& out);
  Status checkText(std::string_view text, size_t valid, ErrorId cause);
  void countLines(std::string_view text);

  std::FILE* m_file;
  TextEncoding m_encoding;
  std::string m_label;
  std::string m_block;
  std::string m_carry;  // bytes of a sequence that the previous block cut in half
  bool m_first = true;
  bool m_eof = false;
  std::int64_t m_lines = 0;  // newlines handed out so far
  UConverter* m_source = nullptr;
  UConverter* m_target = nullptr;
  std::unique_ptr<char16_t[]> m_pivot;
  char16_t* m_pivotSource = nullptr;
  char16_t* m_pivotTarget = nullptr;
};

// Length of the longest prefix of `text` that is valid UTF-8 without NUL bytes. When `final` is
// false an incomplete sequence at the very end is not an error: `*incomplete` gets its length.
size_t validUtf8Prefix(std::string_view text, bool final, size_t* incomplete);

}  // namespace copydesk
