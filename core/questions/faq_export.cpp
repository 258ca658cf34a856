#include "core/questions/faq_export.h"

#include "core/common/error_id.h"
#include "core/export/atomic_file.h"
#include "core/review/reviewer_name.h"
#include "core/store/audit_store.h"
#include "core/store/export_store.h"

namespace copydesk {
namespace {

std::string_view layoutName(FaqFormat format) { return format == FaqFormat::Csv ? "faq-csv" : "faq-jsonld"; }

Status writeCsv(const std::vector<ApprovedAnswer>& answers, const FaqExportOptions& options, FaqExportResult& out) {
  auto file = AtomicFile::create(options.out);
  if (!file) return file.error();
  CsvWriter writer([&](std::string_view bytes) { return (*file)->write(bytes); }, options.mode, options.bom);
  if (auto st = writer.writeRecord({"sku", "question", "answer"}); !st) return st;
  for (const ApprovedAnswer& a : answers) {
    if (auto st = writer.writeRecord({a.sku, a.question, a.answer}); !st) return st;
  }
  if (auto st = writer.flush(); !st) return st;
  if (auto st = (*file)->commit(); !st) return st;
  out.files.push_back(options.out);
  return {};
}

Status writeJsonFile(const std::filesystem::path& path, const Json& page) {
  auto file = AtomicFile::create(path);
  if (!file) return file.error();
  if (auto st = (*file)->write(page.dump(2) + "\n"); !st) return st;
  return (*file)->commit();
}

Status writeJsonLd(const std::vector<ApprovedAnswer>& answers, const FaqExportOptions& options,
                   FaqExportResult& out) {
  std::error_code ec;
  std::filesystem::create_directories(options.out, ec);
  if (ec) return makeError("file.cannot-create", ErrorCode::Io, {ec.message()}, options.out.string());
  for (std::size_t begin = 0; begin < answers.size();) {
    std::size_t end = begin;
    while (end < answers.size() && answers[end].productId == answers[begin].productId) ++end;
    const std::vector<ApprovedAnswer> product(answers.begin() + static_cast<std::ptrdiff_t>(begin),
                                              answers.begin() + static_cast<std::ptrdiff_t>(end));
    const auto path = options.out / (faqFileName(answers[begin].sku) + ".json");
    if (auto st = writeJsonFile(path, faqPageJsonLd(product)); !st) return st;
    out.files.push_back(path);
    begin = end;
  }
  return {};
}

Status record(Database& db, const FaqExportOptions& options, const std::vector<ApprovedAnswer>& answers,
              FaqExportResult& out) {
  ExportRecord record;
  record.layout = std::string(layoutName(options.format));
  record.path = std::filesystem::absolute(options.out).lexically_normal().string();
  record.mode = std::string(toString(options.mode));
  record.bom = options.bom;
  record.rows = out.answers;
  record.fields = out.answers;
  record.options = {{"format", record.layout}};
  record.author = reviewerName(db, options.author);
  std::vector<std::int64_t> draftIds;
  for (const ApprovedAnswer& a : answers) draftIds.push_back(a.draftId);
  auto id = ExportStore(db).record(record, draftIds);
  if (!id) return id.error();
  out.exportId = *id;
  AuditEntry entry{.actor = record.author, .action = "export", .entity = "export", .entityId = *id};
  entry.detail = {{"layout", record.layout}, {"path", record.path}, {"rows", record.rows},
                  {"files", out.files.size()}, {"drafts", draftIds.size()}};
  if (auto appended = AuditStore(db).append(entry); !appended) return appended.error();
  return {};
}

}  // namespace

Json faqPageJsonLd(const std::vector<ApprovedAnswer>& answers) {
  Json entities = Json::array();
  for (const ApprovedAnswer& a : answers) {
    entities.push_back({{"@type", "Question"},
                        {"name", a.question},
                        {"acceptedAnswer", {{"@type", "Answer"}, {"text", a.answer}}}});
  }
  return {{"@context", "https://schema.org"}, {"@type", "FAQPage"}, {"mainEntity", std::move(entities)}};
}

std::string faqFileName(const std::string& sku) {
  std::string name = sku;
  for (char& c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos) c = '_';
  }
  if (name.empty() || name.front() == '.') name.insert(name.begin(), '_');
  return name;
}

Result<FaqExportResult> exportFaq(Database& db, const FaqExportOptions& options) {
  if (options.out.empty()) return makeError("export.no-output", ErrorCode::InvalidInput);
  // Reads and the record in one transaction: the files hold what is recorded.
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto answers = readApprovedAnswers(db);
  if (!answers) return answers.error();
  FaqExportResult result;
  result.answers = static_cast<std::int64_t>(answers->size());
  for (std::size_t i = 0; i < answers->size(); ++i) {
    if (i == 0 || (*answers)[i].productId != (*answers)[i - 1].productId) ++result.products;
  }
  Status written = options.format == FaqFormat::Csv ? writeCsv(*answers, options, result)
                                                    : writeJsonLd(*answers, options, result);
  if (!written) return written.error();
  if (auto st = record(db, options, *answers, result); !st) return st.error();
  if (auto st = tx.commit(); !st) {
    Error error = st.error();
    return addContext(error, "export.not-recorded");
  }
  return result;
}

std::string describeFaqExport(const FaqExportResult& result, const FaqExportOptions& options) {
  return "exported " + std::to_string(result.answers) + (result.answers == 1 ? " answer" : " answers") + " of " +
         std::to_string(result.products) + (result.products == 1 ? " product" : " products") + " to " +
         options.out.string() + " as " + std::string(layoutName(options.format));
}

}  // namespace copydesk
