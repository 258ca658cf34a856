#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

enum class UnsavedKind { Copy, Template };

// What an unsaved text belongs to. Copy: a product's field, as the working copy of one draft
// (draftId 0: the product has no draft for the field yet). Template: one template version's parts.
struct UnsavedCopyKey {
  UnsavedKind kind = UnsavedKind::Copy;
  std::int64_t productId = 0;
  std::string field;
  std::int64_t draftId = 0;
  std::int64_t templateVersionId = 0;

  static UnsavedCopyKey copy(std::int64_t productId, std::string field, std::int64_t draftId);
  static UnsavedCopyKey templateParts(std::int64_t templateVersionId);
  bool operator==(const UnsavedCopyKey&) const = default;
};

// One journaled text with what the studio names it by.
struct UnsavedCopy {
  std::int64_t id = 0;
  std::string owner;
  UnsavedCopyKey key;
  std::string text;        // template rows: encodeTemplateParts()
  std::string updatedAt;   // ISO 8601 UTC, the last time the text was journaled
  std::string sku;         // copy: the product's
  std::string productTitle;
  bool draftExists = false;  // copy with a draft id: false once that draft is gone
  std::string templateName;  // template
  int templateVersion = 0;
};

// A template's two parts in one journaled text.
struct TemplateParts {
  std::string systemPart;
  std::string userPart;
};
std::string encodeTemplateParts(const TemplateParts& parts);
std::optional<TemplateParts> decodeTemplateParts(std::string_view text);

// The unsaved-copy journal (table unsaved_copy, schema v8): every text a studio holds unsaved,
// under that studio's owner id (JournalOwner). put/remove touch only the owner's own rows.
class UnsavedCopyJournal final {
 public:
  UnsavedCopyJournal(Database& db, std::string owner) : m_db(db), m_owner(std::move(owner)) {}

  Status put(const UnsavedCopyKey& key, std::string_view text);  // the owner's text for the key, replaced
  Status remove(const UnsavedCopyKey& key);
  Status removeAll();                                            // every row of the owner
  Status discard(const std::vector<std::int64_t>& ids);          // rows of any owner, as the user chose

  Result<std::vector<UnsavedCopy>> own();
  // Rows whose owner is gone (JournalOwner::alive), product by product (SKU, field), then templates:
  // what a start offers back.
  Result<std::vector<UnsavedCopy>> orphaned();
  Result<std::vector<UnsavedCopy>> all();

 private:
  Database& m_db;
  std::string m_owner;
};

}  // namespace copydesk
