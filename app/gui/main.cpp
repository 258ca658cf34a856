// The studio's entry point: options, translations, palette, the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTableView>
#include <QTimer>

#include <cstdio>

#include "core/common/paths.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/studio_palette.h"
#include "ui/studio_settings.h"
#include "ui/studio_translations.h"
#include "ui/window_capture.h"

using namespace copydesk;

int main(int argc, char** argv) {
  QElapsedTimer sinceStart;
  sinceStart.start();
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Copydesk"));
  QApplication::setOrganizationName(QStringLiteral("Copydesk"));
  QApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
  QApplication::setDesktopFileName(QStringLiteral("io.copydesk.Copydesk"));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.copydesk.Copydesk.png")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Copydesk studio: e-commerce copy with LLMs"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file (default: $COPYDESK_DB or ~/.local/share/copydesk/copydesk.db)."), QStringLiteral("path"));
  const QCommandLineOption palette(QStringLiteral("palette"), QStringLiteral("system, light or dark (default: the setting)."), QStringLiteral("mode"));
  const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language for this run, e.g. en or zh_CN (default: the setting, else the system's)."), QStringLiteral("code"));
  const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window as a PNG once the products are shown, then quit."), QStringLiteral("file"));
  const QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"), QStringLiteral("Print the milliseconds from start to the first painted product rows, then quit (benchmark)."));
  const QCommandLineOption noProbe(QStringLiteral("no-provider-check"), QStringLiteral("Do not ask the default model provider whether it is reachable."));
  const QCommandLineOption noSeed(QStringLiteral("no-seed"), QStringLiteral("Leave an empty database empty."));
  const QCommandLineOption freshLayout(QStringLiteral("default-layout"), QStringLiteral("Ignore the remembered window layout."));
  const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("The workspace page to open on: write, prompt, review, audit or history."), QStringLiteral("name"));
  parser.addOptions({db, palette, lang, screenshot, firstPaint, noProbe, noSeed, freshLayout, page});
  parser.process(app);

  ui::StudioSettings settings;
  ui::installTranslations(app, parser.isSet(lang) ? parser.value(lang) : settings.language(),
                          ui::defaultTranslationFolders());
  ui::applyPalette(parser.isSet(palette) ? ui::paletteModeFromString(parser.value(palette)) : settings.paletteMode());

  ui::MainWindowOptions options;
  options.database = parser.isSet(db) ? std::filesystem::path(parser.value(db).toStdString()) : defaultDatabasePath();
  options.seedOnOpen = !parser.isSet(noSeed);
  options.probeProvider = !parser.isSet(noProbe) && !parser.isSet(firstPaint);
  options.restoreLayout = !parser.isSet(freshLayout) && !parser.isSet(screenshot) && !parser.isSet(firstPaint);
  ui::MainWindow window(options);
  if (parser.isSet(page) && !window.showPage(parser.value(page))) {
    std::fprintf(stderr, "copydesk: no page named '%s' (write, prompt, review, audit, history)\n", qPrintable(parser.value(page)));
    return 2;
  }
  window.show();

  if (parser.isSet(firstPaint)) {
    QObject::connect(&window, &ui::MainWindow::firstRowsShown, &window, [&] {
      ui::whenPainted(window, [&] {
        std::printf("first-rows-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        QApplication::quit();
      });
    });
  }
  if (parser.isSet(screenshot)) {
    QObject::connect(&window, &ui::MainWindow::firstRowsShown, &window, [&, file = parser.value(screenshot)] {
      window.productsPane()->view()->selectRow(0);
      // The Write page is shown at work: its first stored variant opened in the copy editor.
      QTimer::singleShot(700, &window, [&] {
        if (!window.generationPane()->columns().isEmpty()) window.generationPane()->useVariant(0);
      });
      ui::captureWindowLater(window, file, 1500);
    });
  }
  return QApplication::exec();
}
