#include "core/templates/template_diagnostic.h"

namespace copydesk {
namespace {

std::string place(const std::string& file, SourcePosition position) {
  std::string text = file.empty() ? std::string() : file + ":";
  return text + std::to_string(position.line) + ":" + std::to_string(position.column);
}

}  // namespace

std::string TemplateDiagnostic::describe(const std::string& file) const {
  const std::string prefix = place(file, position) + ": ";
  return severity == Severity::Warning ? prefix + "warning: " + message : prefix + message;
}

Error TemplateDiagnostic::toError(const std::string& file) const {
  return makeError(ErrorCode::InvalidInput, message, place(file, position));
}

TemplateDiagnostic syntaxError(SourcePosition position, std::string message) {
  TemplateDiagnostic diagnostic;
  diagnostic.position = position;
  diagnostic.message = std::move(message);
  return diagnostic;
}

}  // namespace copydesk
