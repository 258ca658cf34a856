#include "ui/generation/generation_pane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "core/batch/target_pairing.h"
#include "core/llm/builtin_profiles.h"
#include "core/llm/effective_profiles.h"
#include "core/store/draft_store.h"
#include "core/store/persona_store.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/variant_column.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

// Side by side means at once: every column streams together, up to this many (the profile's
// own limiter may still hold requests back).
constexpr int kMaxParallel = 64;

}  // namespace

GenerationPane::GenerationPane(StoreThread& store, GenerationBridge& bridge, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_bridge(bridge),
      m_profilesButton(new QToolButton(this)),
      m_profilesMenu(new QMenu(this)),
      m_personasButton(new QToolButton(this)),
      m_personasMenu(new QMenu(this)),
      m_compare(new QPushButton(tr("Compare personas…"), this)),
      m_models(new QLineEdit(this)),
      m_variants(new QSpinBox(this)),
      m_generate(new QPushButton(tr("&Generate"), this)),
      m_stop(new QPushButton(tr("Stop all"), this)),
      m_state(new QLabel(this)),
      m_columnsHost(new QWidget(this)),
      m_columnsLayout(new QHBoxLayout(m_columnsHost)),
      m_placeholder(new QLabel(tr("The variants appear here side by side as they are written, one column each. "
                                  "Ctrl+Return generates, Esc stops, Alt+1…Alt+9 uses a variant."),
                               m_columnsHost)),
      m_generateAction(new QAction(tr("&Generate"), this)),
      m_stopAction(new QAction(tr("&Stop generating"), this)) {
  setObjectName(QStringLiteral("generationPane"));
  setMinimumHeight(kMinimumHeight);  // a column's title, some text, its status and buttons stay in view
  auto* row = new QHBoxLayout;
  buildChoices(row);
  m_state->setObjectName(QStringLiteral("generationState"));
  m_state->setWordWrap(true);
  m_columnsLayout->setContentsMargins(0, 0, 0, 0);
  m_placeholder->setObjectName(QStringLiteral("variantsPlaceholder"));
  m_placeholder->setWordWrap(true);
  m_placeholder->setAlignment(Qt::AlignCenter);
  m_placeholder->setForegroundRole(QPalette::PlaceholderText);
  m_columnsLayout->addWidget(m_placeholder, 1);
  m_columnsLayout->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(m_columnsHost);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 0);
  layout->addLayout(row);
  layout->addWidget(m_state);
  layout->addWidget(scroll, 1);

  m_generateAction->setObjectName(QStringLiteral("generateAction"));
  m_generateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
  m_stopAction->setObjectName(QStringLiteral("stopGenerationAction"));
  m_stopAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_Period)});
  connect(m_generateAction, &QAction::triggered, this, &GenerationPane::generate);
  connect(m_stopAction, &QAction::triggered, this, &GenerationPane::stopAll);
  for (int i = 0; i < kMaxVariants; ++i) {
    auto* use = new QAction(this);
    use->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
    connect(use, &QAction::triggered, this, [this, i] { useVariant(i); });
    addAction(use);
  }

  connect(&m_bridge, &GenerationBridge::planned, this, &GenerationPane::showPlan);
  connect(&m_bridge, &GenerationBridge::slotStarted, this, [this](int runId, const QString& id) {
    withColumn(runId, id, [](VariantColumn* c) { c->setStarted(); });
  });
  connect(&m_bridge, &GenerationBridge::slotText, this,
          [this](int runId, const QString& id, const QString& text, bool restart) {
            withColumn(runId, id, [text, restart](VariantColumn* c) { c->appendText(text, restart); });
          });
  connect(&m_bridge, &GenerationBridge::slotFinished, this, [this](int runId, const SlotEnd& end) {
    withColumn(runId, QString::fromStdString(end.id), [end](VariantColumn* c) { c->setFinished(end); });
  });
  connect(&m_bridge, &GenerationBridge::slotCommitted, this, [this](int runId, const QString& id, qint64 draft) {
    withColumn(runId, id, [draft](VariantColumn* c) { c->setCommitted(draft); });
  });
  connect(&m_bridge, &GenerationBridge::runFinished, this, &GenerationPane::runEnded);
  reloadProfiles();
  reloadPersonas();
  updateState();
}

