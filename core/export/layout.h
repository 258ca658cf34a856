#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/export/export_options.h"
#include "core/export/export_product.h"
#include "core/export/export_warning.h"

namespace copydesk {

using LayoutRow = std::vector<std::string>;

// One shop's CSV layout: its header and how a product's approved copy fills its rows.
class Layout {
 public:
  virtual ~Layout() = default;

  // Full layouts fill every column from the product's source columns and variants.
  virtual bool needsFullProduct() const { return false; }
  // The fields with approved copy for a persona anywhere in the export (issue 13); called before
  // prepare(). Layouts without a place for persona copy leave it out.
  virtual void setPersonaFields(std::vector<PersonaField> fields) { m_personaFields = std::move(fields); }
  // Whether the export has approved A/B experiment variants (issue 13); called before prepare().
  // Only the generic layout has a place for them (a row per variant, its variant id in a column).
  void setExperimentVariants(bool present) { m_experimentVariants = present; }
  // The fields with approved translations anywhere (issue 14); called before prepare(). The generic
  // layout gives them rows with a language column; the shop layouts carry the catalog's own language.
  void setTranslatedFields(std::vector<std::string> fields) { m_translatedFields = std::move(fields); }
  // Whether approved copy that finds no place in this layout deserves a warning: not in a layout of
  // one locale's translations, where most products simply have none.
  virtual bool warnsUnplacedCopy() const { return true; }
  // Settles the columns once the fields with approved copy (anywhere in the export) are known.
  virtual Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) = 0;
  virtual const std::vector<std::string>& header() const = 0;
  // Appends the product's rows, each exactly header().size() wide.
  virtual void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows,
                          ExportWarnings& warnings) const = 0;

 protected:
  std::vector<PersonaField> m_personaFields;
  bool m_experimentVariants = false;
  std::vector<std::string> m_translatedFields;
};

Result<std::unique_ptr<Layout>> makeLayout(const ExportOptions& options);

// Cell helpers shared by the layouts.
namespace cells {
// Approved copy as one line of plain text (markup removed, line breaks become spaces).
std::string plainLine(const std::string& copy);
// Approved copy as safe HTML (see HtmlSanitizer::toHtml).
std::string html(const std::string& copy);
// Tags as "a, b, c".
std::string joinTags(const std::vector<std::string>& tags);
}  // namespace cells

}  // namespace copydesk
