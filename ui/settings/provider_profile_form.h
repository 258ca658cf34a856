#pragma once

#include <QWidget>

#include "core/llm/provider_profile.h"
#include "ui/studio_settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace copydesk::ui {

// The fields of one provider profile, and where its key lives. The key typed here is handed to the
// dialog to store in the keychain (or, when the user opted in, a plain-text file); the profile
// itself only ever holds the name of the environment variable.
class ProviderProfileForm final : public QWidget {
  Q_OBJECT

 public:
  explicit ProviderProfileForm(QWidget* parent = nullptr);

  void setProfile(const llm::ProviderProfile& profile, KeySource source);
  llm::ProviderProfile profile() const;  // as edited
  KeySource keySource() const;
  QString enteredKey() const;            // "" = keep whatever is stored
  void clearEnteredKey();
  void setModels(const QStringList& models);  // fetched from the server; keeps the chosen default if listed

  // Whether a keychain answers here; without one the keychain choice is disabled and the form
  // says why and points to an environment variable.
  void setKeychainAvailability(bool known, bool available, const QString& problem);
  QString keychainNote() const;

  QLineEdit* nameEdit() const { return m_name; }
  QLineEdit* baseUrlEdit() const { return m_baseUrl; }
  QLineEdit* keyEnvEdit() const { return m_keyEnv; }
  QLineEdit* keyEdit() const { return m_key; }
  QComboBox* keySourceBox() const { return m_keySource; }
  QComboBox* defaultModelBox() const { return m_defaultModel; }
  QCheckBox* plainTextOptIn() const { return m_plainTextOptIn; }
  QCheckBox* insecureHttpBox() const { return m_insecureHttp; }

 signals:
  void changed();

 private:
  void updateKeyFields();

  QLineEdit* m_name;
  QComboBox* m_kind;
  QLineEdit* m_baseUrl;
  QLineEdit* m_models;
  QComboBox* m_defaultModel;
  QLineEdit* m_apiVersion;
  QComboBox* m_keySource;
  QLineEdit* m_keyEnv;
  QLineEdit* m_key;
  QCheckBox* m_plainTextOptIn;
  QLabel* m_keychainNote;
  QPlainTextEdit* m_headers;
  QLineEdit* m_proxy;
  QCheckBox* m_insecureHttp;
  QSpinBox* m_connectTimeout;
  QSpinBox* m_idleTimeout;
  QSpinBox* m_totalTimeout;
  QDoubleSpinBox* m_inputPrice;
  QDoubleSpinBox* m_outputPrice;
  QSpinBox* m_rpm;
  QSpinBox* m_tpm;
  QSpinBox* m_concurrency;
  bool m_keychainKnown = false;
  bool m_keychainAvailable = false;
  llm::ProviderProfile m_loaded;  // fields the form does not show (CA bundle) survive an edit
};

}  // namespace copydesk::ui
