// MainWindow's generation area: generating drafts: streaming variant columns, stop/retry, batches over the selection.
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/provider_probe.h"
#include "ui/settings/key_vault.h"
#include "ui/template_editor.h"

namespace copydesk::ui {

void MainWindow::createGenerationPanes() {
  // The studio's one LLM client (the bridge owns it) takes its keys from the vault, never from the
  // process environment: so the vault comes first. Preferences and the provider check use it too.
  m_keyVault = new KeyVault(this);
  llm::ClientOptions client;
  client.apiKey = m_keyVault->keySource();
  m_generationBridge = new GenerationBridge(m_options.database, std::move(client), this);
  m_generation = new GenerationPane(*m_store, *m_generationBridge, m_writeSplitter);
  m_generation->setVariablesSource([this] { return currentVariables(); });  // the Variables pane's
  m_writeSplitter->insertWidget(0, m_generation);
  m_writeSplitter->setStretchFactor(0, 1);

  connect(m_products, &ProductsPane::currentProductChanged, this, &MainWindow::updateGenerationInputs);
  connect(m_products->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &MainWindow::updateGenerationInputs);
  connect(m_editor, &TemplateEditor::edited, this, &MainWindow::updateGenerationInputs);
  // A stored draft changes its product's copy status in the products table.
  connect(m_generationBridge, &GenerationBridge::productDraftStored, m_products->model(),
          [this](qint64 productId) { m_products->model()->refreshProduct(productId); });
  connect(m_probe, &ProviderProbe::finished, this, [this] {
    if (!m_probe->isChecking()) m_generation->setProviderState(m_probe->name(), m_probe->isReachable(), m_probe->problem());
  });
}

void MainWindow::createGenerationActions() {
  m_generateMenu->addAction(m_generation->generateAction());
  m_generateMenu->addAction(m_generation->stopAction());
  m_generateMenu->addSeparator();
  QAction* batch = m_generateMenu->addAction(tr("&Batch over selection…"), this, [this] { openBatchDialog(); });
  batch->setObjectName(QStringLiteral("batchAction"));
  batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
}

void MainWindow::updateGenerationInputs() {
  std::vector<std::int64_t> ids = m_products->selectedProductIds();
  m_generation->setProducts(std::move(ids));
  m_generation->setTemplate(m_editor->hasTemplate() ? std::optional(m_editor->version()) : std::nullopt,
                            m_editor->isModified());
}

BatchDialog* MainWindow::openBatchDialog() {
  QString why;
  auto options = m_generation->plannedOptions(&why);
  if (!options) {
    statusBar()->showMessage(tr("No batch: %1").arg(why), 8000);
    return nullptr;
  }
  options->spec.variables = currentVariables();
  // A batch keeps the profile's own concurrency, as `copydesk-cli generate` does.
  const int limit = options->spec.targets.front().profile.maxConcurrency;
  options->run.concurrency = limit > 0 ? limit : 8;
  auto* dialog = new BatchDialog(*m_store, *m_generationBridge, std::move(*options), m_generation->products(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  return dialog;
}

}  // namespace copydesk::ui
