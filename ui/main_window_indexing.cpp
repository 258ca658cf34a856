// MainWindow's search indexing: products an import left waiting for the full-text index are
// indexed in the background (SearchIndexer), with the progress in the status bar.
#include <QLabel>
#include <QStatusBar>

#include "ui/main_window.h"
#include "ui/search_indexer.h"

namespace copydesk::ui {

void MainWindow::createIndexingStatus() {
  m_searchIndexer = new SearchIndexer(*m_store, this);
  m_indexingState = new QLabel(this);
  m_indexingState->setObjectName(QStringLiteral("indexingState"));
  m_indexingState->setToolTip(tr("Search already finds every product; the index makes it fast. Closing Copydesk "
                                 "is safe: what is left is indexed at the next start."));
  m_indexingState->hide();
  statusBar()->addPermanentWidget(m_indexingState);

  connect(m_searchIndexer, &SearchIndexer::progressChanged, this, [this](int percent) {
    m_indexingState->setText(tr("Indexing the catalog for search… %1%").arg(percent));
    m_indexingState->show();
  });
  connect(m_searchIndexer, &SearchIndexer::finished, this, [this] {
    m_indexingState->hide();
    m_indexingState->clear();
  });
  connect(m_searchIndexer, &SearchIndexer::failed, this, [this](const QString& why) {
    m_indexingState->hide();
    m_indexingState->clear();
    statusBar()->showMessage(
        tr("The search index could not be completed (search still finds every product): %1").arg(why), 15000);
  });
}

void MainWindow::startSearchIndexing() { m_searchIndexer->start(); }

QString MainWindow::indexingStatus() const { return m_indexingState->isHidden() ? QString() : m_indexingState->text(); }

}  // namespace copydesk::ui