void GenerationPane::buildChoices(QHBoxLayout* row) {
  m_profilesButton->setObjectName(QStringLiteral("profilesButton"));
  m_profilesButton->setPopupMode(QToolButton::InstantPopup);
  m_profilesButton->setMenu(m_profilesMenu);
  m_profilesButton->setToolTip(tr("The provider profiles to write with; check several to compare them side by side"));
  m_models->setObjectName(QStringLiteral("modelsEdit"));
  m_models->setPlaceholderText(tr("the profile's default model"));
  m_models->setToolTip(tr("Model name; several, separated by commas, are compared side by side"));
  m_variants->setObjectName(QStringLiteral("variantsSpin"));
  m_variants->setRange(1, kMaxVariants);
  m_variants->setValue(3);
  m_generate->setObjectName(QStringLiteral("generateButton"));
  m_generate->setToolTip(tr("Generate (Ctrl+Return)"));
  m_stop->setObjectName(QStringLiteral("stopAllButton"));
  m_stop->setToolTip(tr("Stop every column (Esc)"));
  auto* modelLabel = new QLabel(tr("&Model:"), this);
  modelLabel->setBuddy(m_models);
  auto* variantsLabel = new QLabel(tr("&Variants:"), this);
  variantsLabel->setBuddy(m_variants);
  m_personasButton->setObjectName(QStringLiteral("personasButton"));
  m_personasButton->setPopupMode(QToolButton::InstantPopup);
  m_personasButton->setMenu(m_personasMenu);
  m_personasButton->setToolTip(tr("The audience personas to write for: one draft per product, persona and variant"));
  m_compare->setObjectName(QStringLiteral("comparePersonasButton"));
  m_compare->setToolTip(tr("The selected product's copy for each persona, side by side"));
  row->addWidget(m_profilesButton);
  row->addWidget(m_personasButton);
  row->addWidget(modelLabel);
  row->addWidget(m_models, 1);
  row->addWidget(variantsLabel);
  row->addWidget(m_variants);
  row->addWidget(m_generate);
  row->addWidget(m_stop);
  row->addWidget(m_compare);
  connect(m_compare, &QPushButton::clicked, this, &GenerationPane::compareRequested);
  connect(m_personasMenu, &QMenu::aboutToShow, this, &GenerationPane::reloadPersonas);
  connect(m_personasMenu, &QMenu::triggered, this, [this] {
    updatePersonasButton();
    updateState();
  });
  connect(m_generate, &QPushButton::clicked, this, &GenerationPane::generate);
  connect(m_stop, &QPushButton::clicked, this, &GenerationPane::stopAll);
  connect(m_profilesMenu, &QMenu::aboutToShow, this, &GenerationPane::reloadProfiles);  // edited in Settings
  connect(m_profilesMenu, &QMenu::triggered, this, [this] {
    updateProfilesButton();
    updateState();
  });
  updatePersonasButton();
  connect(m_models, &QLineEdit::textChanged, this, &GenerationPane::updateState);
  connect(m_variants, &QSpinBox::valueChanged, this, &GenerationPane::updateState);
}

void GenerationPane::reloadProfiles() {
  // The default is the one the provider check at start probed (Preferences' choice, else the
  // built-in default with any stored change of it) — the same function the CLI uses.
  const std::string chosen = StudioSettings().defaultProfile().toStdString();
  m_store.run(
      this, [chosen](Database& db) { return llm::effectiveProfiles(db, chosen); },
      [this](Result<llm::EffectiveProfiles> choices) {
        if (!choices) {
          m_state->setText(tr("Could not read the provider profiles: %1")
                               .arg(ErrorText::describe(choices.error())));
          return;
        }
        const QStringList wasChecked = checkedProfiles();
        bool sameNames = choices->all.size() == m_profiles.size();
        for (std::size_t i = 0; sameNames && i < m_profiles.size(); ++i) sameNames = m_profiles[i].name == choices->all[i].name;
        m_profiles = std::move(choices->all);
        if (sameNames) return;  // the menu may be open: keep it as it is
        m_profilesMenu->clear();
        for (const auto& profile : m_profiles) {
          QAction* action = m_profilesMenu->addAction(QString::fromStdString(profile.name));
          action->setCheckable(true);
        }
        setCheckedProfiles(wasChecked.isEmpty() ? QStringList{QString::fromStdString(choices->preferred.name)} : wasChecked);
      });
}

