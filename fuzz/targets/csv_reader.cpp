// The CSV path of a catalog import: TextDecoder (UTF-8 with or without a BOM, GB18030) read in
// blocks of any size, and CsvReader with its delimiter detected or set to ',', ';' or TAB.
//
// Input: one options byte, then the file's bytes.
//   bit 0     GB18030 instead of UTF-8
//   bits 1-2  delimiter: detected, ',', ';', TAB
//   bits 3-7  block size 1..32 bytes, so multi-byte sequences, CRLFs, doubled quotes and the
//             header line all get split across reads
// Checks what the headers promise: the records (or the error) are the same whatever the block
// size, so the tiny-block read is compared with a 64 KiB one; and AttributeJson writes byte for
// byte what filling a Json object and dumping it gives.
#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog/attribute_json.h"
#include "core/catalog/csv_reader.h"
#include "core/catalog/row_mapping.h"
#include "core/catalog/text_decoder.h"
#include "core/common/json.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

namespace {

struct Outcome {
  std::vector<CsvRecord> records;
  bool failed = false;
  std::string error;
  char delimiter = 0;
};

Outcome readAll(const std::filesystem::path& file, TextEncoding encoding, char delimiter, size_t blockSize) {
  Outcome outcome;
  auto decoder = TextDecoder::open(file, encoding, "input.csv", blockSize);
  if (!decoder) fuzz::fail("the scratch file does not open", decoder.error().describe());
  CsvReader reader(**decoder);
  if (delimiter) reader.setDelimiter(delimiter);
  CsvRecord record;
  for (;;) {
    auto got = reader.next(record);
    if (!got) {
      outcome.failed = true;
      outcome.error = got.error().describe();
      break;
    }
    if (!*got) break;
    outcome.records.push_back(record);
  }
  outcome.delimiter = reader.delimiter();
  return outcome;
}

// A failed read is described by its error alone: a small block hands out the records before
// the bad bytes, a large one fails at once.
std::string describe(const Outcome& outcome) {
  if (outcome.failed) return "error: " + outcome.error + "\n";
  std::string text;
  text += "delimiter: " + std::to_string(static_cast<int>(outcome.delimiter)) + "\n";
  for (const auto& record : outcome.records) {
    text += std::to_string(record.line) + ":";
    for (const auto& field : record.fields) text += " [" + field + "]";
    text += "\n";
  }
  return text;
}

// AttributeJson against the slow way it stands in for.
void checkAttributeJson(const std::vector<CsvRecord>& records) {
  if (records.empty()) return;
  const auto& header = records.front().fields;
  std::vector<std::string> names;
  std::vector<bool> attribute;
  for (size_t i = 0; i < header.size(); ++i) {
    names.push_back(header[i].empty() ? "column " + std::to_string(i + 1) : header[i]);
    attribute.push_back(i % 4 != 1);  // some columns feed fields instead
  }
  AttributeJson writer(names, attribute);
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& fields = records[r].fields;
    Json expected = Json::object();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].empty()) continue;
      if (i < names.size()) {
        if (attribute[i]) expected[names[i]] = fields[i];
      } else if (!trimmed(fields[i]).empty()) {
        expected["column " + std::to_string(i + 1)] = fields[i];
      }
    }
    const std::string want = expected.dump();
    const std::string got(writer.write(fields));
    fuzz::require(got == want, "AttributeJson differs from a dumped Json object", got + "\n  expected\n  " + want);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t options = fuzz::takeOptions(text);
  const TextEncoding encoding = options & 1 ? TextEncoding::Gb18030 : TextEncoding::Utf8;
  constexpr char kDelimiters[] = {0, ',', ';', '\t'};
  const char delimiter = kDelimiters[(options >> 1) & 3];
  const size_t blockSize = 1 + (options >> 3);

  const auto file = fuzz::writeScratch("input.csv", text);
  const Outcome small = readAll(file, encoding, delimiter, blockSize);
  const Outcome large = readAll(file, encoding, delimiter, TextDecoder::kDefaultBlockSize);
  fuzz::require(describe(small) == describe(large), "the records depend on the block size",
                "block " + std::to_string(blockSize) + ":\n" + describe(small) + "64 KiB:\n" + describe(large));
  if (!large.failed) checkAttributeJson(large.records);
  if (!text.empty()) (void)detectCsvDelimiter(text);
  return 0;
}
