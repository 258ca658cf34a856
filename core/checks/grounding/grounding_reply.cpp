#include "core/checks/grounding/grounding_reply.h"

#include <optional>

#include "core/common/json.h"

namespace copydesk {

namespace {

// Reasoning models served through plain chat APIs (DeepSeek-R1 on Ollama) put their thinking in
// the content: it may hold braces and draft quotes, so it goes before anything is looked for.
std::string withoutThinking(std::string_view answer) {
  std::string text(answer);
  for (std::size_t open = text.find("<think>"); open != std::string::npos; open = text.find("<think>", open)) {
    const std::size_t close = text.find("</think>", open);
    text.erase(open, close == std::string::npos ? std::string::npos : close + 8 - open);
  }
  return text;
}

// The bodies of ``` fences (the info string, e.g. "json", dropped), in order.
std::vector<std::string_view> fencedBlocks(std::string_view text) {
  std::vector<std::string_view> blocks;
  for (std::size_t open = text.find("```"); open != std::string_view::npos;) {
    const std::size_t bodyStart = text.find('\n', open + 3);
    if (bodyStart == std::string_view::npos) break;
    const std::size_t close = text.find("```", bodyStart + 1);
    if (close == std::string_view::npos) break;
    blocks.push_back(text.substr(bodyStart + 1, close - bodyStart - 1));
    open = text.find("```", close + 3);
  }
  return blocks;
}

// The end (one past) of the bracketed value starting at text[start] ('{' or '['), skipping brackets
// inside strings; npos when it never closes.
std::size_t balancedEnd(std::string_view text, std::size_t start) {
  int depth = 0;
  bool inString = false, escaped = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

std::string stringField(const Json& object, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto it = object.find(name);
    if (it != object.end() && it->is_string()) return it->get<std::string>();
  }
  return {};
}

// The claims of a parsed answer, or nullopt when it is not an answer of the asked shape.
std::optional<std::vector<GroundingClaim>> claimsOf(const Json& json) {
  const Json* list = nullptr;
  if (json.is_object() && json.contains("claims") && json["claims"].is_array()) list = &json["claims"];
  else if (json.is_array()) list = &json;
  if (!list) return std::nullopt;
  std::vector<GroundingClaim> claims;
  for (const Json& item : *list) {
    GroundingClaim claim;
    if (item.is_string()) {
      claim.quote = item.get<std::string>();
    } else if (item.is_object()) {
      claim.quote = stringField(item, {"quote", "claim", "text"});
      claim.reason = stringField(item, {"reason", "why", "explanation"});
    } else if (json.is_array()) {
      return std::nullopt;  // a bare array of numbers or lists is not a list of claims
    }
    if (!claim.quote.empty()) claims.push_back(std::move(claim));
  }
  return claims;
}

std::optional<std::vector<GroundingClaim>> tryParse(std::string_view candidate) {
  const Json json = Json::parse(candidate.begin(), candidate.end(), nullptr, false);
  if (json.is_discarded()) return std::nullopt;
  return claimsOf(json);
}

// Every '{' (then every '[') that opens a balanced value, tried in order.
std::optional<std::vector<GroundingClaim>> scanForJson(std::string_view text) {
  for (const char opener : {'{', '['}) {
    for (std::size_t at = text.find(opener); at != std::string_view::npos; at = text.find(opener, at + 1)) {
      const std::size_t end = balancedEnd(text, at);
      if (end == std::string_view::npos) continue;
      if (auto claims = tryParse(text.substr(at, end - at))) return claims;
    }
  }
  return std::nullopt;
}

}  // namespace

GroundingReply parseGroundingReply(std::string_view answer) {
  const std::string text = withoutThinking(answer);
  std::optional<std::vector<GroundingClaim>> claims = tryParse(text);
  for (std::string_view block : fencedBlocks(text)) {
    if (claims) break;
    claims = tryParse(block);
  }
  if (!claims) claims = scanForJson(text);
  GroundingReply reply;
  if (claims) {
    reply.readable = true;
    reply.claims = std::move(*claims);
  }
  return reply;
}

}  // namespace copydesk
