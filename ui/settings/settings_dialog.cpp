#include "ui/settings/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/llm/builtin_profiles.h"
#include "core/llm/effective_profiles.h"
#include "core/llm/provider_profile_store.h"
#include "core/checks/rule_book.h"
#include "core/review/reviewer_name.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/settings/checks_settings_page.h"
#include "ui/settings/glossary_editor.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/provider_check.h"
#include "ui/settings/provider_profile_form.h"
#include "ui/settings/team_store_page.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

struct ProfilesSnapshot {
  std::vector<llm::ProviderProfile> all;
  std::set<std::string> stored;
  std::string reviewer;
};

Result<ProfilesSnapshot> readProfiles(Database& db) {
  llm::ProviderProfileStore store(db);
  ProfilesSnapshot snapshot;
  auto all = llm::effectiveProfiles(db);
  if (!all) return all.error();
  auto stored = store.list();
  if (!stored) return stored.error();
  auto reviewer = storedReviewerName(db);
  if (!reviewer) return reviewer.error();
  snapshot.all = std::move(all->all);
  for (const auto& profile : *stored) snapshot.stored.insert(profile.name);
  snapshot.reviewer = std::move(*reviewer);
  return snapshot;
}

// A profile whose key is in the keychain or the file still names a variable: it says the profile
// needs a key (the client refuses to go without one) and where one may be given from outside the
// studio. One is made from the profile's name.
std::string keyVariableFor(const std::string& profileName) {
  std::string name = "COPYDESK_KEY_";
  for (unsigned char c : profileName) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    else if (name.back() != '_')
      name += '_';
  }
  return name;
}

}  // namespace

SettingsDialog::SettingsDialog(StoreThread& store, StudioSettings& settings, KeyVault& vault, llm::LlmClient& client,
                               QWidget* parent)
    : QDialog(parent), m_store(store), m_settings(settings), m_vault(vault), m_check(new ProviderCheck(client, this)) {
  setObjectName(QStringLiteral("settingsDialog"));
  setWindowTitle(tr("Preferences"));
  m_tabs = new QTabWidget(this);
  m_tabs->addTab(makeProvidersPage(), tr("&Providers"));
  m_tabs->addTab(makeGenerationPage(), tr("&Generation"));
  m_tabs->addTab(makeGeneralPage(), tr("G&eneral"));
  m_teamStore = new TeamStorePage(settings, vault, store.databasePath(), this);
  m_tabs->addTab(m_teamStore, tr("Team &store"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_tabs, 1);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

  connect(m_check, &ProviderCheck::succeeded, this, [this](const QStringList& models, int ms) {
    m_test->setEnabled(true);
    m_fetch->setEnabled(true);
    QStringList shown = models.mid(0, 6);
    if (models.size() > shown.size()) shown << QStringLiteral("…");
    setStatus(tr("Connected in %1 ms. Models (%2): %3").arg(ms).arg(models.size()).arg(shown.join(QStringLiteral(", "))));
    if (m_fillModels) m_form->setModels(models);
    emit checkFinished(true);
  });
  connect(m_check, &ProviderCheck::failed, this, [this](const QString& message) {
    m_test->setEnabled(true);
    m_fetch->setEnabled(true);
    setStatus(tr("Connection failed: %1").arg(message));
    emit checkFinished(false);
  });
  auto showKeychain = [this] { m_form->setKeychainAvailability(m_vault.isKnown(), m_vault.isAvailable(), m_vault.problem()); };
  connect(&m_vault, &KeyVault::probed, this, showKeychain);
  showKeychain();
  if (!m_vault.isKnown()) m_vault.probe();
  resize(1000, 700);
  reloadProfiles(m_settings.defaultProfile());
}

QWidget* SettingsDialog::makeProvidersPage() {
  auto* page = new QWidget(this);
  m_list = new QListWidget(page);
  m_list->setObjectName(QStringLiteral("profileList"));
  m_add = new QPushButton(tr("&Add"), page);
  m_remove = new QPushButton(tr("&Remove"), page);
  auto* listButtons = new QHBoxLayout;
  listButtons->addWidget(m_add);
  listButtons->addWidget(m_remove);
  auto* left = new QWidget(page);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(m_list, 1);
  leftLayout->addLayout(listButtons);

  m_form = new ProviderProfileForm(page);
  auto* scroll = new QScrollArea(page);
  scroll->setWidget(m_form);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_test = new QPushButton(tr("&Test connection"), page);
  m_fetch = new QPushButton(tr("&Fetch models"), page);
  m_saveProfile = new QPushButton(tr("&Save profile"), page);
  m_status = new QLabel(page);
  m_status->setObjectName(QStringLiteral("profileStatus"));
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* formButtons = new QHBoxLayout;
  formButtons->addWidget(m_test);
  formButtons->addWidget(m_fetch);
  formButtons->addStretch(1);
  formButtons->addWidget(m_saveProfile);
  auto* right = new QWidget(page);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(scroll, 1);
  rightLayout->addWidget(m_status);
  rightLayout->addLayout(formButtons);

  auto* splitter = new QSplitter(page);
  splitter->addWidget(left);
  splitter->addWidget(right);
  splitter->setStretchFactor(1, 3);
  auto* layout = new QVBoxLayout(page);
  layout->addWidget(splitter);

  connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showProfile);
  connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
  connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
  connect(m_saveProfile, &QPushButton::clicked, this, &SettingsDialog::saveProfile);
  connect(m_test, &QPushButton::clicked, this, [this] { checkConnection(false); });
  connect(m_fetch, &QPushButton::clicked, this, [this] { checkConnection(true); });
  return page;
}

