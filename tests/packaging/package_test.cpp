#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "tests/support/test_paths.h"

using namespace copydesk;
namespace fs = std::filesystem;

namespace {

// Builds the .deb from the current build folder into dir; returns its path.
fs::path buildPackage(const fs::path& dir) {
  const std::string command = test::shellQuote(COPYDESK_TEST_CPACK) + " -G DEB --config " +
                              test::shellQuote((test::binaryDir() / "CPackConfig.cmake").string()) + " -B " +
                              test::shellQuote(dir.string());
  const auto run = test::runCommand(command);
  INFO(run.out << run.err);
  REQUIRE(run.exitCode == 0);
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".deb") return entry.path();
  }
  FAIL("cpack made no .deb in " << dir);
  return {};
}

}  // namespace

TEST_CASE("the Debian package holds the studio, the CLI, desktop integration, translations and resources, and runs") {
  test::TempDir dir;
  const fs::path deb = buildPackage(dir.path());
  CHECK(deb.filename().string().rfind("copydesk_", 0) == 0);

  const auto contents = test::runCommand("dpkg-deb -c " + test::shellQuote(deb.string()));
  REQUIRE(contents.exitCode == 0);
  for (const char* path : {"./usr/bin/copydesk", "./usr/bin/copydesk-cli",
                           "./usr/share/applications/io.copydesk.Copydesk.desktop",
                           "./usr/share/metainfo/io.copydesk.Copydesk.metainfo.xml",
                           "./usr/share/icons/hicolor/scalable/apps/io.copydesk.Copydesk.svg",
                           "./usr/share/icons/hicolor/256x256/apps/io.copydesk.Copydesk.png",
                           "./usr/share/copydesk/translations/copydesk_zh_CN.qm",
                           "./usr/share/copydesk/catalog/sample_products.json",
                           "./usr/share/copydesk/templates/description-en.json",
                           "./usr/share/copydesk/syntax/syntax/copydesk-mustache.xml"}) {
    INFO(path);
    CHECK(contents.out.find(std::string(path) + "\n") != std::string::npos);
  }
  // Nothing of the build or the tests slips in.
  CHECK(contents.out.find("ui_tests") == std::string::npos);
  CHECK(contents.out.find("/usr/local/") == std::string::npos);

  const auto info = test::runCommand("dpkg-deb -I " + test::shellQuote(deb.string()));
  REQUIRE(info.exitCode == 0);
  INFO(info.out);
  CHECK(info.out.find(" Package: copydesk\n") != std::string::npos);
  const auto depends = info.out.find(" Depends: ");
  REQUIRE(depends != std::string::npos);
  const std::string dependsLine = info.out.substr(depends, info.out.find('\n', depends) - depends);
  CHECK(dependsLine.find("libqt6widgets6") != std::string::npos);
  CHECK(dependsLine.find("qt6-qpa-plugins") != std::string::npos);
  CHECK(info.out.find(" Recommends: fonts-noto-cjk | fonts-wqy-microhei") != std::string::npos);

  // One package run per test: cpack's pre-install step must not run twice at once in one build folder.
  const fs::path root = dir / "root";
  REQUIRE(test::runCommand("dpkg-deb -x " + test::shellQuote(deb.string()) + " " + test::shellQuote(root.string()))
              .exitCode == 0);
  const auto cli = test::runCommand(test::shellQuote((root / "usr/bin/copydesk-cli").string()) + " --help");
  CHECK(cli.exitCode == 0);
  const auto studio = test::runCommand("QT_QPA_PLATFORM=offscreen " +
                                       test::shellQuote((root / "usr/bin/copydesk").string()) + " --version");
  INFO(studio.out << studio.err);
  CHECK(studio.exitCode == 0);
  CHECK(studio.out.find("Copydesk") != std::string::npos);
}
