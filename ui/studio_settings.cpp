#include "ui/studio_settings.h"

namespace copydesk::ui {
namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kPalette = QStringLiteral("ui/palette");
const QString kGuide = QStringLiteral("ui/providerGuideDismissed");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

}  // namespace

PaletteMode paletteModeFromString(const QString& text) {
  if (text == QLatin1String("light")) return PaletteMode::Light;
  if (text == QLatin1String("dark")) return PaletteMode::Dark;
  return PaletteMode::System;
}

QString toString(PaletteMode mode) {
  switch (mode) {
    case PaletteMode::Light: return QStringLiteral("light");
    case PaletteMode::Dark: return QStringLiteral("dark");
    case PaletteMode::System: break;
  }
  return QStringLiteral("system");
}

StudioSettings::StudioSettings() : m_settings(QStringLiteral("Copydesk"), QStringLiteral("Copydesk")) {}

QString StudioSettings::language() const { return m_settings.value(kLanguage).toString(); }
void StudioSettings::setLanguage(const QString& language) { m_settings.setValue(kLanguage, language); }

PaletteMode StudioSettings::paletteMode() const {
  return paletteModeFromString(m_settings.value(kPalette).toString());
}
void StudioSettings::setPaletteMode(PaletteMode mode) { m_settings.setValue(kPalette, toString(mode)); }

bool StudioSettings::providerGuideDismissed() const { return m_settings.value(kGuide, false).toBool(); }
void StudioSettings::setProviderGuideDismissed(bool dismissed) { m_settings.setValue(kGuide, dismissed); }

QByteArray StudioSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
QByteArray StudioSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void StudioSettings::setWindowLayout(const QByteArray& geometry, const QByteArray& state) {
  m_settings.setValue(kGeometry, geometry);
  m_settings.setValue(kState, state);
  m_settings.sync();
}

}  // namespace copydesk::ui
