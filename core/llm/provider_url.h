#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk::llm {

// URLs of a provider, read and built with libcurl's URL API (CURLU) — the same parser that sends
// the request — rather than string work, so what we judge a URL to be is what curl connects to.

// The scheme ("http", "https"), host and path of an absolute http(s) URL; nullopt for anything
// curl would not parse, or another scheme.
struct UrlParts {
  std::string scheme;
  std::string host;   // as curl gives it: IPv6 in brackets ("[::1]"), names lower-case
  std::string path;   // "/v1", "/" when there is none
};
std::optional<UrlParts> parseHttpUrl(std::string_view url);

// 127.0.0.0/8, ::1 (and ::ffff:127.x.y.z), "localhost": a server on this machine. Never a name
// that merely starts with one of them (127.evil.example, localhost.evil.example), nor a host
// after userinfo (http://127.0.0.1@evil.example/).
bool isLoopbackHost(std::string_view host);
bool isLoopbackUrl(std::string_view url);

// base with its path extended by the given segments, each either a literal path piece
// ("/chat/completions", taken as it is) or, wrapped in Escaped{}, a name percent-escaped into one
// segment ("my deployment/2" → "my%20deployment%2F2"); query appended ("api-version=…", already
// encoded). Trailing slashes of the base path are dropped first. nullopt when base is not an
// http(s) URL.
struct Escaped {
  std::string_view text;
};
struct PathPiece {
  PathPiece(const char* literal) : text(literal) {}
  PathPiece(std::string_view literal) : text(literal) {}
  PathPiece(const std::string& literal) : text(literal) {}
  PathPiece(Escaped name) : text(name.text), escape(true) {}
  std::string_view text;
  bool escape = false;
};
std::optional<std::string> extendUrl(std::string_view base, std::initializer_list<PathPiece> pieces,
                                     std::string_view query = {});

// Every byte but A-Z a-z 0-9 - . _ ~ as %XX (curl_easy_escape): for one path segment or query value.
std::string percentEscape(std::string_view text);

// The base's path without trailing slashes ends with this segment ("/v1").
bool pathEndsWith(std::string_view url, std::string_view segment);

// Drops userinfo, query and fragment: "https://u:p@host/v1/x?key=1#f" → "https://host/v1/x".
// Text curl cannot parse is cut the same way by hand, so no secret in it is ever printed.
std::string maskUrl(std::string_view url);

}  // namespace copydesk::llm
