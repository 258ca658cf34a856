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
  Error error;
  error.code = ErrorCode::InvalidInput;
  error.id = id;
  error.args = args;
  error.context = context;
  error.where = place(file, position);
  error.message = message;
  return error;
}

TemplateDiagnostic syntaxError(SourcePosition position, ErrorId id, std::vector<std::string> args) {
  TemplateDiagnostic diagnostic;
  diagnostic.position = position;
  setDiagnosticText(diagnostic, id, std::move(args));
  return diagnostic;
}

void setDiagnosticText(TemplateDiagnostic& diagnostic, ErrorId id, std::vector<std::string> args) {
  diagnostic.id = std::string(id.text());
  diagnostic.args = std::move(args);
  diagnostic.context.clear();
  diagnostic.message = englishWording(diagnostic.id, diagnostic.args);
}

void addContext(TemplateDiagnostic& diagnostic, ErrorId id, std::vector<std::string> args) {
  diagnostic.context.push_back(ErrorContext{std::string(id.text()), std::move(args)});
  Error words;
  words.id = diagnostic.id;
  words.args = diagnostic.args;
  words.context = diagnostic.context;
  diagnostic.message = englishMessage(words);
}

}  // namespace copydesk
