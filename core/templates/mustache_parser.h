#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "core/templates/mustache_node.h"
#include "core/templates/parse_result.h"
#include "core/templates/partial_loader.h"

namespace copydesk {

// Parses a template and, through the loader, every partial and parent it names (recursively,
// each name once), so that rendering never parses or loads anything.
class MustacheParser final {
 public:
  explicit MustacheParser(PartialLoader loader = {});

  ParseResult<std::shared_ptr<const MustacheDocument>> parse(std::string_view source) const;

  // One template's text to nodes, partials left unresolved.
  static std::optional<TemplateDiagnostic> parseNodes(std::string_view source, MustacheNodes& nodes);

 private:
  void link(MustacheNodes& nodes, MustacheDocument& document) const;

  PartialLoader m_loader;
};

}  // namespace copydesk
