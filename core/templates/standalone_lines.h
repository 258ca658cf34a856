#pragma once

#include <string_view>
#include <vector>

#include "core/templates/mustache_token.h"

namespace copydesk {

// Applies the spec's standalone rules to a token list: a line holding only whitespace and one
// section, inverted, close, comment, partial, parent, block or delimiter tag disappears from the
// output (its whitespace and line end are marked removed). Parent tags and the argument blocks
// directly inside them may share such a line ("{{<parent}}{{$block}}"), as the inheritance spec
// requires. Also marks the first token of every line that stays, and records indentation.
void markStandaloneLines(std::vector<MustacheToken>& tokens, std::string_view source);

}  // namespace copydesk
