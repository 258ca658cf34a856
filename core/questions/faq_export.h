#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/export/csv_writer.h"
#include "core/questions/approved_answers.h"
#include "core/store/database.h"

namespace copydesk {

enum class FaqFormat {
  Csv,     // one file: sku,question,answer
  JsonLd,  // a folder: SKU.json per product, a schema.org FAQPage
};

struct FaqExportOptions {
  FaqFormat format = FaqFormat::Csv;
  std::filesystem::path out;  // the CSV file, or the folder of JSON-LD files (made when missing)
  CsvMode mode = CsvMode::Upload;
  bool bom = false;
  std::string author;  // empty: reviewerName()
};

struct FaqExportResult {
  std::int64_t answers = 0;
  std::int64_t products = 0;
  std::vector<std::filesystem::path> files;  // written, in product order
  std::int64_t exportId = 0;
};

// Exports the approved answers (issue 14): each file is written under a temporary name and renamed
// into place; then the export is recorded like a shop export (exports, export_items marking the
// answers exported, an audit entry), all in one transaction with the reads.
Result<FaqExportResult> exportFaq(Database& db, const FaqExportOptions& options);

// A product's answers as a schema.org FAQPage: {"@context": "https://schema.org", "@type": "FAQPage",
// "mainEntity": [{"@type": "Question", "name": …, "acceptedAnswer": {"@type": "Answer", "text": …}}]}.
Json faqPageJsonLd(const std::vector<ApprovedAnswer>& answers);

// The file name of a product's JSON-LD: its SKU, with characters that file names cannot hold on
// some system (/ \ : * ? " < > | and control characters) as '_', and a leading '.' as '_'.
std::string faqFileName(const std::string& sku);

// "exported 5 answers of 2 products to FILE as faq-csv"
std::string describeFaqExport(const FaqExportResult& result, const FaqExportOptions& options);

}  // namespace copydesk
