#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// One file written by an export: what, where, how, by whom.
struct ExportRecord {
  std::int64_t id = 0;
  std::string layout;
  std::string path;
  std::string mode;  // upload | spreadsheet-safe
  bool bom = false;
  std::int64_t rows = 0;
  std::int64_t fields = 0;
  Json options = Json::object();
  std::string author;
  std::string createdAt;
};

// The exports and export_items tables.
class ExportStore final {
 public:
  explicit ExportStore(Database& db) : m_db(db) {}

  // Inserts the record and its items (the drafts whose text went into the file); returns the id.
  Result<std::int64_t> record(const ExportRecord& record, const std::vector<std::int64_t>& draftIds);
  Result<std::vector<ExportRecord>> list(std::int64_t limit = -1);  // newest first
  Result<std::vector<std::int64_t>> items(std::int64_t exportId);

 private:
  Database& m_db;
};

}  // namespace copydesk
