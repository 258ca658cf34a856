#include "core/export/generic_layout.h"

#include <algorithm>

#include "core/export/approved_copy_reader.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

std::string trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace

Result<std::vector<GenericLayout::Column>> GenericLayout::parseColumns(const std::string& spec) {
  std::vector<Column> columns;
  if (trim(spec).empty()) return columns;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    const std::string item = trim(spec.substr(start, end - start));
    start = end + 1;
    const std::size_t colon = item.find(':');
    Column column;
    const std::string source = trim(item.substr(0, colon));
    column.header = colon == std::string::npos ? source : trim(item.substr(colon + 1));
    if (source.empty() || column.header.empty()) {
      return makeError("export.empty-column", ErrorCode::InvalidInput, {spec}, "--columns");
    }
    if (source == "sku") {
      column.source = Column::Source::Sku;
    } else if (source == "persona") {
      column.source = Column::Source::Persona;
    } else if (source == "variant") {
      column.source = Column::Source::Variant;
    } else if (source == "language") {
      column.source = Column::Source::Language;
    } else if (source == "product.title") {
      column.source = Column::Source::ProductTitle;
    } else if (source == "product.description") {
      column.source = Column::Source::ProductDescription;
    } else if (source.rfind("attr.", 0) == 0 && source.size() > 5) {
      column.source = Column::Source::Attribute;
      column.name = source.substr(5);
    } else if (source.rfind("product.", 0) == 0) {
      return makeError("export.unknown-column-source", ErrorCode::InvalidInput, {source}, "--columns");
    } else {
      column.source = Column::Source::Field;
      column.name = source;
    }
    columns.push_back(std::move(column));
  }
  return columns;
}

Status GenericLayout::prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) {
  if (m_columns.empty()) {
    m_columns.push_back({Column::Source::Sku, "", "sku"});
    if (!m_personaFields.empty()) m_columns.push_back({Column::Source::Persona, "", "persona"});
    if (m_experimentVariants) m_columns.push_back({Column::Source::Variant, "", "variant"});
    if (!m_translatedFields.empty()) m_columns.push_back({Column::Source::Language, "", "language"});
    m_columns.push_back({Column::Source::Field, "title", "title"});
    // The fields approved for no persona and those approved only for personas share the columns.
    std::vector<std::string> fields = approvedFields;
    for (const PersonaField& p : m_personaFields) {
      if (std::find(fields.begin(), fields.end(), p.field) == fields.end()) fields.push_back(p.field);
    }
    for (const std::string& field : m_translatedFields) {
      if (std::find(fields.begin(), fields.end(), field) == fields.end()) fields.push_back(field);
    }
    std::stable_sort(fields.begin(), fields.end(), copyFieldBefore);
    for (const auto& field : fields) {
      if (field != "title") m_columns.push_back({Column::Source::Field, field, field});
    }
  }
  bool hasKey = false;
  m_header.clear();
  for (const auto& column : m_columns) {
    m_header.push_back(column.header);
    hasKey = hasKey || column.source == Column::Source::Sku;
  }
  if (!hasKey) {
    warnings.add(ExportWarning::Kind::MissingColumn, "", "sku",
                 "no sku column: the rows cannot be matched back to products");
  }
  return {};
}

void GenericLayout::appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings&) const {
  const std::vector<std::string> personas = product.personas();
  if (product.hasApprovedWithoutPersona() || personas.empty()) rows.push_back(rowFor(product, {}));
  for (const std::string& persona : personas) rows.push_back(rowFor(product, persona));
  // Then a row per approved A/B variant: the product as shoppers in that arm see it.
  for (const ApprovedVariant& variant : product.variants) rows.push_back(rowFor(product, variant.persona, &variant));
  // Then a row per language with approved translations (of the copy for no persona, and of each persona's).
  for (const std::string& language : product.languages()) {
    std::vector<std::string> personas;
    for (const ApprovedText& f : product.fields) {
      if (f.language == language && std::find(personas.begin(), personas.end(), f.persona) == personas.end())
        personas.push_back(f.persona);
    }
    std::sort(personas.begin(), personas.end());
    for (const std::string& persona : personas) rows.push_back(rowFor(product, persona, nullptr, language));
  }
}

LayoutRow GenericLayout::rowFor(const ExportProduct& product, const std::string& persona,
                                const ApprovedVariant* variant, const std::string& language) const {
  LayoutRow row;
  row.reserve(m_columns.size());
  for (const auto& column : m_columns) {
    switch (column.source) {
      case Column::Source::Sku: row.push_back(product.sku); break;
      case Column::Source::Persona: row.push_back(persona); break;
      case Column::Source::Variant: row.push_back(variant ? variant->label : std::string()); break;
      case Column::Source::Language: row.push_back(language); break;
      case Column::Source::ProductTitle: row.push_back(product.title); break;
      case Column::Source::ProductDescription: row.push_back(product.description); break;
      case Column::Source::Attribute: row.push_back(product.attribute(column.name)); break;
      case Column::Source::Field: {
        if (variant && column.name == variant->field) {
          product.used.push_back(variant->draftId);
          row.push_back(variant->text);
          break;
        }
        const std::string* text = product.approvedFor(column.name, persona, language);
        if (text) row.push_back(*text);
        else row.push_back(column.name == "title" ? product.title : std::string());
        break;
      }
    }
  }
  return row;
}

}  // namespace copydesk