void GenerationPane::reloadPersonas() {
  m_store.run(
      this, [](Database& db) { return PersonaStore(db).list(); },
      [this](Result<std::vector<Persona>> personas) {
        if (!personas) {
          m_state->setText(tr("Could not read the personas: %1").arg(ErrorText::describe(personas.error())));
          return;
        }
        const std::vector<Persona> list = std::move(*personas);
        QStringList names;
        for (const Persona& p : list) names << QString::fromStdString(p.name);
        // The menu may be open: rebuilt only when the personas changed (or to say there are none).
        if (names != personaNames() || m_personasMenu->isEmpty()) {
          const QStringList wasChecked = checkedPersonas();
          m_personasMenu->clear();
          for (std::size_t i = 0; i < list.size(); ++i) {
            QAction* action = m_personasMenu->addAction(names[static_cast<int>(i)]);
            action->setCheckable(true);
            action->setToolTip(QString::fromStdString(list[i].description));
            action->setChecked(wasChecked.contains(action->text()));
          }
          if (names.isEmpty()) m_personasMenu->addAction(tr("No personas yet: Settings → Audience personas…"))->setEnabled(false);
          updatePersonasButton();
          updateState();
        }
        emit personasLoaded(static_cast<int>(names.size()));
      });
}

QStringList GenerationPane::personaNames() const {
  QStringList names;
  for (QAction* action : m_personasMenu->actions()) {
    if (action->isCheckable()) names << action->text();
  }
  return names;
}

void GenerationPane::setCheckedPersonas(const QStringList& names) {
  for (QAction* action : m_personasMenu->actions()) {
    if (action->isCheckable()) action->setChecked(names.contains(action->text()));
  }
  updatePersonasButton();
  updateState();
}

QStringList GenerationPane::checkedPersonas() const {
  QStringList names;
  for (QAction* action : m_personasMenu->actions()) {
    if (action->isCheckable() && action->isChecked()) names << action->text();
  }
  return names;
}

void GenerationPane::updatePersonasButton() {
  const QStringList names = checkedPersonas();
  m_personasButton->setText(names.isEmpty() ? tr("No persona") : tr("For: %1").arg(names.join(QStringLiteral(", "))));
}

void GenerationPane::setCheckedProfiles(const QStringList& names) {
  for (QAction* action : m_profilesMenu->actions()) action->setChecked(names.contains(action->text()));
  updateProfilesButton();
  updateState();
}

QStringList GenerationPane::checkedProfiles() const {
  QStringList names;
  for (QAction* action : m_profilesMenu->actions()) {
    if (action->isChecked()) names << action->text();
  }
  return names;
}

void GenerationPane::setModels(const QString& commaSeparated) { m_models->setText(commaSeparated); }

void GenerationPane::setVariants(int variants) { m_variants->setValue(variants); }

void GenerationPane::updateProfilesButton() {
  const QStringList names = checkedProfiles();
  m_profilesButton->setText(names.isEmpty() ? tr("Choose a profile") : names.join(QStringLiteral(", ")));
}

void GenerationPane::setProducts(std::vector<std::int64_t> productIds) {
  m_productIds = std::move(productIds);
  loadStoredDrafts();
  updateState();
}

void GenerationPane::setTemplate(std::optional<TemplateVersion> version, bool modified) {
  m_template = std::move(version);
  m_templateModified = modified;
  loadStoredDrafts();
  updateState();
}

// Called at every selection change and template edit: only a new product or template reloads.
void GenerationPane::loadStoredDrafts() {
  std::pair<std::int64_t, std::string> key{m_productIds.size() == 1 ? m_productIds.front() : 0,
                                           m_template ? m_template->prompt.name : std::string()};
  if (key == m_storedKey || isRunning()) return;
  m_storedKey = key;
  const int request = ++m_storedRequest;
  if (key.first == 0 || key.second.empty()) {
    showStoredDrafts({});
    return;
  }
  m_store.run(
      this,
      [key](Database& db) -> Result<std::vector<Draft>> {
        DraftQuery query;
        query.productId = key.first;
        query.templateName = key.second;
        return DraftStore(db).list(query);
      },
      [this, request](Result<std::vector<Draft>> drafts) {
        if (request != m_storedRequest) return;  // another product, or a run has started since
        if (!drafts) {
          m_state->setText(tr("Could not read the product's drafts: %1")
                               .arg(ErrorText::describe(drafts.error())));
          showStoredDrafts({});
          return;
        }
        showStoredDrafts(std::move(*drafts));
      });
}

void GenerationPane::showStoredDrafts(std::vector<Draft> drafts) {
  clearColumns();
  // The newest (the store lists them oldest first), as many as Alt+1…Alt+9 reach.
  std::reverse(drafts.begin(), drafts.end());
  if (drafts.size() > static_cast<std::size_t>(kMaxVariants)) drafts.resize(kMaxVariants);
  // Within a run the variants read in their own order (1, 2, 3), whichever finished first.
  std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
    const auto runA = a.batchId.value_or(0), runB = b.batchId.value_or(0);
    return runA != runB ? runA > runB : a.variant < b.variant;
  });
  for (const Draft& draft : drafts) {
    auto* c = new VariantColumn(static_cast<int>(m_columns.size()), draft, m_columnsHost);
    m_columnsLayout->insertWidget(m_columnsLayout->count() - 1, c, 1);
    m_columns << c;
    connect(c, &VariantColumn::useRequested, this, &GenerationPane::variantChosen);
  }
  m_placeholder->setVisible(drafts.empty());
}

