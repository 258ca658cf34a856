#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace copydesk::ui {

// How the studio looks: follow the desktop, or force a light or dark palette.
enum class PaletteMode { System, Light, Dark };
PaletteMode paletteModeFromString(const QString& text);  // "system", "light", "dark"; else System
QString toString(PaletteMode mode);

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

 private:
  mutable QSettings m_settings;
};

}  // namespace copydesk::ui
