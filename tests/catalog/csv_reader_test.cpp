#include <catch2/catch.hpp>

#include "core/catalog/csv_reader.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

struct Parsed {
  std::vector<std::vector<std::string>> records;
  std::vector<std::int64_t> lines;
  std::string error;
  char delimiter = 0;
};

// Parses `bytes` written to a file, reading it in blocks of `blockSize` to exercise the boundaries.
Parsed parse(const std::string& bytes, size_t blockSize = TextDecoder::kDefaultBlockSize,
             TextEncoding encoding = TextEncoding::Utf8) {
  test::TempDir dir;
  test::writeFile(dir / "in.csv", bytes);
  auto decoder = TextDecoder::open(dir / "in.csv", encoding, "in.csv", blockSize);
  REQUIRE(decoder);
  CsvReader reader(**decoder);
  Parsed parsed;
  CsvRecord record;
  for (;;) {
    auto got = reader.next(record);
    if (!got) {
      parsed.error = got.error().describe();
      break;
    }
    if (!*got) break;
    parsed.records.push_back(record.fields);
    parsed.lines.push_back(record.line);
  }
  parsed.delimiter = reader.delimiter();
  return parsed;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv: quoted newlines, doubled quotes and the line each record starts on") {
  const std::string text =
      "sku,title,description\r\n"
      "A1,\"Shirt, blue\",\"Line one\r\nline \"\"two\"\"\"\r\n"
      "A2,Plain,\"\"\r\n"
      "\r\n"
      "A3,Last,no newline at end";
  for (size_t block : {size_t{3}, size_t{7}, size_t{64 * 1024}}) {
    INFO("block size " << block);
    const Parsed p = parse(text, block);
    REQUIRE(p.error.empty());
    CHECK(p.records == Rows{{"sku", "title", "description"},
                            {"A1", "Shirt, blue", "Line one\r\nline \"two\""},
                            {"A2", "Plain", ""},
                            {"A3", "Last", "no newline at end"}});
    CHECK(p.lines == std::vector<std::int64_t>{1, 2, 4, 6});
  }
}

TEST_CASE("csv: a UTF-8 BOM is dropped and LF endings work") {
  const Parsed p = parse("\xEF\xBB\xBFsku,标题\nX,茶\n");
  REQUIRE(p.error.empty());
  CHECK(p.records == Rows{{"sku", "标题"}, {"X", "茶"}});
}

TEST_CASE("csv: the delimiter is detected from the header outside quotes") {
  SECTION("semicolon") {
    const Parsed p = parse("\"a,b\";c;d\n1;\"2;3\";4\n");
    CHECK(p.delimiter == ';');
    CHECK(p.records == Rows{{"a,b", "c", "d"}, {"1", "2;3", "4"}});
  }
  SECTION("tab") {
    const Parsed p = parse("sku\ttitle\tprice\nT1\tTea, green\t12\n");
    CHECK(p.delimiter == '\t');
    CHECK(p.records == Rows{{"sku", "title", "price"}, {"T1", "Tea, green", "12"}});
  }
  SECTION("comma") {
    CHECK(parse("a,b;c\n").delimiter == ',');
  }
  SECTION("a quote left open in the header runs it on, whatever the block size") {
    // Found by fuzz/targets/csv_reader: small blocks saw only "a,b" and chose ','.
    for (size_t block : {size_t{3}, size_t{64 * 1024}}) {
      INFO("block size " << block);
      CHECK(parse("a,b;c\";d\n1;\"2;3\";\"2;3\";4\n", block).delimiter == ';');
    }
  }
}

TEST_CASE("csv: an unterminated quote is an error naming the record's line") {
  const Parsed p = parse("sku,title\nA,ok\nB,\"never closed\nC,more\n", 4);
  CHECK(p.records.size() == 2);
  CHECK(p.error == "in.csv:3: unterminated quoted field (a '\"' is never closed)");
}

