#include <catch2/catch.hpp>
#include <unicode/ucnv.h>

#include "core/catalog/csv_reader.h"
#include "core/catalog/text_decoder.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

std::string toGb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

Result<std::string> decodeAll(const std::filesystem::path& path, TextEncoding encoding, size_t block) {
  auto decoder = TextDecoder::open(path, encoding, "f.csv", block);
  if (!decoder) return decoder.error();
  std::string text;
  for (;;) {
    auto more = (*decoder)->read(text);
    if (!more) return more.error();
    if (!*more) break;
  }
  return text;
}

}  // namespace

TEST_CASE("decoder: GB18030 converts to the same UTF-8 bytes, whatever the block size") {
  const std::string utf8 =
      "货号,标题,描述\r\nCHA-001,\"西湖龙井 明前特级\",\"产地：浙江杭州；口感鲜爽。\"\r\nCHA-002,云南普洱熟茶 357克,𠀀 and € sign\r\n";
  const std::string gb = toGb18030(utf8);
  REQUIRE(gb != utf8);
  test::TempDir dir;
  test::writeFile(dir / "gb.csv", gb);
  for (size_t block : {size_t{1}, size_t{3}, size_t{7}, size_t{64 * 1024}}) {
    INFO("block " << block);
    auto text = decodeAll(dir / "gb.csv", TextEncoding::Gb18030, block);
    REQUIRE(text);
    CHECK(*text == utf8);
  }
}

TEST_CASE("decoder: invalid UTF-8 is an error naming its line") {
  test::TempDir dir;
  test::writeFile(dir / "bad.csv", "sku,title\nA,ok\nB,caf\xE9\n");
  for (size_t block : {size_t{2}, size_t{64 * 1024}}) {
    auto text = decodeAll(dir / "bad.csv", TextEncoding::Utf8, block);
    REQUIRE_FALSE(text);
    CHECK(text.error().describe() == "f.csv:3: invalid UTF-8 (try --encoding gb18030)");
  }
}

TEST_CASE("decoder: a truncated sequence at the end of the file is invalid") {
  test::TempDir dir;
  test::writeFile(dir / "cut.csv", "sku\n\xE9\xBE");
  auto text = decodeAll(dir / "cut.csv", TextEncoding::Utf8, 64);
  REQUIRE_FALSE(text);
  CHECK(text.error().where == "f.csv:2");
}

TEST_CASE("decoder: NUL bytes mean binary data") {
  test::TempDir dir;
  test::writeFile(dir / "bin.csv", std::string("sku\nabc\0\x01\x02", 10));
  auto text = decodeAll(dir / "bin.csv", TextEncoding::Utf8, 64);
  REQUIRE_FALSE(text);
  CHECK(text.error().describe() == "f.csv:2: binary data (a NUL byte), not a text file");
}

TEST_CASE("decoder: bytes that are not GB18030 are an error with a line") {
  test::TempDir dir;
  test::writeFile(dir / "gb.csv", toGb18030("a,b\n茶,x\n") + "\x81\x20\n");
  auto text = decodeAll(dir / "gb.csv", TextEncoding::Gb18030, 4);
  REQUIRE_FALSE(text);
  CHECK(text.error().where == "f.csv:3");
}

TEST_CASE("decoder: a missing file is NotFound and names the file") {
  test::TempDir dir;
  auto decoder = TextDecoder::open(dir / "nope.csv", TextEncoding::Utf8, "nope.csv");
  REQUIRE_FALSE(decoder);
  CHECK(decoder.error().code == ErrorCode::NotFound);
  CHECK(decoder.error().describe() == "nope.csv: cannot open: No such file or directory");
}

TEST_CASE("utf-8 validation rejects overlongs and surrogates") {
  size_t incomplete = 0;
  CHECK(validUtf8Prefix("ok\xC0\xAF", true, &incomplete) == 2);
  CHECK(validUtf8Prefix("ok\xED\xA0\x80", true, &incomplete) == 2);
  CHECK(validUtf8Prefix("ok\xF4\x90\x80\x80", true, &incomplete) == 2);
  CHECK(validUtf8Prefix("茶\xE8\x8C", false, &incomplete) == 3);
  CHECK(incomplete == 2);
  CHECK(validUtf8Prefix("茶🍵", true, &incomplete) == 7);
}
