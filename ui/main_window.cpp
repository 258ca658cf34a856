#include "ui/main_window.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

#include "core/common/paths.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "ui/products_pane.h"
#include "ui/provider_banner.h"
#include "ui/provider_probe.h"
#include "ui/rendered_prompt_view.h"
#include "ui/store_thread.h"
#include "ui/studio_settings.h"
#include "ui/template_editor.h"
#include "ui/templates_pane.h"

namespace copydesk::ui {
namespace {

QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* content, QWidget* parent) {
  auto* dock = new QDockWidget(title, parent);
  dock->setObjectName(objectName);  // saveState() identifies docks by name
  dock->setWidget(content);
  return dock;
}

}  // namespace

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent),
      m_options(std::move(options)),
      m_store(std::make_unique<StoreThread>(m_options.database)),
      m_settings(std::make_unique<StudioSettings>()) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Copydesk — %1").arg(QString::fromStdString(m_options.database.filename().string())));
  createPanes();
  createMenus();
  restoreWindowLayout();
  if (m_options.probeProvider) m_probe->probe(QLatin1String(ProviderProbe::kDefaultName),
                                              QLatin1String(ProviderProbe::kDefaultBaseUrl));
  updateProviderState();
  openStore();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes() {
  m_products = new ProductsPane(*m_store, this);
  m_templates = new TemplatesPane(*m_store, this);
  m_editor = new TemplateEditor(this);
  m_prompt = new RenderedPromptView(this);
  m_probe = new ProviderProbe(this);
  m_banner = new ProviderBanner(*m_probe, this);
  m_banner->setVisible(!m_settings->providerGuideDismissed());

  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_banner);
  layout->addWidget(m_editor, 1);
  setCentralWidget(central);

  addDockWidget(Qt::LeftDockWidgetArea, makeDock(tr("Products"), QStringLiteral("productsDock"), m_products, this));
  addDockWidget(Qt::RightDockWidgetArea,
                makeDock(tr("Templates"), QStringLiteral("templatesDock"), m_templates, this));
  addDockWidget(Qt::RightDockWidgetArea,
                makeDock(tr("Rendered prompt"), QStringLiteral("promptDock"), m_prompt, this));

  m_generationState = new QLabel(this);
  statusBar()->addPermanentWidget(m_generationState);

  connect(m_products, &ProductsPane::firstRowsShown, this, &MainWindow::firstRowsShown);
  connect(m_products, &ProductsPane::currentProductChanged, this, &MainWindow::showProduct);
  connect(m_templates, &TemplatesPane::versionChosen, this, [this](const TemplateVersion& version) {
    m_editor->setVersion(version);
  });
  connect(m_editor, &TemplateEditor::edited, this, [this] {
    m_prompt->setTemplate(m_editor->hasTemplate() ? std::optional(m_editor->currentTemplate()) : std::nullopt);
  });
  connect(m_editor, &TemplateEditor::saveRequested, this, &MainWindow::saveTemplate);
  connect(m_probe, &ProviderProbe::finished, this, &MainWindow::updateProviderState);
  connect(m_banner, &ProviderBanner::dismissed, this, [this] { m_settings->setProviderGuideDismissed(true); });
}

void MainWindow::restoreWindowLayout() {
  resize(1360, 860);
  const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
  resizeDocks({docks.value(0)}, {640}, Qt::Horizontal);
  if (!m_options.restoreLayout) return;
  restoreGeometry(m_settings->windowGeometry());
  restoreState(m_settings->windowState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_editor->isModified()) {
    const auto answer = QMessageBox::question(this, tr("Unsaved template"),
                                              tr("The template has changes that are not saved. Close anyway?"),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
      event->ignore();
      return;
    }
  }
  m_settings->setWindowLayout(saveGeometry(), saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::openStore() {
  // Seeding arrives with core/seed; until then the store opens as it is.
  m_products->reload();
  m_templates->reload();
  emit storeOpened(QString());
}

void MainWindow::showProduct(std::int64_t productId) {
  m_shownProduct = productId;
  if (productId == 0) {
    m_prompt->setProduct(std::nullopt);
    return;
  }
  m_store->run(this, [productId](Database& db) { return ProductStore(db).findById(productId); },
               [this, productId](Result<std::optional<Product>> product) {
                 if (productId != m_shownProduct) return;  // the selection moved on meanwhile
                 if (!product) {
                   statusBar()->showMessage(QString::fromStdString(product.error().describe()), 8000);
                   return;
                 }
                 m_prompt->setProduct(std::move(*product));
               });
}

void MainWindow::saveTemplate(const PromptTemplate& prompt, const QString& note) {
  const std::string author = currentUserName();
  m_store->run(
      this,
      [prompt, author, note = note.toStdString()](Database& db) { return TemplateStore(db).save(prompt, author, note); },
      [this](Result<TemplateVersion> saved) {
        if (!saved) {
          QMessageBox::warning(this, tr("Template not saved"), QString::fromStdString(saved.error().describe()));
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
