#include "core/export/bullet_list.h"

#include <cctype>

#include "core/export/html_sanitizer.h"
#include "core/export/html_to_text.h"

namespace copydesk {
namespace {

std::string_view stripMarker(std::string_view line) {
  for (std::string_view marker : {"- ", "* ", "• ", "· ", "‣ ", "– "}) {
    if (line.substr(0, marker.size()) == marker) return line.substr(marker.size());
  }
  // "1. " or "12) "
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ') {
    return line.substr(digits + 2);
  }
  return line;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Every line of `plain` that holds a bullet, its marker dropped.
void addBullets(const std::string& plain, std::vector<std::string>& bullets) {
  std::size_t start = 0;
  while (start <= plain.size()) {
    std::size_t end = plain.find('\n', start);
    if (end == std::string::npos) end = plain.size();
    std::string_view line = trim(stripMarker(trim(std::string_view(plain).substr(start, end - start))));
    if (!line.empty()) bullets.emplace_back(line);
    start = end + 1;
  }
}

}  // namespace

// One bullet per line of the source, markup or not: in HTML a line break is a space, and
// "• First\n• Second <b>bold</b>" would be one bullet. So in HTML the source's line breaks become
// <br> first (inside <script> and the like that is text, and goes with it). An HTML list still gives
// a bullet per item.
std::vector<std::string> BulletList::split(std::string_view text) {
  std::string source;
  if (HtmlSanitizer::looksLikeHtml(text)) {
    source.reserve(text.size());
    for (char c : text) {
      if (c == '\n') source += "<br>";
      else source += c;
    }
  } else {
    source = text;
  }
  std::vector<std::string> bullets;
  addBullets(HtmlToText::convert(source), bullets);
  return bullets;
}

std::string BulletList::toHtml(const std::vector<std::string>& bullets) {
  if (bullets.empty()) return {};
  std::string out = "<ul>";
  for (const auto& bullet : bullets) {
    out += "<li>";
    HtmlSanitizer::appendEscaped(out, bullet, false);
    out += "</li>";
  }
  return out + "</ul>";
}

}  // namespace copydesk
