#include "ui/studio_settings.h"

namespace copydesk::ui {
namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kPalette = QStringLiteral("ui/palette");
const QString kGuide = QStringLiteral("ui/providerGuideDismissed");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kDefaultProfile = QStringLiteral("generation/profile");
const QString kDefaultModel = QStringLiteral("generation/model");
const QString kTemperature = QStringLiteral("generation/temperature");
const QString kMaxTokens = QStringLiteral("generation/maxTokens");
const QString kStoreSource = QStringLiteral("store/source");

QString keySourceKey(const QString& profile) {
  // QSettings keys treat '/' as a group separator; a profile name may contain one.
  return QStringLiteral("keySources/") + QString::fromLatin1(profile.toUtf8().toHex());
}

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

KeySource keySourceFromString(const QString& text) {
  if (text == QLatin1String("keychain")) return KeySource::Keychain;
  if (text == QLatin1String("file")) return KeySource::PlainTextFile;
  return KeySource::Environment;
}

QString toString(KeySource source) {
  switch (source) {
    case KeySource::Keychain: return QStringLiteral("keychain");
    case KeySource::PlainTextFile: return QStringLiteral("file");
    case KeySource::Environment: break;
  }
  return QStringLiteral("environment");
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

QString StudioSettings::defaultProfile() const { return m_settings.value(kDefaultProfile).toString(); }
void StudioSettings::setDefaultProfile(const QString& name) { m_settings.setValue(kDefaultProfile, name); }
QString StudioSettings::defaultModel() const { return m_settings.value(kDefaultModel).toString(); }
void StudioSettings::setDefaultModel(const QString& model) { m_settings.setValue(kDefaultModel, model); }
double StudioSettings::defaultTemperature() const { return m_settings.value(kTemperature, 0.7).toDouble(); }
void StudioSettings::setDefaultTemperature(double temperature) { m_settings.setValue(kTemperature, temperature); }
int StudioSettings::defaultMaxTokens() const { return m_settings.value(kMaxTokens, 1024).toInt(); }
void StudioSettings::setDefaultMaxTokens(int tokens) { m_settings.setValue(kMaxTokens, tokens); }

KeySource StudioSettings::keySource(const QString& profile) const {
  return keySourceFromString(m_settings.value(keySourceKey(profile)).toString());
}
void StudioSettings::setKeySource(const QString& profile, KeySource source) {
  m_settings.setValue(keySourceKey(profile), toString(source));
}

QString StudioSettings::storeSource() const { return m_settings.value(kStoreSource).toString(); }
void StudioSettings::setStoreSource(const QString& source) {
  if (source.isEmpty()) {
    m_settings.remove(kStoreSource);
  } else {
    m_settings.setValue(kStoreSource, source);
  }
}

}  // namespace copydesk::ui
