#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace copydesk::ui {

// How the studio looks: follow the desktop, or force a light or dark palette.
enum class PaletteMode { System, Light, Dark };
PaletteMode paletteModeFromString(const QString& text);  // "system", "light", "dark"; else System
QString toString(PaletteMode mode);

// Where a provider profile's API key lives. The key itself never goes to the store or QSettings.
enum class KeySource {
  Environment,    // the profile's apiKeyEnv variable, set outside the studio
  Keychain,       // the OS keychain (QtKeychain); loaded into the studio's own environment at start
  PlainTextFile,  // only when the user opted in: a 0600 file next to the settings
};
KeySource keySourceFromString(const QString& text);  // "environment", "keychain", "file"; else Environment
QString toString(KeySource source);

// The studio's own preferences (not the store's data): language, palette, window layout,
// the dismissed provider guide. Kept with QSettings under "Copydesk/Copydesk".
class StudioSettings final {
 public:
  StudioSettings();

  QString language() const;  // "" = the system's locale, else "en" or "zh_CN"
  void setLanguage(const QString& language);
  PaletteMode paletteMode() const;
  void setPaletteMode(PaletteMode mode);
  bool providerGuideDismissed() const;
  void setProviderGuideDismissed(bool dismissed);
  QByteArray windowGeometry() const;
  QByteArray windowState() const;
  void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

  // Generation defaults (the Settings dialog): profile name, model ("" = the profile's default),
  // temperature and the most output tokens a call may use.
  QString defaultProfile() const;  // "" = the built-in default (Ollama, local)
  void setDefaultProfile(const QString& name);
  QString defaultModel() const;
  void setDefaultModel(const QString& model);
  double defaultTemperature() const;  // 0.7 unless set
  void setDefaultTemperature(double temperature);
  int defaultMaxTokens() const;  // 1024 unless set
  void setDefaultMaxTokens(int tokens);
  KeySource keySource(const QString& profile) const;
  void setKeySource(const QString& profile, KeySource source);

  // The store this desk opens when neither --db nor COPYDESK_DB names one (Preferences → Team
  // store): a PostgreSQL URI or conninfo without a password; "" = this desk's own SQLite file.
  QString storeSource() const;
  void setStoreSource(const QString& source);

  QString fileName() const { return m_settings.fileName(); }

 private:
  mutable QSettings m_settings;
};

}  // namespace copydesk::ui
