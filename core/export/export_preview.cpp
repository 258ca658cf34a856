#include "core/export/export_preview.h"

namespace copydesk {

std::string ExportPreview::summary() const {
  return "exported " + std::to_string(rows) + (rows == 1 ? " row" : " rows") + " (" + std::to_string(fields) +
         (fields == 1 ? " field" : " fields") + ") to " + path.string() + " as " + layout + " (" + mode + ")";
}

}  // namespace copydesk
