#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/review/review_service.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

// A temporary database with products, and drafts taken through the real review lifecycle.
struct ExportFixture {
  TempDir dir;
  std::unique_ptr<Database> db;

  ExportFixture() { db = std::move(Database::open(dir / "copy.db")).value(); }

  std::int64_t product(const std::string& sku, const std::string& title, const std::string& description = {},
                       Json attributes = Json::object()) {
    Product p;
    p.sku = sku;
    p.title = title;
    p.description = description;
    p.attributes = std::move(attributes);
    return ProductStore(*db).upsert(p).value().id;
  }
  std::int64_t draft(std::int64_t productId, const std::string& field, const std::string& text) {
    return DraftStore(*db).create({.productId = productId, .field = field, .text = text, .author = "writer"})
        .value()
        .id;
  }
  std::int64_t approved(std::int64_t productId, const std::string& field, const std::string& text) {
    const std::int64_t id = draft(productId, field, text);
    ReviewService reviews(*db);
    if (!reviews.submit(id, "writer")) throw std::runtime_error("submit failed");
    if (!reviews.approve(id, "", "rita")) throw std::runtime_error("approve failed");
    return id;
  }
  DraftStatus status(std::int64_t draftId) { return (*DraftStore(*db).get(draftId).value()).status; }
};

// An RFC 4180 reader for checking files: CRLF record ends (bare LF too, for the WooCommerce sample).
inline std::vector<std::vector<std::string>> parseCsv(const std::string& bytes) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  std::size_t i = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')) {
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      if (c == '\r') ++i;
    } else {
      field += c;
    }
  }
  if (!field.empty() || !record.empty()) {
    record.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

// True when every record (every line break outside quotes) ends in CRLF, the file included.
inline bool recordsEndInCrlf(const std::string& bytes) {
  bool quoted = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '"') quoted = !quoted;
    if (!quoted && bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) return false;
    if (!quoted && bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) return false;
  }
  return !bytes.empty() && bytes.size() >= 2 && bytes.substr(bytes.size() - 2) == "\r\n";
}

}  // namespace copydesk::test