QWidget* SettingsDialog::makeGenerationPage() {
  auto* page = new QWidget(this);
  m_defaultProfile = new QComboBox(page);
  m_defaultModel = new QComboBox(page);
  m_defaultModel->setEditable(true);
  m_temperature = new QDoubleSpinBox(page);
  m_temperature->setRange(0, 2);
  m_temperature->setSingleStep(0.1);
  m_temperature->setDecimals(2);
  m_temperature->setValue(m_settings.defaultTemperature());
  m_maxTokens = new QSpinBox(page);
  m_maxTokens->setRange(1, 1000000);
  m_maxTokens->setValue(m_settings.defaultMaxTokens());
  auto* form = new QFormLayout(page);
  form->addRow(tr("Default &profile:"), m_defaultProfile);
  form->addRow(tr("Default &model:"), m_defaultModel);
  form->addRow(tr("&Temperature:"), m_temperature);
  form->addRow(tr("Max &output tokens:"), m_maxTokens);
  auto* note = new QLabel(tr("Used for new generations and for the cost estimate under the rendered prompt."), page);
  note->setWordWrap(true);
  form->addRow(note);
  connect(m_defaultProfile, &QComboBox::currentIndexChanged, this, &SettingsDialog::fillDefaultModels);
  return page;
}

QWidget* SettingsDialog::makeGeneralPage() {
  auto* page = new QWidget(this);
  m_language = new QComboBox(page);
  m_language->addItem(tr("System default"), QString());
  m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
  m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
  m_reviewer = new QLineEdit(page);
  m_reviewer->setPlaceholderText(tr("your login name is used when empty"));
  auto* form = new QFormLayout(page);
  form->addRow(tr("&Language:"), m_language);
  form->addRow(tr("&Reviewer name:"), m_reviewer);
  auto* note = new QLabel(tr("The reviewer name is recorded with every approval, rejection and export, by the "
                             "studio and by copydesk-cli on this database. A new language applies from the next start."),
                          page);
  note->setWordWrap(true);
  form->addRow(note);
  return page;
}

void SettingsDialog::addChecksPages(RuleBookHolder& rules) {
  if (m_rules) return;
  m_rules = &rules;
  m_checksPage = new ChecksSettingsPage(rules, this);
  m_tabs->addTab(m_checksPage, tr("&Checks"));
  m_glossary = new GlossaryEditor(userRulesDir() / "glossary.toml", this);
  m_tabs->addTab(m_glossary, tr("Gl&ossary"));
  connect(&rules, &RuleBookHolder::changed, m_glossary, &GlossaryEditor::reloadUnlessModified);
}