TEST_CASE("csv: multi-byte characters split across blocks arrive intact") {
  std::string text = "sku,title\n";
  std::string expected;
  for (int i = 0; i < 200; ++i) expected += "龙井绿茶🍵";
  text += "T1," + expected + "\n";
  for (size_t block : {size_t{1}, size_t{2}, size_t{5}, size_t{13}}) {
    const Parsed p = parse(text, block);
    REQUIRE(p.error.empty());
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[1][1] == expected);
  }
}

TEST_CASE("csv: memory stays at about one block however long the file") {
  test::TempDir dir;
  std::string text = "sku,title,description\n";
  for (int i = 0; i < 50000; ++i) text += "S" + std::to_string(i) + ",Title,\"Some, text\nover two lines\"\n";
  REQUIRE(text.size() > 1'500'000);
  test::writeFile(dir / "big.csv", text);
  auto decoder = TextDecoder::open(dir / "big.csv", TextEncoding::Utf8, "big.csv", 4096);
  REQUIRE(decoder);
  CsvReader reader(**decoder);
  CsvRecord record;
  size_t records = 0, largest = 0;
  while (*reader.next(record)) {
    ++records;
    largest = std::max(largest, reader.bufferedBytes());
  }
  CHECK(records == 50001);
  CHECK(largest <= 2 * 4096);
}

TEST_CASE("csv: a large file streams record by record with exact line numbers") {
  std::string text = "sku,title,notes\n";
  for (int i = 0; i < 20000; ++i) {
    text += "S" + std::to_string(i) + ",\"Title " + std::to_string(i) + "\",\"two\nlines\"\n";
  }
  const Parsed p = parse(text);
  REQUIRE(p.error.empty());
  REQUIRE(p.records.size() == 20001);
  CHECK(p.records[20000][0] == "S19999");
  CHECK(p.records[20000][2] == "two\nlines");
  CHECK(p.lines[20000] == 2 + 2 * 19999);
}

TEST_CASE("csv: every kind of field survives every block boundary, with exact lines") {
  // Generated records whose fields cross block boundaries at every offset: quoted and unquoted text,
  // delimiters and quotes inside quotes, LF and CRLF inside quotes and between records, stray quotes
  // in unquoted text, Chinese, empty fields.
  for (const char delimiter : {',', ';', '\t'}) {
    const std::string d(1, delimiter);
    const std::vector<std::pair<std::string, std::string>> fields = {  // {as written, as read}
        {"plain", "plain"},
        {"\"quoted\"", "quoted"},
        {"\"with " + d + " inside\"", "with " + d + " inside"},
        {"\"say \"\"hi\"\"\"", "say \"hi\""},
        {"\"\"\"\"", "\""},
        {"\"two\nlines\"", "two\nlines"},
        {"\"crlf\r\ninside\"", "crlf\r\ninside"},
        {"5\" screen", "5\" screen"},
        {"龙井绿茶", "龙井绿茶"},
        {"\"引号里的，中文\n第二行\"", "引号里的，中文\n第二行"},
        {"", ""},
        {"\"\"", ""},
    };
    std::string text = "a" + d + "b" + d + "c\n";
    Rows expected = {{"a", "b", "c"}};
    std::vector<std::int64_t> lines = {1};
    std::int64_t line = 2;
    for (int r = 0; r < 60; ++r) {
      std::vector<std::string> row = {"R" + std::to_string(r)};
      std::string written = row[0];
      std::int64_t newlines = 0;
      for (int f = 0; f < 2; ++f) {
        const auto& [raw, value] = fields[static_cast<size_t>(r * 5 + f * 7) % fields.size()];
        written += d + raw;
        row.push_back(value);
        newlines += std::count(raw.begin(), raw.end(), '\n');
      }
      text += written + (r % 3 == 0 ? "\r\n" : "\n");
      expected.push_back(row);
      lines.push_back(line);
      line += newlines + 1;
    }
    for (size_t block = 1; block <= 17; ++block) {
      INFO("delimiter " << int(delimiter) << ", block size " << block);
      const Parsed p = parse(text, block);
      REQUIRE(p.error.empty());
      CHECK(p.delimiter == delimiter);
      CHECK(p.records == expected);
      CHECK(p.lines == lines);
    }
  }
}
