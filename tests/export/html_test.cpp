#include <catch2/catch.hpp>

#include "core/export/bullet_list.h"
#include "core/export/html_sanitizer.h"
#include "core/export/html_to_text.h"

using namespace copydesk;
using Catch::Contains;

TEST_CASE("the sanitiser removes scripts, event handlers, dangerous URLs and embedded documents") {
  const std::string dirty =
      "<p onclick=\"steal()\" style=\"color:red\">Hello <script>alert(1)</script><strong>tea</strong></p>"
      "<img src=x onerror=alert(2)>"
      "<a href=\"javascript:alert(3)\">click</a> <a href=\" JaVa\tScRiPt:alert(4)\">two</a>"
      "<a href=\"https://shop.example/tea?a=1&amp;b=2\" target=_blank onmouseover=x()>ok</a>"
      "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a>"
      "<iframe src=\"https://evil.example\"></iframe><object data=x></object><embed src=y>"
      "<form action=/x><input name=q></form><style>p{}</style>"
      "<ul><li>one</li><li><em>two</em></li></ul><h2>Care</h2><table><tr><td>cell</td></tr></table>";
  const std::string clean = HtmlSanitizer::sanitize(dirty);
  for (const char* banned : {"script", "alert", "onerror", "onclick", "onmouseover", "style", "javascript", "iframe",
                             "evil", "object", "embed", "form", "input", "data:", "<img", "target"}) {
    INFO(banned);
    CHECK_THAT(clean, !Contains(banned, Catch::CaseSensitive::No));
  }
  CHECK_THAT(clean, Contains("<p>Hello <strong>tea</strong></p>"));
  CHECK_THAT(clean, Contains("<a>click</a>"));
  CHECK_THAT(clean, Contains("<a href=\"https://shop.example/tea?a=1&amp;b=2\">ok</a>"));
  CHECK_THAT(clean, Contains("<ul><li>one</li><li><em>two</em></li></ul><h2>Care</h2>"));
  CHECK_THAT(clean, Contains("<td>cell</td>"));
}

TEST_CASE("safe HTML passes through the sanitiser unchanged") {
  const std::string safe =
      "<p>Tea &amp; cups, <b>bold</b> and <i>italic</i><br>next line</p><ol><li>a</li></ol>"
      "<h3>Title</h3><a href=\"mailto:shop@example.com\">mail</a>";
  CHECK(HtmlSanitizer::sanitize(safe) == safe);
  CHECK(HtmlSanitizer::sanitize(HtmlSanitizer::sanitize(safe)) == safe);
}

TEST_CASE("plain copy becomes paragraphs with escaped text") {
  CHECK(HtmlSanitizer::toHtml("First line\nsecond line\n\nTea & 5 < 6 > 2") ==
        "<p>First line<br>second line</p><p>Tea &amp; 5 &lt; 6 &gt; 2</p>");
  CHECK(HtmlSanitizer::toHtml("<p>already <script>x</script>html</p>") == "<p>already html</p>");
}

TEST_CASE("HTML becomes text with line breaks; scripts vanish") {
  CHECK(HtmlToText::convert("<p>One &amp; two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul><script>x()</script>") ==
        "One & two\n\nThree\nfour\na\nb");
  CHECK(HtmlToText::convert("plain\n\n\n\ntext  ") == "plain\n\ntext");
  CHECK(HtmlToText::joinLines("a\nb", "<br>") == "a<br>b");
}

TEST_CASE("bullets are one per line, markers dropped, and HTML lists work too") {
  CHECK(BulletList::split("- Hand-picked\n• 明前采摘\n\n* Sealed tin\n1. Numbered\n2) Also numbered\nPlain") ==
        std::vector<std::string>{"Hand-picked", "明前采摘", "Sealed tin", "Numbered", "Also numbered", "Plain"});
  CHECK(BulletList::split("<ul><li>one</li><li>two &amp; three</li></ul>") ==
        std::vector<std::string>{"one", "two & three"});
  CHECK(BulletList::toHtml({"a<b", "c"}) == "<ul><li>a&lt;b</li><li>c</li></ul>");
  CHECK(BulletList::toHtml({}).empty());
}
