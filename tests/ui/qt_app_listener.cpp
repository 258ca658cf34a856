// Widgets need a QApplication before the first test: made once per run, offscreen, with the
// settings kept in a folder of their own so tests never read or write the user's.
#include <QApplication>
#include <QByteArray>

#define CATCH_CONFIG_EXTERNAL_INTERFACES  // the listener interface
#include <catch2/catch.hpp>

#include <memory>

#include "tests/support/test_paths.h"

namespace {

struct QtAppListener : Catch::TestEventListenerBase {
  using TestEventListenerBase::TestEventListenerBase;

  void testRunStarting(Catch::TestRunInfo const&) override {
    m_config = std::make_unique<copydesk::test::TempDir>();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_CONFIG_HOME", QByteArray::fromStdString(m_config->path().string()));
    static int argc = 1;
    static char name[] = "copydesk_ui_tests";
    static char* argv[] = {name, nullptr};
    m_app = std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Copydesk"));
    QApplication::setApplicationName(QStringLiteral("Copydesk"));
  }

  void testRunEnded(Catch::TestRunStats const&) override {
    m_app.reset();
    m_config.reset();
  }

  std::unique_ptr<copydesk::test::TempDir> m_config;
  std::unique_ptr<QApplication> m_app;
};

}  // namespace

CATCH_REGISTER_LISTENER(QtAppListener)
