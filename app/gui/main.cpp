// The studio's entry point: options, translations, palette, the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

#include "core/common/paths.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/settings/key_vault.h"
#include "ui/studio_palette.h"
#include "ui/studio_settings.h"
#include "ui/studio_store_source.h"
#include "ui/studio_translations.h"
#include "ui/unsaved/unsaved_copy_listing.h"
#include "ui/window_capture.h"

using namespace copydesk;

namespace {

void nameApplication() {
  QCoreApplication::setApplicationName(QStringLiteral("Copydesk"));
  QCoreApplication::setOrganizationName(QStringLiteral("Copydesk"));
  QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
}

// --help and --version need no window: answered before QApplication, which needs a display
// (without one it aborts before it could print a word).
bool asksForHelpOrVersion(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") return false;
    if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
      return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  QElapsedTimer sinceStart;
  sinceStart.start();
  std::optional<QCoreApplication> textOnly;
  std::optional<QApplication> gui;
  if (asksForHelpOrVersion(argc, argv)) {
    textOnly.emplace(argc, argv);
  } else {
    gui.emplace(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("io.copydesk.Copydesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.copydesk.Copydesk.png")));
  }
  nameApplication();
  QCoreApplication& app = textOnly ? *textOnly : static_cast<QCoreApplication&>(*gui);

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
  const QCommandLineOption screenshotDialog(QStringLiteral("screenshot-dialog"), QStringLiteral("With --screenshot: trigger the action of this object name and save the dialog it opens instead of the window: ACTION[:TAB[:BUTTON]], TAB a tab index to show, BUTTON the object name of a button to press."), QStringLiteral("action"));
  const QCommandLineOption recover(QStringLiteral("recover"), QStringLiteral("Restore, without asking, the unsaved copy a studio that ended without saving (a crash, kill -9) left behind."));
  const QCommandLineOption listUnsaved(QStringLiteral("list-unsaved"), QStringLiteral("Print the unsaved copy the next start would offer back, then quit."));
  parser.addOptions({db, palette, lang, screenshot, screenshotDialog, firstPaint, noProbe, noSeed, freshLayout, page});
  parser.addOptions({recover, listUnsaved});
  parser.process(app);  // --help and --version print and exit here
  if (!gui) return 0;   // not reached: asksForHelpOrVersion saw one of them

  ui::StudioSettings settings;
  ui::installTranslations(app, parser.isSet(lang) ? parser.value(lang) : settings.language(),
                          ui::defaultTranslationFolders());
  ui::applyPalette(parser.isSet(palette) ? ui::paletteModeFromString(parser.value(palette)) : settings.paletteMode());

  ui::MainWindowOptions options;
  // --db, else COPYDESK_DB, else Preferences → Team store, else this desk's own file.
  options.database = ui::chosenStoreSource(parser.isSet(db) ? parser.value(db) : QString(), settings);
  options.seedOnOpen = !parser.isSet(noSeed);
  options.probeProvider = !parser.isSet(noProbe) && !parser.isSet(firstPaint);
  options.restoreLayout = !parser.isSet(freshLayout) && !parser.isSet(screenshot) && !parser.isSet(firstPaint);
  if (parser.isSet(listUnsaved)) return ui::printUnsavedCopyLeft(options.database);
  options.unsavedAtStart = parser.isSet(recover) ? ui::UnsavedAtStart::RestoreAll
                           : parser.isSet(screenshot) || parser.isSet(firstPaint) ? ui::UnsavedAtStart::Keep
                                                                                   : ui::UnsavedAtStart::Ask;
  std::unique_ptr<ui::MainWindow> window;
  // Preferences → Team store → Switch: the studio reopens on the chosen store, once the dialog that
  // asked has returned and the window has closed (it asks about unsaved edits first).
  std::function<void(const std::filesystem::path&)> openStudio = [&](const std::filesystem::path& source) {
    options.database = source;
    window = std::make_unique<ui::MainWindow>(options);
    // A database that cannot be used was explained in a dialog; once it is closed, so is the studio.
    QObject::connect(window.get(), &ui::MainWindow::storeUnusable, window.get(), [] { QCoreApplication::exit(1); });
    QObject::connect(window.get(), &ui::MainWindow::storeSwitchRequested, window.get(),
                     [&](const std::filesystem::path& next) {
                       QTimer::singleShot(0, &app, [&, next] {
                         QGuiApplication::setQuitOnLastWindowClosed(false);
                         const bool closed = window->close();
                         QGuiApplication::setQuitOnLastWindowClosed(true);
                         if (!closed) return;  // edits kept: the new store opens at the next start
                         options.unsavedAtStart = ui::UnsavedAtStart::Ask;
                         window.reset();
                         openStudio(next);
                         window->show();
                       });
                     });
  };
  auto startStudio = [&](const std::filesystem::path& source) {
    openStudio(source);
    ui::MainWindow* shown = window.get();  // the first window: captured by value below
    if (parser.isSet(page) && !shown->showPage(parser.value(page))) {
      std::fprintf(stderr, "copydesk: no page named '%s' (write, prompt, review, audit, history)\n", qPrintable(parser.value(page)));
      QTimer::singleShot(0, &app, [] { QCoreApplication::exit(2); });
      return;
    }
    shown->show();

    if (parser.isSet(firstPaint)) {
      QObject::connect(shown, &ui::MainWindow::firstRowsShown, shown, [&, shown] {
        ui::whenPainted(*shown, [&] {
          std::printf("first-rows-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
          std::fflush(stdout);
          QApplication::quit();
        });
      });
    }
    if (parser.isSet(screenshot)) {
      QObject::connect(shown, &ui::MainWindow::firstRowsShown, shown, [&, shown, file = parser.value(screenshot)] {
        shown->productsPane()->view()->selectRow(0);
        // The Write page is shown at work: its first stored variant opened in the copy editor.
        QTimer::singleShot(700, shown, [shown] {
          if (!shown->generationPane()->columns().isEmpty()) shown->generationPane()->useVariant(0);
        });
        if (!parser.isSet(screenshotDialog)) return ui::captureWindowLater(*shown, file, 1500);
        const QStringList target = parser.value(screenshotDialog).split(QLatin1Char(':'));
        const int tab = target.value(1).isEmpty() ? -1 : target.value(1).toInt();
        ui::captureDialogLater(*shown, target.value(0), tab, target.value(2), file, 3000);
      });
    }
  };
  // A team store's password from the keychain, put into the connection string in memory only.
  ui::KeyVault vault;
  ui::withKeychainPassword(vault, options.database, &vault, startStudio);
  return QApplication::exec();
}
