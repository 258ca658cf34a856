#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/common/error_id.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

TEST_CASE("every error id is distinct, well formed and has an English wording") {
  std::set<std::string_view> ids;
  static const std::regex shape("[a-z0-9-]+(\\.[a-z0-9-]+)+");
  for (const ErrorMessage& message : kErrorMessages) {
    INFO("error id " << message.id);
    CHECK(ids.insert(message.id).second);
    CHECK(std::regex_match(std::string(message.id), shape));
    CHECK_FALSE(message.english.empty());
    // A wording may leave an arg out (the disk-full case needs no SQLite text), but not use %0.
    CHECK(message.english.find("%0") == std::string_view::npos);
  }
  CHECK(ids.size() > 150);
  CHECK(findErrorMessage("draft.not-found") != nullptr);
  CHECK(findErrorMessage("no.such-id") == nullptr);
}

TEST_CASE("makeError words the id in English with its args, and the place in front") {
  const Error error = makeError("draft.not-found", ErrorCode::NotFound, {"42"});
  CHECK(error.id == "draft.not-found");
  CHECK(error.args == std::vector<std::string>{"42"});
  CHECK(error.message == "no draft with id 42");
  CHECK(error.describe() == "no draft with id 42");
  const Error placed = makeError("catalog.generic.row-without-sku", ErrorCode::InvalidInput, {"sku"}, "f.csv:5");
  CHECK(placed.describe() == "f.csv:5: the row has no SKU (column \"sku\" is empty)");
  // An arg holding a placeholder is not filled again.
  CHECK(makeError("file.cannot-open", ErrorCode::Io, {"%1 %2"}).message == "cannot open: %1 %2");
}

TEST_CASE("a context wraps the text so far and keeps the id and args underneath") {
  Error error = makeError("llm.http.rate-limited", ErrorCode::RateLimited, {"429", "slow down", "Fake"});
  addContext(error, "llm.gave-up", {"5"});
  CHECK(error.id == "llm.http.rate-limited");
  REQUIRE(error.context.size() == 1);
  CHECK(error.context[0].id == "llm.gave-up");
  CHECK(error.message == "Rate limited (429): slow down (profile 'Fake') (gave up after 5 attempts)");
  CHECK(englishMessage(error) == error.message);
}

TEST_CASE("editing the args rewords the message (a key the provider echoed is hidden everywhere)") {
  Error error = makeError("llm.http.auth-failed", ErrorCode::Auth, {"401", "bad key sk-123", "Fake"});
  addContext(error, "llm.gave-up", {"sk-123"});
  editErrorArgs(error, [](std::string arg) {
    for (std::size_t at; (at = arg.find("sk-123")) != std::string::npos;) arg.replace(at, 6, "***");
    return arg;
  });
  CHECK(error.message.find("sk-123") == std::string::npos);
  CHECK(error.args[1] == "bad key ***");
  CHECK(error.context[0].args[0] == "***");
}

TEST_CASE("a plain error keeps its text: it has no id for the studio to word") {
  Error plain = plainError(ErrorCode::InvalidInput, "expected key=value", "--var");
  CHECK(plain.id.empty());
  CHECK(plain.describe() == "--var: expected key=value");
  addContext(plain, "llm.gave-up", {"2"});
  CHECK(plain.message == "expected key=value (gave up after 2 attempts)");
  CHECK(englishWording("no.such-id", {"a", "b"}) == "no.such-id: a, b");
}
