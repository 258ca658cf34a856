// MainWindow's history area: history of generations and edits, template versions, catalog import.
#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

#include "ui/copy/copy_editor_pane.h"
#include "ui/history/history_page.h"
#include "ui/history/template_versions_dialog.h"
#include "ui/import/catalog_drop_filter.h"
#include "ui/import/import_dialog.h"
#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/store_thread.h"
#include "ui/template_list_model.h"
#include "ui/templates_pane.h"

namespace copydesk::ui {

void MainWindow::createHistoryPanes() {
  m_history = new HistoryPage(*m_store, m_workspace);
  m_history->setObjectName(QStringLiteral("historyPage"));
  m_workspace->addTab(m_history, tr("His&tory"));  // Alt+H opens the Help menu
  connect(m_products, &ProductsPane::currentProductChanged, m_history, &HistoryPage::setProduct);
  connect(m_history, &HistoryPage::restoreRequested, this, &MainWindow::restoreDraftText);

  // A catalog file dropped anywhere on the window opens the import dialog.
  setAcceptDrops(true);
  auto* drops = new CatalogDropFilter(this);
  installEventFilter(drops);
  connect(drops, &CatalogDropFilter::fileDropped, this, &MainWindow::openImportDialog);
}

void MainWindow::createHistoryActions() {
  QAction* import = new QAction(tr("&Import catalog…"), this);
  import->setShortcut(QKeySequence(tr("Ctrl+I")));
  import->setStatusTip(tr("Import products from a Shopify, WooCommerce, generic CSV or JSON file"));
  connect(import, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import catalog"), QString(),
                                                      tr("Catalog files (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (!path.isEmpty()) openImportDialog(path);
  });
  const QList<QAction*> fileActions = m_fileMenu->actions();
  m_fileMenu->insertAction(fileActions.isEmpty() ? nullptr : fileActions.front(), import);

  QAction* versions = new QAction(tr("Compare template &versions…"), this);
  versions->setStatusTip(tr("See what changed between two versions of the chosen template, and restore one"));
  connect(versions, &QAction::triggered, this, [this] { openTemplateVersions(); });
  m_editMenu->addSeparator();
  m_editMenu->addAction(versions);
  m_templates->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
  m_templates->view()->addAction(versions);
}

ImportDialog* MainWindow::openImportDialog(const QString& path) {
  auto* dialog = new ImportDialog(*m_store, path.toStdString(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ImportDialog::imported, this, [this](const QString& summary) {
    m_products->reload();
    statusBar()->showMessage(summary, 15000);
    startSearchIndexing();  // the import left its products waiting for the search index
  });
  dialog->open();
  return dialog;
}

TemplateVersionsDialog* MainWindow::openTemplateVersions() {
  const TemplateVersion* chosen = m_templates->model()->versionAt(m_templates->view()->currentIndex().siblingAtColumn(0));
  if (!chosen) {
    statusBar()->showMessage(tr("Choose a template first."), 5000);
    return nullptr;
  }
  auto* dialog = new TemplateVersionsDialog(*m_store, chosen->prompt.name, chosen->id, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // The restored text is the newest version now; the pane opens it in the editor (asking first
  // if the editor holds unsaved changes).
  connect(dialog, &TemplateVersionsDialog::restored, this, [this](const TemplateVersion& saved) {
    m_templates->reload(saved.id);
    statusBar()->showMessage(tr("Restored as version %1 of %2").arg(saved.version).arg(QString::fromStdString(saved.prompt.name)),
                             8000);
  });
  dialog->open();
  return dialog;
}

void MainWindow::restoreDraftText(std::int64_t draftId, const QString& text) {
  m_workspace->setCurrentWidget(m_writeSplitter);
  if (m_copyEditor->draftId() == draftId) {
    m_copyEditor->setWorkingText(text);
    return;
  }
  // The draft loads off the GUI thread: the text goes in once it is shown, as one undoable edit.
  auto connection = std::make_shared<QMetaObject::Connection>();
  *connection = connect(m_copyEditor, &CopyEditorPane::loaded, this, [this, draftId, text, connection](std::int64_t shown) {
    if (shown != draftId) return;  // an earlier load finishing first
    QObject::disconnect(*connection);
    m_copyEditor->setWorkingText(text);
  });
  m_copyEditor->showDraft(draftId);
}

}  // namespace copydesk::ui
