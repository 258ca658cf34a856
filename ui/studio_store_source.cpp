#include "ui/studio_store_source.h"

#include <QPointer>

#include <memory>

#include "core/common/paths.h"
#include "core/store/postgres/source_password.h"
#include "core/store/store_source.h"
#include "ui/settings/key_vault.h"
#include "ui/studio_settings.h"

namespace copydesk::ui {

std::filesystem::path chosenStoreSource(const QString& commandLine, const StudioSettings& settings) {
  if (!commandLine.isEmpty()) return commandLine.toStdString();
  if (!qEnvironmentVariableIsEmpty("COPYDESK_DB")) return defaultDatabasePath();
  const QString chosen = settings.storeSource();
  return chosen.isEmpty() ? defaultDatabasePath() : std::filesystem::path(chosen.toStdString());
}

QString teamStoreKeyName(const std::string& source) {
  return QStringLiteral("team store ") + QString::fromStdString(redactedSource(pg::withoutPassword(source)));
}

void withKeychainPassword(KeyVault& vault, const std::filesystem::path& source, QObject* context,
                          std::function<void(std::filesystem::path)> done) {
  const std::string text = source.native();
  if (!isPostgresSource(text) || !pg::passwordIn(text).empty()) return done(source);
  QPointer<QObject> guard(context);
  const QString name = teamStoreKeyName(text);
  auto load = [&vault, guard, name, source, done] {
    if (!guard) return;
    if (!vault.isAvailable()) return done(source);
    // Other entries (the providers' keys) may be answered first: only this one ends the wait.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        &vault, &KeyVault::loaded, guard.data(),
        [connection, name, source, done](const QString& entry, const QString& password, const QString&) {
          if (entry != name) return;
          QObject::disconnect(*connection);
          auto filled = password.isEmpty() ? Result<std::string>(source.native())
                                           : pg::withPassword(source.native(), password.toStdString());
          done(filled ? std::filesystem::path(*filled) : source);
        });
    vault.load(name);
  };
  if (vault.isKnown()) return load();
  QObject::connect(&vault, &KeyVault::probed, context, load, Qt::SingleShotConnection);
  vault.probe();
}

}  // namespace copydesk::ui
