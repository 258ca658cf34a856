#include "ui/main_window.h"

#include <algorithm>

#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/common/paths.h"
#include "core/llm/builtin_profiles.h"
#include "core/llm/effective_profiles.h"
#include "core/seed/seed_if_empty.h"
#include "core/store/postgres/source_password.h"
#include "core/store/store_source.h"
#include "core/store/template_store.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/generation_bridge.h"
#include "ui/products_pane.h"
#include "ui/provider_banner.h"
#include "ui/provider_probe.h"
#include "ui/rendered_prompt_view.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"
#include "ui/template_editor.h"
#include "ui/templates_pane.h"
#include "ui/unsaved/unsaved_copy_tracker.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* content, QWidget* parent) {
  auto* dock = new QDockWidget(title, parent);
  dock->setObjectName(objectName);  // saveState() identifies docks by name
  dock->setWidget(content);
  return dock;
}

// A file by its name; a team store as its address without the password.
QString storeName(const std::filesystem::path& source) {
  if (isPostgresSource(source.native())) {
    return QString::fromStdString(redactedSource(pg::withoutPassword(source.native())));
  }
  return QString::fromStdString(source.filename().string());
}

}  // namespace

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent),
      m_options(std::move(options)),
      m_store(std::make_unique<StoreThread>(m_options.database)),
      m_settings(std::make_unique<StudioSettings>()) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Copydesk — %1").arg(storeName(m_options.database)));
  m_ruleBook = new RuleBookHolder(this);  // before the panes, which check text with it
  createPanes();
  createMenus();
  restoreWindowLayout();
  if (m_options.probeProvider) probeDefaultProvider();
  updateProviderState();
  watchStoreOpen();
  openStore();
  createLiveUpdates();
  createUnsavedCopy();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes() {
  m_products = new ProductsPane(*m_store, this);
  m_templates = new TemplatesPane(*m_store, this);
  m_editor = new TemplateEditor(this);
  m_editor->setObjectName(QStringLiteral("promptEditor"));
  m_prompt = new RenderedPromptView(*m_store, this);
  m_probe = new ProviderProbe(this);
  m_banner = new ProviderBanner(*m_probe, this);
  m_banner->setVisible(!m_settings->providerGuideDismissed());

  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_banner);
  m_workspace = new QTabWidget(central);
  m_workspace->setObjectName(QStringLiteral("workspace"));
  m_workspace->setDocumentMode(true);
  m_writeSplitter = new QSplitter(Qt::Vertical, m_workspace);
  m_writeSplitter->setObjectName(QStringLiteral("writeSplitter"));
  m_workspace->addTab(m_writeSplitter, tr("&Write"));
  m_workspace->addTab(m_editor, tr("&Prompt"));
  layout->addWidget(m_workspace, 1);
  setCentralWidget(central);

  m_productsDock = makeDock(tr("Products"), QStringLiteral("productsDock"), m_products, this);
  m_templatesDock = makeDock(tr("Templates"), QStringLiteral("templatesDock"), m_templates, this);
  m_promptDock = makeDock(tr("Rendered prompt"), QStringLiteral("promptDock"), m_prompt, this);
  addDockWidget(Qt::LeftDockWidgetArea, m_productsDock);
  addDockWidget(Qt::RightDockWidgetArea, m_templatesDock);
  addDockWidget(Qt::RightDockWidgetArea, m_promptDock);
  createGenerationPanes();
  createCopyPanes();
  createRelatedPanes();
  createReviewPanes();
  createHistoryPanes();
  createExperimentPanes();  // after History, whose selection starts experiments
  createSettingsPanes();
  createTrendsPanes();
  createQuestionsPanes();

  m_generationState = new QLabel(this);
  statusBar()->addPermanentWidget(m_generationState);
  createIndexingStatus();

  connect(m_products, &ProductsPane::firstRowsShown, this, &MainWindow::firstRowsShown);
  connect(m_products, &ProductsPane::currentProductChanged, this, &MainWindow::showProduct);
  connect(m_templates, &TemplatesPane::versionChosen, this, [this](const TemplateVersion& version) {
    if (m_editor->hasTemplate() && version.id == m_editor->version().id) return;  // already open
    if (m_editor->isModified() && !confirmDiscardEdits()) {
      m_templates->selectVersion(m_editor->version().id);  // stay on what is being edited
      return;
    }
    m_editor->setVersion(version);
  });
  connect(m_editor, &TemplateEditor::edited, this, [this] {
    m_prompt->setTemplate(m_editor->hasTemplate() ? std::optional(m_editor->currentTemplate()) : std::nullopt);
  });
  connect(m_editor, &TemplateEditor::saveRequested, this, &MainWindow::saveTemplate);
  connect(m_probe, &ProviderProbe::finished, this, &MainWindow::updateProviderState);
  connect(m_banner, &ProviderBanner::dismissed, this, [this] { m_settings->setProviderGuideDismissed(true); });
}

