#include "core/export/approved_copy_reader.h"

#include <algorithm>
#include <array>

#include "core/store/product_store.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

constexpr std::array<std::string_view, 8> kCanonical = {"title",     "description",     "short_description",
                                                        "bullets",   "seo_title",       "seo_description",
                                                        "faq",       "search_terms"};

std::size_t rank(const std::string& field) {
  auto it = std::find(kCanonical.begin(), kCanonical.end(), field);
  return static_cast<std::size_t>(it - kCanonical.begin());
}

// Every draft in product order, then field and id (the drafts_product_field index on SQLite: no
// sort; the same order on PostgreSQL). The text is read only for approved or exported drafts.
// "d.status || ''" keeps SQLite from scanning by the status index (an expression no index has).
std::string draftsSql(const Database& db) {
  return "SELECT p.id, p.sku, p.title, p.description, p.attributes, d.id, d.field, d.updated_at, "
         "CASE WHEN d.status || '' IN ('approved', 'exported') THEN d.text END, "
         "CASE WHEN d.persona_id IS NULL THEN '' ELSE (SELECT name FROM personas WHERE id = d.persona_id) END, "
         "coalesce((SELECT label FROM experiment_variants WHERE draft_id = d.id), ''), coalesce(d.language, ''), "
         "CASE WHEN d.source_draft_id IS NOT NULL AND d.status || '' IN ('approved', 'exported') THEN "
         "(SELECT s.text FROM drafts s WHERE s.id = d.source_draft_id) END, "
         "CASE WHEN d.source_edit_id < (SELECT max(se.id) FROM draft_edits se WHERE se.draft_id = d.source_draft_id) "
         "THEN 1 ELSE 0 END "
         // Answers to customer questions go out as FAQs (core/questions/faq_export.h), not as a field.
         "FROM drafts d JOIN products p ON p.id = d.product_id WHERE d.question_id IS NULL "
         "ORDER BY d.product_id, d.field" +
         std::string(byteOrder(db)) + ", d.id";
}

// The latest approval of a field wins (approving sets updated_at, and approving one draft
// supersedes the others, so normally there is only one).
struct FieldState {
  std::string field;
  std::string persona;  // each persona's copy of a field is approved on its own
  std::string language;  // and so is each translation (issue 14)
  std::string updatedAt;
  bool approved = false;
};

}  // namespace

bool copyFieldBefore(const std::string& a, const std::string& b) {
  const std::size_t ra = rank(a), rb = rank(b);
  return ra != rb ? ra < rb : a < b;
}

Result<std::vector<std::string>> ApprovedCopyReader::approvedFields() {
  auto stmt = m_db.prepare(
      "SELECT DISTINCT field FROM drafts WHERE status IN ('approved', 'exported') AND persona_id IS NULL "
      "AND language IS NULL AND question_id IS NULL");
  if (!stmt) return stmt.error();
  std::vector<std::string> fields;
  while (stmt->step()) fields.push_back(stmt->text(0));
  if (!stmt->ok()) return m_db.lastError("listing approved fields");
  std::sort(fields.begin(), fields.end(), copyFieldBefore);
  return fields;
}

Result<std::vector<PersonaField>> ApprovedCopyReader::approvedPersonaFields() {
  auto stmt = m_db.prepare(
      "SELECT DISTINCT d.field, pe.name FROM drafts d JOIN personas pe ON pe.id = d.persona_id "
      "WHERE d.status IN ('approved', 'exported') AND d.language IS NULL");
  if (!stmt) return stmt.error();
  std::vector<PersonaField> fields;
  while (stmt->step()) fields.push_back({stmt->text(0), stmt->text(1)});
  if (!stmt->ok()) return m_db.lastError("listing approved persona copy");
  std::sort(fields.begin(), fields.end(), [](const PersonaField& a, const PersonaField& b) {
    if (a.field != b.field) return copyFieldBefore(a.field, b.field);
    return a.persona < b.persona;
  });
  return fields;
}

Result<std::vector<std::string>> ApprovedCopyReader::translatedFields() {
  auto stmt = m_db.prepare(
      "SELECT DISTINCT field FROM drafts WHERE status IN ('approved', 'exported') AND language IS NOT NULL");
  if (!stmt) return stmt.error();
  std::vector<std::string> fields;
  while (stmt->step()) fields.push_back(stmt->text(0));
  if (!stmt->ok()) return m_db.lastError("listing translated fields");
  std::sort(fields.begin(), fields.end(), copyFieldBefore);
  return fields;
}

Result<bool> ApprovedCopyReader::hasApprovedVariants() {
  auto stmt = m_db.prepare(
      "SELECT 1 FROM experiment_variants x JOIN drafts d ON d.id = x.draft_id "
      "WHERE d.status IN ('approved', 'exported') LIMIT 1");
  if (!stmt) return stmt.error();
  const bool any = stmt->step();
  if (!stmt->ok()) return m_db.lastError("looking for approved experiment variants");
  return any;
}

Status ApprovedCopyReader::forEach(const std::function<Status(ExportProduct&)>& visit,
                                   const std::function<void(UnapprovedField)>& unapproved) {
  auto stmt = m_db.prepare(draftsSql(m_db));
  if (!stmt) return stmt.error();
  ProductStore products(m_db);
  ExportProduct current;
  std::vector<FieldState> states;
  auto emit = [&]() -> Status {
    if (current.id == 0) return {};
    if (unapproved) {
      for (const auto& state : states) {
        if (!state.approved) {
          std::string name = state.persona.empty() ? state.field : state.field + " (" + state.persona + ")";
          if (!state.language.empty()) name += " [" + state.language + "]";
          unapproved({current.sku, std::move(name)});
        }
      }
    }
    if (current.fields.empty()) return {};
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
      states.clear();
      current.id = productId;
      current.sku = stmt->text(1);
      current.title = stmt->text(2);
      current.description = stmt->text(3);
      current.attributesJson = stmt->text(4);
    }
    const std::string_view field = stmt->textView(6);
    const std::string persona = stmt->text(9);
    const std::string language = stmt->text(11);
    auto state = std::find_if(states.begin(), states.end(), [&](const FieldState& s) {
      return s.field == field && s.persona == persona && s.language == language;
    });
    if (state == states.end()) {
      state = states.insert(states.end(), FieldState{std::string(field), persona, language, {}, false});
    }
    if (stmt->isNull(8)) continue;  // not approved
    // Every approved variant of an experiment goes out under its label (the shop shows them side
    // by side); the field's own text stays the latest approval, as the shop layouts carry one.
    if (std::string label = stmt->text(10); !label.empty() && language.empty()) {
      current.variants.push_back({std::string(field), persona, std::move(label), stmt->integer(5), stmt->text(8)});
    }
    const std::string_view updatedAt = stmt->textView(7);
    if (state->approved && updatedAt < state->updatedAt) continue;  // an older approval
    state->approved = true;
    state->updatedAt = std::string(updatedAt);
    ApprovedText approved{state->field, stmt->integer(5), stmt->text(8), persona, language, stmt->text(12),
                          stmt->integer(13) != 0};
    auto existing = std::find_if(current.fields.begin(), current.fields.end(), [&](const ApprovedText& a) {
      return a.field == approved.field && a.persona == approved.persona && a.language == approved.language;
    });
    if (existing != current.fields.end()) *existing = std::move(approved);
    else current.fields.push_back(std::move(approved));
  }
  if (!stmt->ok()) return m_db.lastError("reading approved copy");
  return emit();
}

}  // namespace copydesk
