#pragma once

#include <string>

#include "core/common/error.h"

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
  enum class Kind { Syntax, UnknownVariable, UnknownPartial, RecursionLimit };

  Severity severity = Severity::Error;
  Kind kind = Kind::Syntax;
  SourcePosition position;
  std::string message;       // the cause, e.g. "unknown variable 'titel'"
  std::string name;          // the variable or partial the diagnostic is about, if any
  std::string templateName;  // the partial it occurred in; empty for the template itself
  std::string part;          // "system" or "user" for prompt templates; empty otherwise

  // "FILE:LINE:COL: message" (errors) or "FILE:LINE:COL: warning: message" (warnings).
  std::string describe(const std::string& file) const;
  // The diagnostic as an Error for Result<T>; where = "FILE:LINE:COL".
  Error toError(const std::string& file) const;
};

TemplateDiagnostic syntaxError(SourcePosition position, std::string message);

}  // namespace copydesk
