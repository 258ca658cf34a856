#include "core/catalog/text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace copydesk {
namespace {

constexpr size_t kPivotSize = 4096;

// Expected length of the sequence a lead byte starts, 0 for a byte that cannot lead.
int sequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

// The second byte's range depends on the lead byte (no overlongs, no surrogates, ≤ U+10FFFF).
bool validSecond(unsigned char lead, unsigned char c) {
  switch (lead) {
    case 0xE0: return c >= 0xA0 && c <= 0xBF;
    case 0xED: return c >= 0x80 && c <= 0x9F;
    case 0xF0: return c >= 0x90 && c <= 0xBF;
    case 0xF4: return c >= 0x80 && c <= 0x8F;
    default: return c >= 0x80 && c <= 0xBF;
  }
}

}  // namespace

size_t validUtf8Prefix(std::string_view text, bool final, size_t* incomplete) {
  if (incomplete) *incomplete = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time, stopping on a NUL or a high bit.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      const bool highBit = word & 0x8080808080808080ULL;
      const bool hasZero = (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
      if (highBit || hasZero) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    // Fast path for the common three-byte sequences (CJK among them) whose second byte has no
    // special range: lead E1..EC or EE..EF, then two continuation bytes.
    if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    if (c == 0) return i;
    const int len = sequenceLength(c);
    if (len == 0) return i;
    if (len == 1) {
      ++i;
      continue;
    }
    for (int k = 1; k < len; ++k) {
      if (i + k >= n) {
        if (!final && incomplete) *incomplete = n - i;
        return i;
      }
      const unsigned char b = s[i + k];
      const bool good = k == 1 ? validSecond(c, b) : (b >= 0x80 && b <= 0xBF);
      if (!good) return i;
    }
    i += static_cast<size_t>(len);
  }
  return n;
}

TextDecoder::TextDecoder(std::FILE* file, TextEncoding encoding, std::string label, size_t blockSize)
    : m_file(file), m_encoding(encoding), m_label(std::move(label)) {
  m_block.resize(std::max<size_t>(blockSize, 1));
}

TextDecoder::~TextDecoder() {
  if (m_file) std::fclose(m_file);
  if (m_source) ucnv_close(m_source);
  if (m_target) ucnv_close(m_target);
}

Result<std::unique_ptr<TextDecoder>> TextDecoder::open(const std::filesystem::path& path, TextEncoding encoding,
                                                       std::string label, size_t blockSize) {
  if (label.empty()) label = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return makeError("file.is-folder", ErrorCode::InvalidInput, {}, label);
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    const int err = errno;
    return makeError("file.cannot-open", err == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, {std::strerror(err)},
                     label);
  }
  std::unique_ptr<TextDecoder> decoder(new TextDecoder(file, encoding, std::move(label), blockSize));
  if (encoding == TextEncoding::Gb18030) {
    UErrorCode status = U_ZERO_ERROR;
    decoder->m_source = ucnv_open("GB18030", &status);
    if (U_SUCCESS(status)) decoder->m_target = ucnv_open("UTF-8", &status);
    if (U_SUCCESS(status)) {
      // Stop at the first invalid sequence instead of substituting U+FFFD: bad bytes are an error.
      ucnv_setToUCallBack(decoder->m_source, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    }
    if (U_FAILURE(status)) {
      return makeError("catalog.gb18030-unavailable", ErrorCode::Internal, {u_errorName(status)}, decoder->m_label);
    }
    decoder->m_pivot.reset(new char16_t[kPivotSize]);
    decoder->m_pivotSource = decoder->m_pivotTarget = decoder->m_pivot.get();
  }
  return decoder;
}

Error TextDecoder::errorAt(std::int64_t line, ErrorId id, std::vector<std::string> args, ErrorCode code) const {
  return makeError(id, code, std::move(args), m_label + ":" + std::to_string(line));
}

Error TextDecoder::error(ErrorId id, std::vector<std::string> args, ErrorCode code) const {
  return makeError(id, code, std::move(args), m_label);
}

void TextDecoder::countLines(std::string_view text) {
  m_lines += std::count(text.begin(), text.end(), '\n');
}

