#include "ui/unsaved/unsaved_copy_listing.h"

#include <cstdio>
#include <string>

#include "core/store/journal_owner.h"
#include "core/store/unsaved_copy_journal.h"

namespace copydesk::ui {
namespace {

// The text on one line, cut at a character boundary.
std::string oneLine(const std::string& text, std::size_t maxBytes) {
  std::string line;
  for (char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (line.size() <= maxBytes) return line;
  std::size_t cut = maxBytes;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return line.substr(0, cut) + "…";
}

}  // namespace

int printUnsavedCopyLeft(const std::filesystem::path& database) {
  auto db = Database::open(database);
  if (!db) {
    std::fprintf(stderr, "copydesk: %s\n", db.error().describe().c_str());
    return 1;
  }
  auto left = UnsavedCopyJournal(**db, JournalOwner::current().id()).orphaned();
  if (!left) {
    std::fprintf(stderr, "copydesk: %s\n", left.error().describe().c_str());
    return 1;
  }
  if (left->empty()) std::printf("no unsaved copy\n");
  for (const UnsavedCopy& entry : *left) {
    if (entry.key.kind == UnsavedKind::Template) {
      const auto parts = decodeTemplateParts(entry.text);
      std::printf("template\t%s\tv%d\t%s\t%s\n", entry.templateName.c_str(), entry.templateVersion,
                  entry.updatedAt.c_str(), oneLine(parts ? parts->userPart : std::string(), 120).c_str());
    } else {
      std::printf("copy\t%s\t%s\t%s\t%s\n", entry.sku.c_str(), entry.key.field.c_str(), entry.updatedAt.c_str(),
                  oneLine(entry.text, 120).c_str());
    }
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace copydesk::ui
