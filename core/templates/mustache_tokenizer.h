#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/templates/line_index.h"
#include "core/templates/mustache_token.h"
#include "core/templates/template_diagnostic.h"

namespace copydesk {

// Splits Mustache source into text and tag tokens, following Set Delimiter tags as it goes.
class MustacheTokenizer final {
 public:
  MustacheTokenizer(std::string_view source, const LineIndex& lines);

  // The tokens in source order, or the first syntax error (unclosed tag, empty tag, bad delimiters…).
  std::optional<TemplateDiagnostic> tokenize(std::vector<MustacheToken>& tokens);

 private:
  void addText(std::size_t from, std::size_t to, std::vector<MustacheToken>& tokens) const;
  std::optional<TemplateDiagnostic> readTag(std::size_t start, std::vector<MustacheToken>& tokens);
  std::optional<TemplateDiagnostic> changeDelimiters(std::string_view content, std::size_t start);
  TemplateDiagnostic errorAt(std::size_t offset, ErrorId id, std::vector<std::string> args = {}) const;

  std::string_view m_source;
  const LineIndex& m_lines;
  std::string m_open = "{{";
  std::string m_close = "}}";
  std::size_t m_pos = 0;
};

}  // namespace copydesk
