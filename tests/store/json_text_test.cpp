#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/store/json_text.h"

using namespace copydesk;

namespace {

std::string written(std::string_view text) {
  std::string out = "x";  // appends, never replaces
  appendJsonString(out, text);
  return out.substr(1);
}

}  // namespace

TEST_CASE("json text: strings are written exactly as nlohmann's dump writes them") {
  std::vector<std::string> cases = {
      "",
      "plain ASCII, with / slash",
      "中文：纯棉T恤，“引号”与「括号」",
      "emoji 🍵 and accents é ü",
      "a \"quoted\" word",
      "back\\slash \\n not a newline",
      "line\nbreak\r\ncrlf\ttab",
      "\b\f",
      std::string("\x7f del"),
      "ends with a quote\"",
      "\\",
  };
  std::string controls;
  for (int c = 1; c < 0x20; ++c) controls += static_cast<char>(c);
  cases.push_back(controls);
  for (const std::string& text : cases) {
    INFO(text);
    const std::string ours = written(text);
    CHECK(ours == Json(text).dump());
    CHECK(Json::parse(ours).get<std::string>() == text);
  }
  CHECK(written("\x01") == "\"\\u0001\"");
  CHECK(written("\x1f") == "\"\\u001f\"");
}

TEST_CASE("json text: an array of strings matches nlohmann's dump") {
  for (const std::vector<std::string>& items : std::vector<std::vector<std::string>>{
           {}, {"one"}, {"a", "b \"c\"", "茶\n叶", ""}}) {
    std::string out;
    appendJsonStringArray(out, items);
    CHECK(out == Json(items).dump());
  }
}

TEST_CASE("json text: a character to escape is found at every position of a long text") {
  const std::string base = "plain text 中文 and more plain text";
  for (const char special : {'"', '\\', '\n', '\x01', '\x1f', '\t'}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80) continue;  // inside a character
      std::string text = base;
      text.insert(at, 1, special);
      INFO("byte " << int(special) << " at " << at);
      CHECK(written(text) == Json(text).dump());
    }
  }
  // Bytes just outside the escaped ranges stay as they are.
  const std::string edges = std::string("\x20\x21\x23\x5b\x5d\x7e\x7f") + "\xc3\xa9\xe4\xb8\xad\xf0\x9f\x8d\xb5";
  CHECK(written(edges + edges) == Json(edges + edges).dump());
}
