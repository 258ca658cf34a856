#include "core/llm/provider_url.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include <curl/curl.h>

namespace copydesk::llm {
namespace {

struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

// Parsed by curl, or null. flags: CURLU_NON_SUPPORT_SCHEME to take any scheme.
UrlHandle parse(std::string_view url, unsigned flags = 0) {
  UrlHandle handle(curl_url());
  const std::string text(url);
  if (!handle || text.find('\0') != std::string::npos ||
      curl_url_set(handle.get(), CURLUPART_URL, text.c_str(), flags) != CURLUE_OK) {
    return nullptr;
  }
  return handle;
}

std::optional<std::string> part(CURLU* url, CURLUPart which) {
  char* value = nullptr;
  if (curl_url_get(url, which, &value, 0) != CURLUE_OK || !value) return std::nullopt;
  std::string text(value);
  curl_free(value);
  return text;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

std::string_view withoutTrailingSlashes(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  return path;
}

// The old cut by hand, for text curl refuses: scheme, then the authority after its last '@',
// then the path up to '?' or '#'.
std::string maskByHand(std::string_view rest) {
  std::string scheme;
  if (const auto sep = rest.find("://"); sep != std::string_view::npos) {
    scheme = std::string(rest.substr(0, sep + 3));
    rest.remove_prefix(sep + 3);
  }
  if (const auto cut = rest.find_first_of("?#"); cut != std::string_view::npos) rest = rest.substr(0, cut);
  const auto slash = rest.find('/');
  const std::string_view authority = rest.substr(0, slash);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  return scheme + std::string(rest);
}

}  // namespace

std::optional<UrlParts> parseHttpUrl(std::string_view url) {
  const UrlHandle handle = parse(url);
  if (!handle) return std::nullopt;
  UrlParts parts;
  parts.scheme = lower(part(handle.get(), CURLUPART_SCHEME).value_or(""));
  if (parts.scheme != "http" && parts.scheme != "https") return std::nullopt;
  parts.host = lower(part(handle.get(), CURLUPART_HOST).value_or(""));
  parts.path = part(handle.get(), CURLUPART_PATH).value_or("/");
  if (parts.host.empty()) return std::nullopt;
  return parts;
}

bool isLoopbackHost(std::string_view host) {
  const std::string name = lower(std::string(host));
  if (name == "localhost" || name == "localhost.") return true;
  in_addr v4{};
  if (inet_pton(AF_INET, name.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
  if (name.size() < 2 || name.front() != '[' || name.back() != ']') return false;
  std::string inner = name.substr(1, name.size() - 2);
  if (const auto zone = inner.find('%'); zone != std::string::npos) inner.resize(zone);
  in6_addr v6{};
  if (inet_pton(AF_INET6, inner.c_str(), &v6) != 1) return false;
  if (IN6_IS_ADDR_LOOPBACK(&v6)) return true;
  return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
}

bool isLoopbackUrl(std::string_view url) {
  const auto parts = parseHttpUrl(url);
  return parts && isLoopbackHost(parts->host);
}

namespace {
// Some libcurl versions hand back %2f where others keep %2F; RFC 3986 prefers upper case, and the
// same profile should give the same URL (logs, tests, signatures) whichever curl is installed.
std::optional<std::string> withUppercaseEscapes(std::optional<std::string> url) {
  if (!url) return url;
  std::string& text = *url;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '%') continue;
    for (std::size_t k = i + 1; k <= i + 2; ++k) {
      if (text[k] >= 'a' && text[k] <= 'f') text[k] = static_cast<char>(text[k] - 'a' + 'A');
    }
  }
  return url;
}
}  // namespace

std::optional<std::string> extendUrl(std::string_view base, std::initializer_list<PathPiece> pieces,
                                     std::string_view query) {
  const UrlHandle handle = parse(base);
  if (!handle || !parseHttpUrl(base)) return std::nullopt;
  std::string path(withoutTrailingSlashes(part(handle.get(), CURLUPART_PATH).value_or("")));
  for (const PathPiece& piece : pieces) {
    if (piece.escape) path += '/' + percentEscape(piece.text);
    else path += piece.text;
  }
  if (path.empty()) path = "/";
  if (curl_url_set(handle.get(), CURLUPART_PATH, path.c_str(), 0) != CURLUE_OK) return std::nullopt;
  curl_url_set(handle.get(), CURLUPART_FRAGMENT, nullptr, 0);
  if (!query.empty()) {
    const std::string text(query);
    if (curl_url_set(handle.get(), CURLUPART_QUERY, text.c_str(), CURLU_APPENDQUERY) != CURLUE_OK) {
      return std::nullopt;
    }
  }
  return withUppercaseEscapes(part(handle.get(), CURLUPART_URL));
}

std::string percentEscape(std::string_view text) {
  char* escaped = curl_easy_escape(nullptr, text.data(), static_cast<int>(text.size()));
  if (!escaped) return {};
  std::string result(escaped);
  curl_free(escaped);
  return result;
}

bool pathEndsWith(std::string_view url, std::string_view segment) {
  const auto parts = parseHttpUrl(url);
  if (!parts) return false;
  const std::string_view path = withoutTrailingSlashes(parts->path);
  return path.size() >= segment.size() && path.substr(path.size() - segment.size()) == segment;
}

std::string maskUrl(std::string_view url) {
  const UrlHandle handle = parse(url, CURLU_NON_SUPPORT_SCHEME);
  if (!handle) return maskByHand(url);
  for (CURLUPart secret : {CURLUPART_USER, CURLUPART_PASSWORD, CURLUPART_OPTIONS, CURLUPART_QUERY,
                           CURLUPART_FRAGMENT}) {
    curl_url_set(handle.get(), secret, nullptr, 0);
  }
  const auto masked = part(handle.get(), CURLUPART_URL);
  return masked ? *masked : maskByHand(url);
}

}  // namespace copydesk::llm
