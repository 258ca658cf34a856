#pragma once

#include <QObject>
#include <QString>

#include <filesystem>
#include <functional>
#include <string>

namespace copydesk::ui {

class KeyVault;
class StudioSettings;

// Which store the studio opens: --db, else COPYDESK_DB, else the team store chosen in Preferences →
// Team store, else this desk's own SQLite file (defaultDatabasePath). commandLine: --db's value or "".
std::filesystem::path chosenStoreSource(const QString& commandLine, const StudioSettings& settings);

// The keychain entry of a team store's password: named after the source as it may be shown
// ("team store postgresql://anna@db/copydesk"), so one desk may keep several.
QString teamStoreKeyName(const std::string& source);

// A team store's source with the password the keychain keeps for it, built in memory for libpq
// (never written to settings or the environment). A SQLite path, a source with a password of its
// own, no keychain or no entry: the source as it is (libpq then reads ~/.pgpass or PGPASSWORD).
// done runs on the GUI thread, at once or when the keychain has answered, unless context is gone.
void withKeychainPassword(KeyVault& vault, const std::filesystem::path& source, QObject* context,
                          std::function<void(std::filesystem::path)> done);

}  // namespace copydesk::ui
