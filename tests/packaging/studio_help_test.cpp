// `copydesk --help` and `--version` answer without a display (no X11, no Wayland, no platform
// chosen): a newcomer on a server or in a terminal sees the options instead of a Qt abort.
#include <catch2/catch.hpp>

#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

test::CommandResult studioWithoutDisplay(const std::string& args) {
  return test::runCommand("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM " +
                          test::shellQuote((test::binDir() / "copydesk").string()) + " " + args);
}

}  // namespace

TEST_CASE("copydesk --help prints the options without a display") {
  const auto help = studioWithoutDisplay("--help");
  INFO(help.out << help.err);
  CHECK(help.exitCode == 0);
  CHECK(help.out.find("--db <path>") != std::string::npos);
  CHECK(help.out.find("--page <name>") != std::string::npos);
  CHECK(help.out.find("--version") != std::string::npos);
  CHECK(studioWithoutDisplay("-h").exitCode == 0);
}

TEST_CASE("copydesk --version prints the version without a display") {
  const auto version = studioWithoutDisplay("--version");
  INFO(version.out << version.err);
  CHECK(version.exitCode == 0);
  CHECK(version.out.rfind("Copydesk ", 0) == 0);
  // Without a display and without --help, the studio still refuses (it cannot show a window).
  CHECK(studioWithoutDisplay("--no-seed --db /nonexistent/x.db").exitCode != 0);
}