// Reports bad input at the line holding text[valid], counting the newlines before it.
Status TextDecoder::checkText(std::string_view text, size_t valid, ErrorId cause) {
  if (valid >= text.size()) return {};
  const std::int64_t line = m_lines + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(valid), '\n') + 1;
  const bool nul = text[valid] == '\0';
  return errorAt(line, nul ? ErrorId("catalog.binary") : cause);
}

Result<bool> TextDecoder::read(std::string& out) {
  return m_encoding == TextEncoding::Gb18030 ? readGb18030(out) : readUtf8(out);
}

Result<bool> TextDecoder::readUtf8(std::string& out) {
  if (m_eof) return false;
  const size_t got = std::fread(m_block.data(), 1, m_block.size(), m_file);
  if (got < m_block.size() && std::ferror(m_file)) return error("file.read-failed", {}, ErrorCode::Io);
  const bool final = got < m_block.size() && std::feof(m_file);
  std::string_view chunk(m_block.data(), got);
  std::string joined;
  if (!m_carry.empty()) {
    joined = m_carry + std::string(chunk);
    m_carry.clear();
    chunk = joined;
  }
  if (m_first) {
    if (chunk.size() < 3 && !final) {  // too little to tell whether a BOM starts the file
      m_carry.assign(chunk);
      return true;
    }
    m_first = false;
    if (chunk.substr(0, 3) == "\xEF\xBB\xBF") chunk.remove_prefix(3);
  }
  size_t incomplete = 0;
  const size_t valid = validUtf8Prefix(chunk, final, &incomplete);
  if (valid + incomplete < chunk.size() || (final && valid < chunk.size())) {
    if (auto st = checkText(chunk, valid, "catalog.invalid-utf8"); !st) return st.error();
  }
  m_carry.assign(chunk.substr(valid));
  const std::string_view text = chunk.substr(0, valid);
  countLines(text);
  out.append(text);
  if (final) m_eof = true;
  return !text.empty() || !m_eof;
}

Result<bool> TextDecoder::readGb18030(std::string& out) {
  if (m_eof) return false;
  const size_t got = std::fread(m_block.data(), 1, m_block.size(), m_file);
  if (got < m_block.size() && std::ferror(m_file)) return error("file.read-failed", {}, ErrorCode::Io);
  const bool final = got < m_block.size() && std::feof(m_file);
  const char* source = m_block.data();
  const char* sourceLimit = source + got;
  const size_t start = out.size();
  // One GB18030 byte never becomes more than 3 UTF-8 bytes; ICU keeps split sequences in its state.
  out.resize(start + got * 3 + 16);
  char* target = out.data() + start;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_convertEx(m_target, m_source, &target, out.data() + out.size(), &source, sourceLimit, m_pivot.get(),
                 &m_pivotSource, &m_pivotTarget, m_pivot.get() + kPivotSize, m_first, final, &status);
  out.resize(static_cast<size_t>(target - out.data()));
  // On an error ICU may hold back text it already converted, so lines are counted in the source
  // bytes: in GB18030 a 0x0A byte is always a line feed, never part of a multi-byte character.
  const std::string_view consumed(m_block.data(), static_cast<size_t>(source - m_block.data()));
  if (U_FAILURE(status)) {
    // A NUL before the bad bytes is the file's first problem, whatever the block size (a 0x00
    // byte is never part of a multi-byte GB18030 character).
    const size_t nul = consumed.find('\0');
    const std::string_view before = consumed.substr(0, nul);
    const std::int64_t line = m_lines + std::count(before.begin(), before.end(), '\n') + 1;
    if (nul != std::string_view::npos) return errorAt(line, "catalog.binary");
    return errorAt(line, "catalog.invalid-gb18030", {u_errorName(status)});
  }
  std::string_view produced(out.data() + start, out.size() - start);
  if (m_first && produced.substr(0, 3) == "\xEF\xBB\xBF") {
    out.erase(start, 3);
    produced = std::string_view(out.data() + start, out.size() - start);
  }
  m_first = false;
  if (const size_t nul = produced.find('\0'); nul != std::string_view::npos) {
    if (auto st = checkText(produced, nul, "catalog.binary"); !st) return st.error();
  }
  countLines(consumed);
  if (final) m_eof = true;
  return !produced.empty() || !m_eof;
}

}  // namespace copydesk
