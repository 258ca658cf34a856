#include "core/export/exporter.h"

#include "core/export/approved_copy_reader.h"
#include "core/export/atomic_file.h"
#include "core/export/formula_guard.h"
#include "core/review/reviewer_name.h"
#include "core/store/audit_store.h"
#include "core/store/export_store.h"
#include "core/common/error_id.h"

namespace copydesk {

// One walk over the approved copy: builds rows through the layout, collects warnings, and hands
// rows to the CSV writer when there is one.
class Exporter::Pass final {
 public:
  Pass(Database& db, const ExportOptions& options, std::size_t keepRows)
      : m_db(db), m_options(options), m_keepRows(keepRows) {}

  Result<ExportPreview> walk(CsvWriter* writer, std::vector<std::int64_t>* draftIds) {
    ExportOptions options = m_options;
    if (options.sourceLanguage.empty()) options.sourceLanguage = sourceLanguageSetting(m_db);
    auto layout = makeLayout(options);
    if (!layout) return layout.error();
    ApprovedCopyReader reader(m_db, (*layout)->needsFullProduct());
    auto fields = reader.approvedFields();
    if (!fields) return fields.error();
    auto personaFields = reader.approvedPersonaFields();
    if (!personaFields) return personaFields.error();
    (*layout)->setPersonaFields(std::move(*personaFields));
    auto variants = reader.hasApprovedVariants();
    if (!variants) return variants.error();
    (*layout)->setExperimentVariants(*variants);
    auto translated = reader.translatedFields();
    if (!translated) return translated.error();
    (*layout)->setTranslatedFields(std::move(*translated));
    if (auto st = (*layout)->prepare(*fields, m_warnings); !st) return st.error();
    ExportPreview result;
    result.layout = m_options.layoutName();
    result.mode = std::string(toString(m_options.mode));
    result.header = (*layout)->header();
    result.path = m_options.out;
    if (writer) {
      if (auto st = writer->writeRecord(result.header); !st) return st.error();
    }
    std::vector<LayoutRow> rows;
    auto st = reader.forEach([&](ExportProduct& product) -> Status {
      rows.clear();
      (*layout)->appendRows(product, rows, m_warnings);
      if (product.used.empty() && !(*layout)->warnsUnplacedCopy()) return {};
      if (product.used.empty()) {
        std::string names;
        for (const auto& f : product.fields) {
          names += (names.empty() ? "" : ", ") + (f.persona.empty() ? f.field : f.field + " (" + f.persona + ")");
        }
        m_warnings.add(ExportWarning::Kind::NotInLayout, product.sku, names,
                       "approved " + names + " has no column in the " + result.layout + " layout: no row written");
        return {};
      }
      ++result.products;
      result.fields += static_cast<std::int64_t>(product.used.size());
      if (draftIds) draftIds->insert(draftIds->end(), product.used.begin(), product.used.end());
      for (auto& row : rows) {
        if (m_options.mode == CsvMode::Upload) checkFormulas(product.sku, result.header, row);
        if (writer) {
          if (auto written = writer->writeRecord(row); !written) return written;
        }
        if (result.firstRows.size() < m_keepRows) result.firstRows.push_back(row);
        ++result.rows;
      }
      return {};
    }, [&](UnapprovedField u) {
      m_warnings.add(ExportWarning::Kind::Unapproved, u.sku, u.field,
                     u.field + " has drafts but none is approved: not exported, the shop keeps its current text");
    });
    if (!st) return st.error();
    if (writer) {
      if (auto flushed = writer->flush(); !flushed) return flushed.error();
    }
    result.warnings = m_warnings.take();
    return result;
  }

 private:
  void checkFormulas(const std::string& sku, const std::vector<std::string>& header, const LayoutRow& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!row[i].empty() && looksLikeFormula(row[i])) {
        m_warnings.add(ExportWarning::Kind::FormulaLike, sku, header[i],
                       header[i] + " starts like a spreadsheet formula; fine for a shop upload, use "
                                   "--spreadsheet-safe for a file people open in a spreadsheet");
      }
    }
  }

  Database& m_db;
  const ExportOptions& m_options;
  std::size_t m_keepRows;
  ExportWarnings m_warnings;
};

Result<ExportPreview> Exporter::preview(const ExportOptions& options, std::size_t firstRows) {
  return Pass(m_db, options, firstRows).walk(nullptr, nullptr);
}

Result<ExportPreview> Exporter::run(const ExportOptions& options) {
  if (options.out.empty()) return makeError("export.no-output", ErrorCode::InvalidInput);
  auto file = AtomicFile::create(options.out);
  if (!file) return file.error();
  CsvWriter writer([&](std::string_view bytes) { return (*file)->write(bytes); }, options.mode, options.bom);
  std::vector<std::int64_t> draftIds;
  // Reads and the record happen in one transaction, so the file matches what is recorded.
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto result = Pass(m_db, options, 5).walk(&writer, &draftIds);
  if (!result) return result.error();
  if (auto st = record(options, *result, draftIds); !st) return st.error();
  if (auto st = (*file)->commit(); !st) return st.error();
  if (auto st = tx.commit(); !st) {
    Error error = st.error();
    return addContext(error, "export.not-recorded");
  }
  return result;
}

Status Exporter::record(const ExportOptions& options, ExportPreview& result, const std::vector<std::int64_t>& draftIds) {
  const std::string author = reviewerName(m_db, options.author);
  ExportRecord record;
  record.layout = result.layout;
  record.path = std::filesystem::absolute(options.out).lexically_normal().string();
  record.mode = result.mode;
  record.bom = options.bom;
  record.rows = result.rows;
  record.fields = result.fields;
  record.options = {{"format", toString(options.format)}, {"copy_only", options.copyOnly}};
  if (!options.columns.empty()) record.options["columns"] = options.columns;
  record.author = author;
  auto id = ExportStore(m_db).record(record, draftIds);
  if (!id) return id.error();
  result.exportId = *id;
  // The export_items rows are what mark the drafts exported (see kDraftStatusSql): the drafts
  // themselves are not rewritten.
  AuditEntry entry{.actor = author, .action = "export", .entity = "export", .entityId = *id};
  entry.detail = {{"layout", record.layout}, {"path", record.path}, {"mode", record.mode}, {"bom", record.bom},
                  {"rows", record.rows},     {"fields", record.fields}, {"drafts", draftIds.size()}};
  if (auto appended = AuditStore(m_db).append(entry); !appended) return appended.error();
  return {};
}

}  // namespace copydesk
