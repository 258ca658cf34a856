#include "core/export/approved_copy_reader.h"

#include <algorithm>
#include <array>

#include "core/store/product_store.h"

namespace copydesk {
namespace {

constexpr std::array<std::string_view, 8> kCanonical = {"title",     "description",     "short_description",
                                                        "bullets",   "seo_title",       "seo_description",
                                                        "faq",       "search_terms"};

std::size_t rank(const std::string& field) {
  auto it = std::find(kCanonical.begin(), kCanonical.end(), field);
  return static_cast<std::size_t>(it - kCanonical.begin());
}

// Later rows of a product's field win: the latest approval (approving sets updated_at, and
// approving one draft supersedes the others, so normally there is only one).
constexpr const char* kApprovedSql =
    "SELECT p.id, p.sku, p.title, p.description, p.attributes, d.id, d.field, d.text "
    "FROM drafts d JOIN products p ON p.id = d.product_id "
    "WHERE d.status IN ('approved', 'exported') "
    "ORDER BY d.product_id, d.field, d.updated_at, d.id";

}  // namespace

bool copyFieldBefore(const std::string& a, const std::string& b) {
  const std::size_t ra = rank(a), rb = rank(b);
  return ra != rb ? ra < rb : a < b;
}

Result<std::vector<std::string>> ApprovedCopyReader::approvedFields() {
  auto stmt = m_db.prepare("SELECT DISTINCT field FROM drafts WHERE status IN ('approved', 'exported')");
  if (!stmt) return stmt.error();
  std::vector<std::string> fields;
  while (stmt->step()) fields.push_back(stmt->text(0));
  if (!stmt->ok()) return m_db.lastError("listing approved fields");
  std::sort(fields.begin(), fields.end(), copyFieldBefore);
  return fields;
}

Result<std::vector<UnapprovedField>> ApprovedCopyReader::unapprovedFields() {
  auto stmt = m_db.prepare(
      "SELECT p.sku, d.field FROM drafts d JOIN products p ON p.id = d.product_id GROUP BY d.product_id, d.field "
      "HAVING sum(d.status IN ('approved', 'exported')) = 0 ORDER BY d.product_id, d.field");
  if (!stmt) return stmt.error();
  std::vector<UnapprovedField> fields;
  while (stmt->step()) fields.push_back({stmt->text(0), stmt->text(1)});
  if (!stmt->ok()) return m_db.lastError("listing unapproved fields");
  return fields;
}

Status ApprovedCopyReader::forEach(const std::function<Status(ExportProduct&)>& visit) {
  auto stmt = m_db.prepare(kApprovedSql);
  if (!stmt) return stmt.error();
  ProductStore products(m_db);
  ExportProduct current;
  auto emit = [&]() -> Status {
    if (current.id == 0) return {};
    if (m_loadFull) {
      auto full = products.findById(current.id);
      if (!full) return full.error();
      current.full = std::move(*full);
    }
    return visit(current);
  };
  while (stmt->step()) {
    const std::int64_t productId = stmt->integer(0);
    if (productId != current.id) {
      if (auto st = emit(); !st) return st;
      current = ExportProduct{};
      current.id = productId;
      current.sku = stmt->text(1);
      current.title = stmt->text(2);
      current.description = stmt->text(3);
      current.attributesJson = stmt->text(4);
    }
    ApprovedText approved{stmt->text(6), stmt->integer(5), stmt->text(7)};
    if (!current.fields.empty() && current.fields.back().field == approved.field) {
      current.fields.back() = std::move(approved);
    } else {
      current.fields.push_back(std::move(approved));
    }
  }
  if (!stmt->ok()) return m_db.lastError("reading approved copy");
  return emit();
}

}  // namespace copydesk
