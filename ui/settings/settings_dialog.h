#pragma once

#include <QDialog>

#include <set>
#include <string>
#include <vector>

#include "core/llm/provider_profile.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace copydesk::llm {
class LlmClient;
}

namespace copydesk::ui {

class ChecksSettingsPage;
class GlossaryEditor;
class KeyVault;
class ProviderCheck;
class ProviderProfileForm;
class RuleBookHolder;
class StoreThread;
class StudioSettings;
class TeamStorePage;

// Settings → Preferences: provider profiles (built-in and the user's: add, edit, remove, test the
// connection, fetch the models; keys in the OS keychain), the generation defaults, the UI language
// and the reviewer name; with a rule book, the checks' rule files and the glossary. Profiles are
// saved at once with "Save profile"; the other pages on OK.
class SettingsDialog final : public QDialog {
  Q_OBJECT

 public:
  // client: the studio's LLM client, which Test connection and Fetch models use.
  SettingsDialog(StoreThread& store, StudioSettings& settings, KeyVault& vault, llm::LlmClient& client,
                 QWidget* parent = nullptr);

  // Adds the Checks and Glossary tabs over the studio's rule book (the main window does).
  void addChecksPages(RuleBookHolder& rules);

  void selectProfile(const QString& name);
  QString statusText() const;
  QStringList profileNames() const;  // as listed

  QTabWidget* tabs() const { return m_tabs; }
  QListWidget* profileList() const { return m_list; }
  ProviderProfileForm* form() const { return m_form; }
  QPushButton* addButton() const { return m_add; }
  QPushButton* removeButton() const { return m_remove; }
  QPushButton* saveProfileButton() const { return m_saveProfile; }
  QPushButton* testButton() const { return m_test; }
  QPushButton* fetchButton() const { return m_fetch; }
  QComboBox* languageBox() const { return m_language; }
  QLineEdit* reviewerEdit() const { return m_reviewer; }
  QComboBox* defaultProfileBox() const { return m_defaultProfile; }
  QComboBox* defaultModelBox() const { return m_defaultModel; }
  QDoubleSpinBox* temperatureSpin() const { return m_temperature; }
  QSpinBox* maxTokensSpin() const { return m_maxTokens; }
  ChecksSettingsPage* checksPage() const { return m_checksPage; }
  GlossaryEditor* glossaryEditor() const { return m_glossary; }
  TeamStorePage* teamStorePage() const { return m_teamStore; }  // this desk's store or a team store

 public slots:
  void accept() override;  // saves the generation defaults, language, reviewer name and glossary

 signals:
  void profilesLoaded();
  void profileSaved(const QString& name);
  void profileRemoved(const QString& name);
  void checkFinished(bool ok);
  void settingsSaved();  // defaults, language, reviewer name

 private:
  QWidget* makeProvidersPage();
  QWidget* makeGenerationPage();
  QWidget* makeGeneralPage();
  void reloadProfiles(const QString& select);
  void showProfile(int row);
  void addProfile();
  void saveProfile();
  void removeProfile();
  void checkConnection(bool fillModels);
  void storeKey(const llm::ProviderProfile& profile, const QString& key);
  void fillDefaultModels();
  void setStatus(const QString& text);

  StoreThread& m_store;
  StudioSettings& m_settings;
  KeyVault& m_vault;
  ProviderCheck* m_check;
  std::vector<llm::ProviderProfile> m_profiles;  // as listed
  std::set<std::string> m_stored;                // names saved by the user (the rest are built-in)
  bool m_fillModels = false;
  QTabWidget* m_tabs;
  QListWidget* m_list = nullptr;
  ProviderProfileForm* m_form = nullptr;
  QPushButton* m_add = nullptr;
  QPushButton* m_remove = nullptr;
  QPushButton* m_saveProfile = nullptr;
  QPushButton* m_test = nullptr;
  QPushButton* m_fetch = nullptr;
  QLabel* m_status = nullptr;
  QComboBox* m_defaultProfile = nullptr;
  QComboBox* m_defaultModel = nullptr;
  QDoubleSpinBox* m_temperature = nullptr;
  QSpinBox* m_maxTokens = nullptr;
  QComboBox* m_language = nullptr;
  QLineEdit* m_reviewer = nullptr;
  RuleBookHolder* m_rules = nullptr;
  ChecksSettingsPage* m_checksPage = nullptr;
  GlossaryEditor* m_glossary = nullptr;
  TeamStorePage* m_teamStore = nullptr;
};

}  // namespace copydesk::ui