void GenerationPane::setProviderState(const QString& profileName, bool reachable, const QString& reason) {
  if (reachable) {
    m_unreachable.erase(profileName);
  } else {
    m_unreachable[profileName] = reason;
  }
  updateState();
}

std::vector<llm::ProviderProfile> GenerationPane::chosenProfiles() const {
  const QStringList names = checkedProfiles();
  std::vector<llm::ProviderProfile> chosen;
  for (const auto& profile : m_profiles) {
    if (names.contains(QString::fromStdString(profile.name))) chosen.push_back(profile);
  }
  return chosen;
}

std::optional<batch::GenerateOptions> GenerationPane::plannedOptions(QString* whyNot) const {
  auto refuse = [whyNot](const QString& why) -> std::optional<batch::GenerateOptions> {
    if (whyNot) *whyNot = why;
    return std::nullopt;
  };
  if (m_productIds.empty()) return refuse(tr("Select a product to generate its copy."));
  if (!m_template) return refuse(tr("Open a template on the Prompt page."));
  if (m_templateModified) {
    return refuse(tr("The template has unsaved changes: save it first, so that every draft records the version "
                     "that wrote it."));
  }
  const auto profiles = chosenProfiles();
  if (profiles.empty()) return refuse(tr("Choose a provider profile."));
  for (const auto& profile : profiles) {
    const QString name = QString::fromStdString(profile.name);
    if (auto it = m_unreachable.find(name); it != m_unreachable.end()) {
      return refuse(tr("Generation is unavailable: %1 is not reachable (%2). Start it, or choose another profile "
                       "and set it up in Settings.")
                        .arg(name, it->second));
    }
  }
  // The CLI's rule (batch::pairTargets): one profile writes with each model listed; several
  // profiles pair with the models in order (or use their default models).
  auto targets = batch::pairTargets(profiles, batch::modelList(m_models->text().toStdString()));
  if (!targets) {
    return refuse(tr("With several profiles, give one model per profile (in the order of the profiles), or none."));
  }
  batch::GenerateOptions options;
  options.spec.targets = std::move(*targets);
  options.spec.templateRef = m_template->prompt.name;
  options.spec.templateVersionId = m_template->id;
  options.spec.variants = m_variants->value();
  const QStringList personas = checkedPersonas();
  options.spec.personas = personas.join(QLatin1Char(',')).toStdString();
  const std::size_t slotCount = m_productIds.size() * std::max<std::size_t>(1, personas.size()) *
                                options.spec.targets.size() * static_cast<std::size_t>(options.spec.variants);
  options.run.concurrency = static_cast<int>(std::min<std::size_t>(slotCount, kMaxParallel));
  return options;
}

std::optional<std::vector<batch::BatchTarget>> GenerationPane::chosenTargets(QString* whyNot) const {
  const auto profiles = chosenProfiles();
  if (profiles.empty()) {
    if (whyNot) *whyNot = tr("Choose a provider profile.");
    return std::nullopt;
  }
  auto targets = batch::pairTargets(profiles, batch::modelList(m_models->text().toStdString()));
  if (!targets) {
    if (whyNot) *whyNot = tr("With several profiles, give one model per profile (in the order of the profiles), or none.");
    return std::nullopt;
  }
  return std::move(*targets);
}

bool GenerationPane::canGenerate() const { return plannedOptions().has_value(); }

bool GenerationPane::isRunning() const { return m_runId != 0 && m_bridge.isBusy(m_runId); }

QString GenerationPane::stateText() const { return m_state->text(); }

bool GenerationPane::generate() {
  QString why;
  auto options = plannedOptions(&why);
  if (!options || isRunning()) {
    updateState();
    return false;
  }
  if (m_variablesSource) options->spec.variables = m_variablesSource();
  ++m_storedRequest;  // a load of stored drafts still on its way is no longer wanted
  clearColumns();
  m_lastOutcome = tr("Preparing the prompts…");
  m_runId = m_bridge.start(std::move(*options), m_productIds);
  updateState();
  return true;
}

void GenerationPane::stopAll() {
  if (m_runId != 0) m_bridge.stop(m_runId);
}

void GenerationPane::useVariant(int index) {
  if (index < 0 || index >= m_columns.size()) return;
  if (const auto draft = m_columns[index]->draftId(); draft > 0) emit variantChosen(draft);
}

