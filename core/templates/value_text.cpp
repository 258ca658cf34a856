#include "core/templates/value_text.h"

namespace copydesk {
namespace {

void appendText(std::string& out, std::string_view text, bool escapeHtml) {
  if (escapeHtml) appendHtmlEscaped(out, text);
  else out.append(text);
}

std::string dump(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

bool isPlain(const Json& value) { return value.is_primitive(); }

}  // namespace

void appendHtmlEscaped(std::string& out, std::string_view text) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&#39;"; break;
      default: continue;
    }
    out.append(text.substr(from, i - from));
    out.append(entity);
    from = i + 1;
  }
  out.append(text.substr(from));
}

void appendValueText(std::string& out, const Json& value, bool escapeHtml) {
  switch (value.type()) {
    case Json::value_t::null:
      return;
    case Json::value_t::string:
      appendText(out, value.get_ref<const std::string&>(), escapeHtml);
      return;
    case Json::value_t::array: {
      bool plain = true;
      for (const Json& item : value) plain = plain && isPlain(item);
      if (!plain) break;
      bool first = true;
      for (const Json& item : value) {
        if (item.is_null()) continue;
        if (!first) out.append(", ");
        first = false;
        appendValueText(out, item, escapeHtml);
      }
      return;
    }
    default:
      break;
  }
  appendText(out, dump(value), escapeHtml);
}

}  // namespace copydesk
