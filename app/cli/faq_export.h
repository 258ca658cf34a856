#pragma once

#include <string>

#include "app/cli/cli_context.h"

namespace copydesk::cli {

// export --format faq-csv | faq-jsonld (issue 14): the approved answers to customer questions, as
// a CSV file (sku,question,answer) or a folder with a schema.org FAQPage per product (SKU.json).
// Defined in questions_command.cpp.
bool isFaqFormat(const std::string& format);
int runFaqExport(CliContext& context, const std::string& format, const std::string& out, bool bom,
                 bool spreadsheetSafe, const std::string& author);

}  // namespace copydesk::cli
