#include "core/llm/provider_error.h"

#include "core/common/json.h"
#include "core/llm/chat_error.h"

namespace copydesk::llm {

namespace {

std::string messageOf(const Json& node) {
  if (node.is_string()) return node.get<std::string>();
  if (!node.is_object()) return {};
  for (const char* key : {"message", "msg", "detail"}) {
    if (auto it = node.find(key); it != node.end() && it->is_string()) return it->get<std::string>();
  }
  if (auto it = node.find("error"); it != node.end()) return messageOf(*it);
  return {};
}

std::string shorten(std::string_view text, std::size_t limit = 200) {
  std::string out;
  for (char c : text.substr(0, limit)) out.push_back(c == '\n' || c == '\r' ? ' ' : c);
  if (text.size() > limit) out += "…";
  return out;
}

}  // namespace

std::string providerMessage(std::string_view body) {
  const Json json = Json::parse(body, nullptr, false);
  if (json.is_discarded()) return {};
  return messageOf(json);
}

Error errorFromResponse(long httpStatus, std::string_view body, const std::string& profileName) {
  std::string detail = providerMessage(body);
  if (detail.empty()) detail = body.empty() ? std::string("no details given") : shorten(body);
  const std::string profile = "profile '" + profileName + "'";
  const std::string status = "(" + std::to_string(httpStatus) + "): ";
  const int code = static_cast<int>(httpStatus);
  switch (httpStatus) {
    case 401:
      return chatError(ErrorCode::Auth, "Authentication failed " + status + detail + " — check the key of " + profile,
                       code);
    case 403:
      return chatError(ErrorCode::Auth,
                       "Access denied " + status + detail + " — check the key and permissions of " + profile, code);
    case 404:
      return chatError(ErrorCode::Provider,
                       "Not found " + status + detail + " — check the base URL and model of " + profile, code);
    case 400:
    case 422:
      return chatError(ErrorCode::Provider, "Request rejected " + status + detail + " (" + profile + ")", code);
    case 429:
      return chatError(ErrorCode::RateLimited, "Rate limited " + status + detail + " (" + profile + ")", code);
    case 529:
      return chatError(ErrorCode::Provider, "Provider overloaded " + status + detail + " (" + profile + ")", code);
    default:
      break;
  }
  const std::string kind = httpStatus >= 500 ? "Server error " : "HTTP error ";
  return chatError(ErrorCode::Provider, kind + status + detail + " (" + profile + ")", code);
}

std::string redact(std::string text, std::string_view secret) {
  if (secret.empty()) return text;
  for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3)) {
    text.replace(at, secret.size(), "***");
  }
  return text;
}

}  // namespace copydesk::llm
