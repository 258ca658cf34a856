#pragma once

#include <string>

namespace copydesk {

// FTS5 phrase syntax: the whole search is one quoted phrase, inner quotes doubled, so what a user
// types is never read as FTS operators.
std::string ftsPhrase(const std::string& text);

// The trigram tokenizer matches substrings of three characters (code points) or more; shorter
// searches must fall back to LIKE.
bool trigramIndexCanMatch(const std::string& text);

}  // namespace copydesk
