#pragma once

#include <string>
#include <vector>

#include "core/common/error_id.h"

namespace copydesk {

// A place in a template's text: 1-based line and column (columns count Unicode code points,
// so a column in a Chinese template matches what an editor shows).
struct SourcePosition {
  int line = 1;
  int column = 1;
};

// A syntax error or a warning about a template, with the place it refers to.
struct TemplateDiagnostic {
  enum class Severity { Error, Warning };
  enum class Kind { Syntax, UnknownVariable, UnknownPartial, RecursionLimit, RenderLimit };

  Severity severity = Severity::Error;
  Kind kind = Kind::Syntax;
  SourcePosition position;
  std::string id;                     // what is wrong: an id of core/common/error_messages.h
  std::vector<std::string> args;      // the id's %1, %2 …
  std::vector<ErrorContext> context;  // wordings around it, e.g. "(in partial 'footer')"
  std::string message;                // all of it in English, e.g. "unknown variable 'titel'"
  std::string name;          // the variable or partial the diagnostic is about, if any
  std::string templateName;  // the partial it occurred in; empty for the template itself
  std::string part;          // "system" or "user" for prompt templates; empty otherwise

  // "FILE:LINE:COL: message" (errors) or "FILE:LINE:COL: warning: message" (warnings).
  std::string describe(const std::string& file) const;
  // The diagnostic as an Error for Result<T>; where = "FILE:LINE:COL".
  Error toError(const std::string& file) const;
};

TemplateDiagnostic syntaxError(SourcePosition position, ErrorId id, std::vector<std::string> args = {});
// A diagnostic (not yet placed) worded by `id` with `args`.
void setDiagnosticText(TemplateDiagnostic& diagnostic, ErrorId id, std::vector<std::string> args = {});
// Puts a wording around the diagnostic, as addContext does for an Error.
void addContext(TemplateDiagnostic& diagnostic, ErrorId id, std::vector<std::string> args = {});

}  // namespace copydesk