void SettingsDialog::reloadProfiles(const QString& select) {
  m_store.run(this, readProfiles, [this, select](Result<ProfilesSnapshot> snapshot) {
    if (!snapshot) {
      setStatus(ErrorText::describe(snapshot.error()));
      return;
    }
    m_profiles = std::move(snapshot->all);
    m_stored = std::move(snapshot->stored);
    if (m_reviewer->text().isEmpty()) m_reviewer->setText(qs(snapshot->reviewer));
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& profile : m_profiles) {
      const bool builtIn = llm::builtInProfile(profile.name).has_value();
      const bool stored = m_stored.count(profile.name) > 0;
      QString label = qs(profile.name);
      if (builtIn) label += stored ? tr(" (built-in, changed)") : tr(" (built-in)");
      m_list->addItem(label);
    }
    const QString defaultProfile = m_settings.defaultProfile();
    {
      const QSignalBlocker blockDefault(m_defaultProfile);
      m_defaultProfile->clear();
      for (const auto& profile : m_profiles) m_defaultProfile->addItem(qs(profile.name));
      const QString current = defaultProfile.isEmpty() ? qs(llm::defaultProfile().name) : defaultProfile;
      m_defaultProfile->setCurrentIndex(std::max(0, m_defaultProfile->findText(current)));
    }
    fillDefaultModels();
    const QStringList names = profileNames();
    m_list->setCurrentRow(std::max(0, static_cast<int>(names.indexOf(select))));
    showProfile(m_list->currentRow());
    emit profilesLoaded();
  });
}

QStringList SettingsDialog::profileNames() const {
  QStringList names;
  for (const auto& profile : m_profiles) names << qs(profile.name);
  return names;
}

void SettingsDialog::selectProfile(const QString& name) {
  const auto row = profileNames().indexOf(name);
  if (row >= 0) m_list->setCurrentRow(static_cast<int>(row));
}

void SettingsDialog::showProfile(int row) {
  if (row < 0 || row >= static_cast<int>(m_profiles.size())) return;
  const auto& profile = m_profiles[static_cast<std::size_t>(row)];
  m_form->setProfile(profile, m_settings.keySource(qs(profile.name)));
  const bool builtIn = llm::builtInProfile(profile.name).has_value();
  const bool stored = m_stored.count(profile.name) > 0;
  m_remove->setEnabled(stored);
  m_remove->setText(builtIn ? tr("&Reset to built-in") : tr("&Remove"));
  setStatus(QString());
}

void SettingsDialog::addProfile() {
  llm::ProviderProfile profile;
  profile.name = tr("New profile").toStdString();
  profile.baseUrl = "http://localhost:8000/v1";
  m_list->addItem(qs(profile.name));
  m_profiles.push_back(profile);
  const QSignalBlocker block(m_list);
  m_list->setCurrentRow(m_list->count() - 1);
  m_form->setProfile(profile, KeySource::Environment);
  m_remove->setEnabled(false);
  m_form->nameEdit()->setFocus();
  m_form->nameEdit()->selectAll();
  setStatus(tr("Fill in the new profile, then Save profile."));
}

void SettingsDialog::saveProfile() {
  llm::ProviderProfile profile = m_form->profile();
  if (profile.name.empty() || profile.baseUrl.empty()) {
    setStatus(tr("A profile needs a name and a base URL."));
    return;
  }
  const KeySource source = m_form->keySource();
  const QString key = m_form->enteredKey();
  if (source != KeySource::Environment && profile.apiKeyEnv.empty()) profile.apiKeyEnv = keyVariableFor(profile.name);
  m_store.run(
      this, [profile](Database& db) { return llm::ProviderProfileStore(db).save(profile); },
      [this, profile, source, key](Status saved) {
        if (!saved) {
          setStatus(tr("Not saved: %1").arg(ErrorText::describe(saved.error())));
          return;
        }
        const QString name = qs(profile.name);
        m_settings.setKeySource(name, source);
        if (source != KeySource::PlainTextFile) KeyVault::removeFromPlainTextFile(name);
        if (source == KeySource::Environment) m_vault.forget(name);  // the variable is the key now
        if (!key.isEmpty() && source != KeySource::Environment) storeKey(profile, key);
        m_form->clearEnteredKey();
        setStatus(tr("Saved profile %1.").arg(name));
        reloadProfiles(name);
        emit profileSaved(name);
      });
}

