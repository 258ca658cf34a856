#include <catch2/catch.hpp>

#include "core/export/html_sanitizer.h"
#include "tests/checks/rule_test_support.h"

using namespace copydesk;
using copydesk::test::checkShipped;
using Spans = std::vector<std::string>;

TEST_CASE("in an HTML field, what the sanitiser removes is a warning naming it") {
  const std::string html =
      "<p onclick=\"steal()\">Fresh tea</p><script>alert(1)</script>"
      "<p><a href=\"javascript:go()\">more</a> <a href=\"https://example.com\">shop</a></p>"
      "<img src=\"x.png\" onerror=\"f()\"><p style=\"color:red\">红茶</p>";
  auto c = checkShipped(html, {.field = "description", .html = true});
  const auto found = c.of("html-safety.removed");
  CHECK(c.spans("html-safety.removed") ==
        Spans{"onclick=\"steal()\"", "<script>alert(1)</script>", "href=\"javascript:go()\"",
              "<img src=\"x.png\" onerror=\"f()\">", "onerror=\"f()\"", "style=\"color:red\""});
  REQUIRE(found.size() == 6);
  CHECK(found[1].args == Spans{"<script>"});
  CHECK(found[0].args == Spans{"onclick=\"steal()\""});
  CHECK(found[0].severity == Severity::Warning);

  // The image's src leaves with it and is not named apart; its handler is.
  // What it reports is what the export drops.
  const std::string clean = HtmlSanitizer::sanitize(html);
  for (const char* gone : {"onclick", "script", "javascript", "img", "style"}) CHECK(clean.find(gone) == std::string::npos);
  CHECK(clean.find("https://example.com") != std::string::npos);
}

TEST_CASE("html safety stays quiet on plain text and on clean HTML") {
  CHECK_FALSE(checkShipped("<script> in plain copy is just text", {.html = false}).fires("html-safety.removed"));
  CHECK_FALSE(checkShipped("<p>Fresh <strong>tea</strong></p><ul><li><a href=\"/tea\">more</a></li></ul>", {.html = true})
                  .fires("html-safety.removed"));
}
