#pragma once

#include <cstddef>

#include "core/common/result.h"
#include "core/export/export_options.h"
#include "core/export/export_preview.h"
#include "core/store/database.h"

namespace copydesk {

// Exports approved copy to a CSV file in one of the shop layouts.
//
// preview() walks everything the file would hold and returns the first rows and every warning
// (over-limit fields, missing columns or values, fields with drafts but nothing approved,
// formula-like cells in upload mode) without writing anything.
// run() streams the rows to a temporary file beside options.out and renames it into place, then
// records the export (who, when, file, layout, mode, BOM, rows, fields) and its export_items, which
// mark the drafts exported (kDraftStatusSql), and appends an audit entry, all in one transaction. Exported drafts still
// export next time; editing one sends it back for approval (DraftStore::editText).
class Exporter final {
 public:
  explicit Exporter(Database& db) : m_db(db) {}

  Result<ExportPreview> preview(const ExportOptions& options, std::size_t firstRows = 20);
  Result<ExportPreview> run(const ExportOptions& options);

 private:
  class Pass;
  Status record(const ExportOptions& options, ExportPreview& result, const std::vector<std::int64_t>& draftIds);

  Database& m_db;
};

}  // namespace copydesk
