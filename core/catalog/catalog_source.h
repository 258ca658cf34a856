#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/csv_reader.h"
#include "core/catalog/import_options.h"
#include "core/catalog/row_mapping.h"
#include "core/catalog/text_decoder.h"

namespace copydesk {

// An opened catalog file with its format settled: for CSV the reader stands after the header,
// for JSON the text is available whole. Shared by the importer and the preview.
class CatalogSource final {
 public:
  static Result<std::unique_ptr<CatalogSource>> open(const std::filesystem::path& path, const ImportOptions& options);

  CatalogFormat format() const { return m_format; }
  const std::string& label() const { return m_decoder->label(); }
  const std::vector<std::string>& header() const { return m_header; }
  char delimiter() const { return m_reader ? m_reader->delimiter() : 0; }
  CsvReader& reader() { return *m_reader; }
  TextDecoder& decoder() { return *m_decoder; }

  // JSON: the whole text of the file.
  Result<std::string> readAllText();
  // CSV: the mapping for the format (the explicit one is used by the generic layout only).
  std::unique_ptr<RowMapping> makeMapping(ProductSink& sink, const std::optional<ColumnMapping>& mapping) const;

 private:
  CatalogSource() = default;
  Status openCsv(CatalogFormat requested);

  std::unique_ptr<TextDecoder> m_decoder;
  std::unique_ptr<CsvReader> m_reader;
  std::string m_start;  // text sniffed before the format was known
  std::vector<std::string> m_header;
  CatalogFormat m_format = CatalogFormat::Auto;
};

}  // namespace copydesk
