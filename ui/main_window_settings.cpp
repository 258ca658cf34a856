// MainWindow's settings area: provider profiles and keys (Preferences), the Variables pane and its
// presets, help while writing templates, the token and cost estimate, and the shortcut sheet.
#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>

#include "core/llm/builtin_profiles.h"
#include "core/llm/effective_profiles.h"
#include "core/templates/template_context.h"
#include "ui/editor/template_assist.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/rendered_prompt_view.h"
#include "ui/settings/key_vault.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/shortcut_overlay.h"
#include "ui/settings/team_store_page.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"
#include "ui/template_editor.h"
#include "ui/variables/variables_pane.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The names completion offers: the latest render's (the selected product's fields and attribute
// columns), the fields every product has, and the user variables whether set or not.
QStringList completionNames(const std::vector<std::string>& rendered, const Json& variables) {
  QStringList names;
  for (const auto& name : rendered) names << qs(name);
  const Json everyProduct = buildTemplateContext(Product{}, variables);
  for (const auto& [name, value] : everyProduct.items()) names << qs(name);
  for (const char* name : {"brand_voice", "audience", "language", "keywords", "tone", "length"})
    names << QString::fromLatin1(name);
  names.removeDuplicates();
  names.sort(Qt::CaseInsensitive);
  return names;
}

}  // namespace

void MainWindow::createSettingsPanes() {
  m_variables = new VariablesPane(*m_store, this);
  m_variablesDock = addPaneDock(tr("Variables"), QStringLiteral("variablesDock"), m_variables, Qt::RightDockWidgetArea);
  tabifyDockWidget(m_templatesDock, m_variablesDock);
  m_templatesDock->raise();
  connect(m_variables, &VariablesPane::variablesChanged, m_prompt, &RenderedPromptView::setVariables);
  // Generation sends what the prompt pane shows: the same variables, asked for at each Generate.
  if (m_generation) m_generation->setVariablesSource([this] { return currentVariables(); });
  m_variables->reloadPresets();

  m_assist = new TemplateAssist(m_editor);
  connect(m_prompt, &RenderedPromptView::rendered, this, &MainWindow::updateTemplateAssist);
  updateTemplateAssist();

  m_shortcuts = new ShortcutOverlay(this);
  // m_keyVault was made with the LLM client (createGenerationPanes), which asks it for keys.
  connect(m_keyVault, &KeyVault::probed, this, &MainWindow::loadStoredKeys);
  m_keyVault->probe();
  updateCostProfile();
}

void MainWindow::createSettingsActions() {
  QAction* preferences = m_settingsMenu->addAction(tr("&Preferences…"), this, [this] { openPreferences(); });
  preferences->setObjectName(QStringLiteral("preferencesAction"));
  preferences->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
  preferences->setMenuRole(QAction::PreferencesRole);
  QAction* variables = m_settingsMenu->addAction(tr("Edit &variables"), this, [this] {
    m_variablesDock->show();
    m_variablesDock->raise();
    m_variables->field(QStringLiteral("brand_voice"))->setFocus();
  });
  variables->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));
  m_settingsMenu->addSeparator();

  QAction* shortcuts = m_helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] { m_shortcuts->open(); });
  shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
  shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(QStringLiteral("Ctrl+/"))});
}

Json MainWindow::currentVariables() const { return m_variables->currentVariables(); }

SettingsDialog* MainWindow::openPreferences() {
  auto* dialog = new SettingsDialog(*m_store, *m_settings, *m_keyVault, m_generationBridge->client(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->addChecksPages(*m_ruleBook);  // OK with a changed glossary reloads the rule book
  connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
    updateCostProfile();
    if (m_options.probeProvider) probeDefaultProvider();  // the banner speaks of the new default
  });
  for (auto signal : {&SettingsDialog::profileSaved, &SettingsDialog::profileRemoved}) {
    connect(dialog, signal, this, [this] {
      updateCostProfile();
      if (m_generation) m_generation->reloadProfiles();  // the new or changed profile is offered at once
    });
  }
  connect(dialog->teamStorePage(), &TeamStorePage::switchRequested, this,
          [this, dialog](const std::filesystem::path& source) {
            dialog->close();
            emit storeSwitchRequested(source);
          });
  dialog->open();
  return dialog;
}

void MainWindow::updateCostProfile() {
  const std::string chosen = m_settings->defaultProfile().toStdString();
  const int maxTokens = m_settings->defaultMaxTokens();
  m_store->run(this, [chosen](Database& db) { return llm::effectiveDefaultProfile(db, chosen); },
               [this, maxTokens](Result<llm::ProviderProfile> profile) {
                 m_prompt->setCostProfile(profile ? *profile : llm::defaultProfile(), maxTokens);
               });
}

void MainWindow::updateTemplateAssist() {
  m_assist->setNames(completionNames(m_prompt->variableNames(), m_variables->currentVariables()));
  m_assist->setDiagnostics(m_editor->hasTemplate() ? m_prompt->diagnostics() : std::vector<TemplateDiagnostic>{});
}

void MainWindow::loadStoredKeys() {
  m_store->run(this, [](Database& db) { return llm::effectiveProfiles(db); },
               [this](Result<llm::EffectiveProfiles> profiles) {
                 if (!profiles) return;
                 for (const auto& profile : profiles->all) {
                   const QString name = qs(profile.name);
                   // The vault remembers the key for the client; the environment is never written.
                   // A profile whose key source is the environment keeps reading its variable.
                   const KeySource source = m_settings->keySource(name);
                   if (source == KeySource::PlainTextFile) {
                     m_keyVault->remember(name, KeyVault::loadFromPlainTextFile(name));
                   } else if (source == KeySource::Keychain && m_keyVault->isAvailable()) {
                     connect(m_keyVault, &KeyVault::loaded, this,
                             [this, name](const QString& profileName, const QString& key, const QString& error) {
                               if (profileName != name) return;
                               if (!error.isEmpty()) {
                                 statusBar()->showMessage(tr("The key of %1 could not be read from the keychain: %2")
                                                              .arg(name, error), 10000);
                               }
                               m_keyVault->remember(name, key);
                             });
                     m_keyVault->load(name);
                   }
                 }
               });
}

}  // namespace copydesk::ui
