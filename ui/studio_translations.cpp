#include "ui/studio_translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace copydesk::ui {

QStringList defaultTranslationFolders() {
  const QString appDir = QCoreApplication::applicationDirPath();
  return {QStringLiteral(":/i18n"), QDir(appDir).filePath(QStringLiteral("../share/copydesk/translations"))};
}

QString installTranslations(QCoreApplication& app, const QString& language, const QStringList& folders) {
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  // QLocale() then names the language the UI speaks, for text that comes in two languages from
  // the data (the checks' explanations): English unless a translation is loaded below.
  QLocale::setDefault(QLocale(QLocale::English, locale.territory()));
  // The source strings are English: no translator is needed (nor wanted) for an English locale.
  if (locale.language() == QLocale::English || locale.language() == QLocale::C) return {};
  for (const QString& folder : folders) {
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("copydesk"), QStringLiteral("_"), folder)) {
      app.installTranslator(translator);
      auto* qt = new QTranslator(&app);
      if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
      } else {
        delete qt;
      }
      QLocale::setDefault(locale);
      return translator->language();
    }
    delete translator;
  }
  return {};
}

}  // namespace copydesk::ui