void GenerationPane::showPlan(int runId, const RunPlanInfo& info) {
  if (runId != m_runId) return;  // a batch of the batch dialog, or an older run
  clearColumns();
  m_unbuilt.assign(info.slotList.begin(), info.slotList.end());
  m_placeholder->setVisible(m_unbuilt.empty());
  buildSomeColumns();
  m_lastOutcome = tr("Writing drafts: %1, with “%2” version %3…")
                      .arg(info.slotList.size())
                      .arg(QString::fromStdString(info.templateName))
                      .arg(info.templateVersion);
  updateState();
}

// Fifty columns built at once hold the GUI thread for ~50 ms: a few per event-loop turn keep it
// responsive; what happens to a column before it exists waits in m_waiting.
void GenerationPane::buildSomeColumns(int count) {
  const int runId = m_runId;
  for (int built = 0; built < count && !m_unbuilt.empty(); ++built) {
    const SlotInfo slot = std::move(m_unbuilt.front());
    m_unbuilt.pop_front();
    auto* c = new VariantColumn(static_cast<int>(m_columns.size()), slot, m_columnsHost);
    m_columnsLayout->insertWidget(m_columnsLayout->count() - 1, c, 1);
    m_columns << c;
    const QString id = QString::fromStdString(slot.id);
    connect(c, &VariantColumn::stopRequested, this, [this, runId, id] { m_bridge.stopSlot(runId, id); });
    connect(c, &VariantColumn::retryRequested, this, [this, runId, id, c] {
      if (m_bridge.retrySlot(runId, id)) c->setRetrying();
      updateState();
    });
    connect(c, &VariantColumn::useRequested, this, &GenerationPane::variantChosen);
    c->setGenerationAllowed(canGenerate());
    auto waiting = m_waiting.find(id);
    if (waiting != m_waiting.end()) {
      for (auto& apply : waiting->second) apply(c);
      m_waiting.erase(waiting);
    }
  }
  if (!m_unbuilt.empty()) QTimer::singleShot(0, this, [this] { buildSomeColumns(); });
}

void GenerationPane::withColumn(int runId, const QString& slotId, const std::function<void(VariantColumn*)>& apply) {
  if (runId != m_runId) return;  // a batch of the batch dialog, or an older run
  if (auto* c = column(runId, slotId)) {
    apply(c);
  } else {
    m_waiting[slotId].push_back(apply);
  }
}

void GenerationPane::clearColumns() {
  for (auto* c : m_columns) c->deleteLater();
  m_columns.clear();
  m_unbuilt.clear();
  m_waiting.clear();
}

VariantColumn* GenerationPane::column(int runId, const QString& slotId) const {
  if (runId != m_runId) return nullptr;
  const std::string id = slotId.toStdString();
  for (auto* c : m_columns) {
    if (c->slot().id == id) return c;
  }
  return nullptr;
}

void GenerationPane::runEnded(int runId, const RunEnd& end) {
  if (runId != m_runId) return;
  buildSomeColumns(static_cast<int>(m_unbuilt.size()));  // every column, for the count below
  if (!end.error.empty()) {
    m_lastOutcome = tr("Could not generate: %1").arg(QString::fromStdString(end.error));
  } else {
    int saved = 0;
    for (auto* c : m_columns) saved += c->state() == VariantColumn::State::Done ? 1 : 0;
    m_lastOutcome = tr("Drafts saved: %1 of %2.").arg(saved).arg(m_columns.size());
  }
  updateState();
  emit generationFinished(runId);
}

void GenerationPane::updateState() {
  QString why;
  const bool possible = plannedOptions(&why).has_value();
  const bool running = isRunning();
  m_generate->setEnabled(possible && !running);
  m_generateAction->setEnabled(possible && !running);
  m_stop->setEnabled(running);
  m_stopAction->setEnabled(running);
  m_compare->setEnabled(m_productIds.size() == 1 && m_template.has_value());
  for (auto* c : m_columns) c->setGenerationAllowed(possible);
  if (!possible) {
    m_state->setText(m_lastOutcome.isEmpty() ? why : m_lastOutcome + QLatin1Char(' ') + why);
  } else if (!m_lastOutcome.isEmpty()) {
    m_state->setText(m_lastOutcome);
  } else {
    m_state->setText(tr("Ready: products selected: %1, variants each: %2, template “%3” version %4.")
                         .arg(m_productIds.size())
                         .arg(m_variants->value())
                         .arg(QString::fromStdString(m_template->prompt.name))
                         .arg(m_template->version));
  }
}

}  // namespace copydesk::ui