void SettingsDialog::storeKey(const llm::ProviderProfile& profile, const QString& key) {
  const QString name = qs(profile.name);
  m_vault.remember(name, key);  // usable right away, not only after a restart
  if (m_settings.keySource(name) == KeySource::PlainTextFile) {
    QString error;
    if (!KeyVault::storeInPlainTextFile(name, key, &error)) setStatus(tr("The key was not written: %1").arg(error));
    return;
  }
  connect(&m_vault, &KeyVault::stored, this, [this, name](const QString& profile, bool ok, const QString& error) {
    if (profile != name) return;
    setStatus(ok ? tr("Saved profile %1; its key is in the keychain.").arg(name)
                 : tr("Saved profile %1, but the keychain did not take the key: %2").arg(name, error));
  }, Qt::SingleShotConnection);
  m_vault.store(name, key);
}

void SettingsDialog::removeProfile() {
  const int row = m_list->currentRow();
  if (row < 0 || row >= static_cast<int>(m_profiles.size())) return;
  const std::string name = m_profiles[static_cast<std::size_t>(row)].name;
  if (!m_stored.count(name)) return;
  const auto answer = QMessageBox::question(this, tr("Remove profile"),
                                            tr("Remove the profile %1 and its stored key?").arg(qs(name)));
  if (answer != QMessageBox::Yes) return;
  m_store.run(this, [name](Database& db) { return llm::ProviderProfileStore(db).remove(name); },
              [this, name](Result<bool> removed) {
                if (!removed) {
                  setStatus(ErrorText::describe(removed.error()));
                  return;
                }
                const QString profile = qs(name);
                if (m_settings.keySource(profile) == KeySource::Keychain) m_vault.remove(profile);
                KeyVault::removeFromPlainTextFile(profile);
                m_vault.forget(profile);
                m_settings.setKeySource(profile, KeySource::Environment);
                reloadProfiles(profile);
                emit profileRemoved(profile);
              });
}

void SettingsDialog::checkConnection(bool fillModels) {
  if (m_check->isRunning()) return;
  const llm::ProviderProfile profile = m_form->profile();
  // A key typed but not saved yet is tried instead of the stored one, for this check only.
  const QString typed = m_form->enteredKey();
  m_fillModels = fillModels;
  m_test->setEnabled(false);
  m_fetch->setEnabled(false);
  setStatus(tr("Asking %1 for its models…").arg(qs(profile.baseUrl)));
  m_check->start(profile, typed.isEmpty() ? std::nullopt : std::optional(typed.toStdString()));
}

void SettingsDialog::fillDefaultModels() {
  const QString chosen = m_defaultModel->currentText().isEmpty() ? m_settings.defaultModel() : m_defaultModel->currentText();
  m_defaultModel->clear();
  m_defaultModel->addItem(QString());  // "" = the profile's own default
  const int row = m_defaultProfile->currentIndex();
  if (row >= 0 && row < static_cast<int>(m_profiles.size())) {
    for (const auto& model : m_profiles[static_cast<std::size_t>(row)].models) m_defaultModel->addItem(qs(model));
  }
  m_defaultModel->setCurrentText(chosen);
}

void SettingsDialog::accept() {
  if (m_glossary && m_glossary->isModified()) {
    const Status saved = m_glossary->save();
    if (!saved) {
      m_tabs->setCurrentWidget(m_glossary);
      QMessageBox::warning(this, tr("Glossary not saved"),
                           tr("The glossary could not be saved: %1").arg(ErrorText::describe(saved.error())));
      return;  // stays open, nothing lost
    }
    m_rules->reload();  // the checks use the new glossary at once
  }
  m_settings.setDefaultProfile(m_defaultProfile->currentText());
  m_settings.setDefaultModel(m_defaultModel->currentText().trimmed());
  m_settings.setDefaultTemperature(m_temperature->value());
  m_settings.setDefaultMaxTokens(m_maxTokens->value());
  const QString language = m_language->currentData().toString();
  if (language != m_settings.language()) {
    m_settings.setLanguage(language);
    QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of Copydesk."));
  }
  const std::string reviewer = m_reviewer->text().trimmed().toStdString();
  // The store thread is the receiver: the dialog may be gone when the write is done.
  m_store.run(&m_store, [reviewer](Database& db) { return setReviewerName(db, reviewer); }, [](Status) {});
  emit settingsSaved();
  QDialog::accept();
}

QString SettingsDialog::statusText() const { return m_status->text(); }
void SettingsDialog::setStatus(const QString& text) { m_status->setText(text); }

}  // namespace copydesk::ui