QDockWidget* MainWindow::addPaneDock(const QString& title, const QString& objectName, QWidget* content,
                                     Qt::DockWidgetArea area) {
  QDockWidget* dock = makeDock(title, objectName, content, this);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::restoreWindowLayout() {
  // Three columns of work need room: take most of the screen, up to 1600 × 1000.
  const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                        : QRect(0, 0, 1600, 1000);
  resize(std::min(1600, screen.width() * 95 / 100), std::min(1000, screen.height() * 95 / 100));
  resizeDocks({m_productsDock, m_templatesDock}, {width() * 30 / 100, width() * 26 / 100}, Qt::Horizontal);
  resizeDocks({m_templatesDock, m_promptDock}, {260, 540}, Qt::Vertical);
  if (!m_options.restoreLayout) return;
  restoreGeometry(m_settings->windowGeometry());
  restoreState(m_settings->windowState());
}

bool MainWindow::confirmDiscardEdits() {
  const auto answer = QMessageBox::question(this, tr("Unsaved template"),
                                            tr("The template has changes that are not saved. Discard them?"),
                                            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
  return answer == QMessageBox::Discard;
}

bool MainWindow::confirmDiscardCopy() {
  const auto answer = QMessageBox::question(this, tr("Unsaved copy"),
                                            tr("The working copy has changes that are not saved. Discard them?"),
                                            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
  return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_editor->isModified() && !confirmDiscardEdits()) {
    event->ignore();
    return;
  }
  if (copyEditor() && copyEditor()->hasUnsavedEdits() && !confirmDiscardCopy()) {
    event->ignore();
    return;
  }
  if (m_unsavedCopy) m_unsavedCopy->forgetShown();  // what the editors show was saved or discarded just now
  m_settings->setWindowLayout(saveGeometry(), saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::openStore() {
  // The store thread runs jobs in order: the panes' first loads, posted right after, see the seed.
  if (m_options.seedOnOpen) {
    const auto resources = m_options.resources.empty() ? resourcesDir() : m_options.resources;
    m_store->run(this, [resources](Database& db) { return seedIfEmpty(db, resources); },
                 [this](Result<SeedSummary> seeded) {
                   if (!seeded) {
                     const QString why = ErrorText::describe(seeded.error());
                     statusBar()->showMessage(tr("Could not add the sample catalog: %1").arg(why));
                     emit storeOpened(why);
                     return;
                   }
                   if (seeded->seeded) {
                     statusBar()->showMessage(tr("Welcome! The sample catalog and the default templates were "
                                                 "added to this new database (products: %1, templates: %2).")
                                                  .arg(seeded->products)
                                                  .arg(seeded->templates),
                                              15000);
                   }
                   emit storeOpened(QString::fromStdString(describeSeed(*seeded)));
                 });
  }
  m_products->reload();
  m_templates->reload();
  startSearchIndexing();  // after the first loads, which it must not delay
  if (!m_options.seedOnOpen) emit storeOpened(QString());
}

void MainWindow::showProduct(std::int64_t productId) { m_prompt->setProduct(productId); }

void MainWindow::saveTemplate(const PromptTemplate& prompt, const QString& note) {
  const std::string author = currentUserName();
  m_store->run(
      this,
      [prompt, author, note = note.toStdString()](Database& db) { return TemplateStore(db).save(prompt, author, note); },
      [this](Result<TemplateVersion> saved) {
        if (!saved) {
          QMessageBox::warning(this, tr("Template not saved"), ErrorText::describe(saved.error()));
          return;
        }
        m_editor->setVersion(*saved);
        m_templates->reload(saved->id);
        statusBar()->showMessage(tr("Saved %1 as version %2")
                                     .arg(QString::fromStdString(saved->prompt.name))
                                     .arg(saved->version),
                                 5000);
      });
}

bool MainWindow::showPage(const QString& name) {
  for (int i = 0; i < m_workspace->count(); ++i) {
    if (m_workspace->widget(i)->objectName().startsWith(name, Qt::CaseInsensitive)) {
      m_workspace->setCurrentIndex(i);
      return true;
    }
  }
  return false;
}

void MainWindow::probeDefaultProvider() {
  const std::string chosen = m_settings->defaultProfile().toStdString();  // Preferences → Generation
  m_store->run(
      this,
      // The profile the Write page and the CLI use: a stored change of the built-in default applies.
      [chosen](Database& db) { return llm::effectiveDefaultProfile(db, chosen); },
      [this](Result<llm::ProviderProfile> profile) {
        m_probe->probe(m_generationBridge->client(), profile ? *profile : llm::defaultProfile());
      });
}

QString MainWindow::generationStatus() const { return m_generationState->text(); }

void MainWindow::updateProviderState() {
  m_banner->refresh();
  if (!m_options.probeProvider) {
    m_generationState->setText(tr("Generation: not checked"));
  } else if (m_probe->isChecking()) {
    m_generationState->setText(tr("Generation: checking %1…").arg(m_probe->name()));
  } else if (m_probe->isReachable()) {
    m_generationState->setText(tr("Generation: %1 ready").arg(m_probe->name()));
  } else {
    m_generationState->setText(tr("Generation unavailable: %1 not reachable").arg(m_probe->name()));
    m_generationState->setToolTip(m_probe->problem());
  }
}

}  // namespace copydesk::ui
