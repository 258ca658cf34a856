#pragma once

#include <QWidget>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/batch/batch_session.h"
#include "core/llm/provider_profile.h"
#include "core/store/draft.h"
#include "core/store/template_store.h"
#include "ui/generation/generation_run.h"

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace copydesk::ui {

class GenerationBridge;
class StoreThread;
class VariantColumn;

// The top of the Write page: generate N variants of the selected products' copy with one or more
// profiles/models, each in a column that streams its text live; stop, retry, and "use this
// variant" (Alt+1…Alt+9). Every finished generation is stored as a draft by core, as the CLI does.
class GenerationPane final : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kMaxVariants = 9;
  static constexpr int kColumnsPerTurn = 2;
  static constexpr int kMinimumHeight = 300;

  GenerationPane(StoreThread& store, GenerationBridge& bridge, QWidget* parent = nullptr);

  // Until something is generated, one selected product's stored drafts of the open template (any
  // version) show as columns, newest first, so an earlier run's variants can still be used.
  void setProducts(std::vector<std::int64_t> productIds);
  // The template open in the editor; a modified one must be saved first (a draft records its version).
  void setTemplate(std::optional<TemplateVersion> version, bool modified);
  // What the provider check found about one profile (the main window probes the default one).
  void setProviderState(const QString& profileName, bool reachable, const QString& reason);
  void reloadProfiles();  // profiles from the store and the built-in ones
  // The template variables generation uses (the Variables pane's), asked for at each Generate.
  void setVariablesSource(std::function<Json()> variables) { m_variablesSource = std::move(variables); }

  // Choices, also for tests and the batch dialog.
  void setCheckedProfiles(const QStringList& names);
  QStringList checkedProfiles() const;
  void setModels(const QString& commaSeparated);
  void setVariants(int variants);
  bool profilesLoaded() const { return !m_profiles.empty(); }
  // The audience personas to write for (issue 13): a draft per product × persona × variant. None
  // checked: copy for no persona.
  void setCheckedPersonas(const QStringList& names);
  QStringList checkedPersonas() const;
  QStringList personaNames() const;  // every persona of the store, as last read

  // What Generate would run now, or why it cannot (the reason, for the user).
  std::optional<batch::GenerateOptions> plannedOptions(QString* whyNot = nullptr) const;
  // The profiles and models chosen in the pane, for a batch of another kind (a translation, issue 14).
  std::optional<std::vector<batch::BatchTarget>> chosenTargets(QString* whyNot = nullptr) const;
  const std::vector<std::int64_t>& products() const { return m_productIds; }

  bool canGenerate() const;
  bool isRunning() const;
  QString stateText() const;
  QList<VariantColumn*> columns() const { return m_columns; }
  QAction* generateAction() const { return m_generateAction; }
  QAction* stopAction() const { return m_stopAction; }

 public slots:
  bool generate();
  void stopAll();
  void useVariant(int index);  // 0-based column
  void reloadPersonas();       // from the store (Settings → Audience personas… changed them)

 signals:
  void variantChosen(std::int64_t draftId);
  void generationFinished(int runId);
  void personasLoaded(int count);
  void compareRequested();  // Compare personas…: the main window opens the comparison

 private:
  void buildChoices(QHBoxLayout* row);
  void showPlan(int runId, const RunPlanInfo& info);
  void clearColumns();
  void loadStoredDrafts();
  void showStoredDrafts(std::vector<Draft> drafts);
  void buildSomeColumns(int count = kColumnsPerTurn);
  void withColumn(int runId, const QString& slotId, const std::function<void(VariantColumn*)>& apply);
  VariantColumn* column(int runId, const QString& slotId) const;
  void runEnded(int runId, const RunEnd& end);
  void updateState();
  void updateProfilesButton();
  void updatePersonasButton();
  std::vector<llm::ProviderProfile> chosenProfiles() const;

  StoreThread& m_store;
  GenerationBridge& m_bridge;
  std::vector<std::int64_t> m_productIds;
  std::optional<TemplateVersion> m_template;
  std::function<Json()> m_variablesSource;
  bool m_templateModified = false;
  std::vector<llm::ProviderProfile> m_profiles;
  std::map<QString, QString> m_unreachable;  // profile name → why
  int m_runId = 0;
  int m_storedRequest = 0;  // the latest load of stored drafts; older answers are dropped
  std::pair<std::int64_t, std::string> m_storedKey;  // the product and template they were loaded for
  QList<VariantColumn*> m_columns;
  std::deque<SlotInfo> m_unbuilt;                                             // planned, no column yet
  std::map<QString, std::vector<std::function<void(VariantColumn*)>>> m_waiting;  // their events so far
  QString m_lastOutcome;

  QToolButton* m_profilesButton;
  QMenu* m_profilesMenu;
  QToolButton* m_personasButton;
  QMenu* m_personasMenu;
  QPushButton* m_compare;
  QLineEdit* m_models;
  QSpinBox* m_variants;
  QPushButton* m_generate;
  QPushButton* m_stop;
  QLabel* m_state;
  QWidget* m_columnsHost;
  QHBoxLayout* m_columnsLayout;
  QLabel* m_placeholder;
  QAction* m_generateAction;
  QAction* m_stopAction;
};

}  // namespace copydesk::ui
