#include <catch2/catch.hpp>

#include "core/export/csv_writer.h"
#include "core/export/formula_guard.h"

using namespace copydesk;

namespace {

std::string write(const std::vector<std::vector<std::string>>& records, CsvMode mode, bool bom) {
  std::string out;
  CsvWriter writer([&](std::string_view bytes) -> Status {
    out.append(bytes);
    return {};
  }, mode, bom);
  for (const auto& r : records) REQUIRE(writer.writeRecord(r));
  REQUIRE(writer.flush());
  return out;
}

}  // namespace

TEST_CASE("records end in CRLF and fields with , \" CR or LF are quoted with inner quotes doubled") {
  const std::string out = write({{"sku", "text"}, {"a,b", "say \"hi\""}, {"line1\nline2", "cr\rhere"}, {"plain", ""}},
                                CsvMode::Upload, false);
  CHECK(out ==
        "sku,text\r\n"
        "\"a,b\",\"say \"\"hi\"\"\"\r\n"
        "\"line1\nline2\",\"cr\rhere\"\r\n"
        "plain,\r\n");
}

TEST_CASE("every record has the header's field count") {
  std::string out;
  CsvWriter writer([&](std::string_view bytes) -> Status {
    out.append(bytes);
    return {};
  }, CsvMode::Upload, false);
  REQUIRE(writer.writeRecord({"a", "b", "c"}));
  auto narrow = writer.writeRecord({"1", "2"});
  REQUIRE_FALSE(narrow);
  CHECK_THAT(narrow.error().message, Catch::Contains("has 2 fields, the header has 3"));
}

TEST_CASE("the BOM is written only when asked for") {
  CHECK(write({{"a"}}, CsvMode::Upload, true) == "\xEF\xBB\xBF" "a\r\n");
  CHECK(write({{"a"}}, CsvMode::Upload, false) == "a\r\n");
}

TEST_CASE("a sink failure stops the writer and is reported") {
  CsvWriter writer([](std::string_view) -> Status { return makeError(ErrorCode::Io, "disk full", "out.csv"); },
                   CsvMode::Upload, false);
  REQUIRE(writer.writeRecord({"a"}));
  auto flushed = writer.flush();
  REQUIRE_FALSE(flushed);
  CHECK(flushed.error().describe() == "out.csv: disk full");
  CHECK_FALSE(writer.writeRecord({"b"}));
}

TEST_CASE("formula-like cells are neutralised only in spreadsheet-safe mode") {
  const std::vector<std::string> cells = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tcell",
                                          "ok\n=1+1",                         "  =indented", "safe text",
                                          "\r\nx",                            "a-b=c"};
  const std::string upload = write({cells}, CsvMode::Upload, false);
  CHECK(upload.find('\'') == std::string::npos);
  const std::string safe = write({cells}, CsvMode::SpreadsheetSafe, false);
  CHECK(safe ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,'-2,'@SUM(A1),'\tcell,\"ok\n'=1+1\",'  =indented,"
        "safe text,\"'\r\nx\",a-b=c\r\n");
}

TEST_CASE("the formula guard checks each line of a multi-line cell") {
  CHECK(looksLikeFormula("=1"));
  CHECK(looksLikeFormula("   +1"));
  CHECK(looksLikeFormula("first line\r\n  @cmd"));
  CHECK(looksLikeFormula("\nnext"));
  CHECK_FALSE(looksLikeFormula("plain\nlines only"));
  CHECK_FALSE(looksLikeFormula(""));
  CHECK_FALSE(looksLikeFormula("1+1="));
  CHECK(neutralizeFormula("a\n-b\n+c") == "a\n'-b\n'+c");
  CHECK(neutralizeFormula("x") == "x");
}
