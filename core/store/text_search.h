#pragma once

#include <string>

namespace copydesk {

// FTS5 phrase syntax: the whole search is one quoted phrase, inner quotes doubled, so what a user
// types is never read as FTS operators.
std::string ftsPhrase(const std::string& text);

// A LIKE pattern (with ESCAPE '\') matching text that contains `text` literally: '%', '_' and '\'
// in it are escaped. Like the trigram index, LIKE ignores case (but only of ASCII letters).
std::string likeSubstring(const std::string& text);

// The trigram tokenizer matches substrings of three characters (code points) or more; shorter
// searches must fall back to LIKE.
bool trigramIndexCanMatch(const std::string& text);

}  // namespace copydesk
