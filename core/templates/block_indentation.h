#pragma once

#include "core/templates/mustache_node.h"

namespace copydesk {

// Inheritance spec: "block indentation is removed at the site of definition and added at the site
// of expansion". For every block whose opening tag is standalone, strips the block's indentation
// (its first content line's leading blanks) from each line of its content — text after a line
// start, and the indentation of standalone partials, parents and nested blocks — so the content is
// stored relative to the block. The renderer adds the expansion site's indentation back.
void removeBlockIndentation(MustacheNodes& nodes);

}  // namespace copydesk
