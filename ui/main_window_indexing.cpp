// MainWindow's search indexing: products an import left waiting for the full-text index are
// indexed in the background (SearchIndexer), with the progress in the status bar.
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>

#include "ui/main_window.h"
#include "ui/search_indexer.h"

namespace copydesk::ui {

void MainWindow::createIndexingStatus() {
  m_searchIndexer = new SearchIndexer(*m_store, this);
  // The label and a small bar, left of the generation state and kept apart from it.
  auto* box = new QWidget(this);
  box->setObjectName(QStringLiteral("indexingBox"));
  box->setToolTip(tr("Search already finds every product; the index makes it fast. Closing Copydesk is safe: "
                     "what is left is indexed at the next start."));
  box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);  // the status bar would stretch it
  auto* layout = new QHBoxLayout(box);
  layout->setContentsMargins(0, 0, 18, 0);
  m_indexingState = new QLabel(box);
  m_indexingState->setObjectName(QStringLiteral("indexingState"));
  auto* bar = new QProgressBar(box);
  bar->setRange(0, 100);
  bar->setTextVisible(false);
  bar->setFixedSize(90, 10);
  layout->addWidget(m_indexingState);
  layout->addWidget(bar);
  box->hide();
  statusBar()->insertPermanentWidget(0, box);

  connect(m_searchIndexer, &SearchIndexer::progressChanged, this, [this, box, bar](int percent) {
    m_indexingState->setText(tr("Indexing the catalog for search… %1%").arg(percent));
    bar->setValue(percent);
    box->show();
  });
  connect(m_searchIndexer, &SearchIndexer::finished, this, [this, box] {
    box->hide();
    m_indexingState->clear();
  });
  connect(m_searchIndexer, &SearchIndexer::failed, this, [this, box](const QString& why) {
    box->hide();
    m_indexingState->clear();
    statusBar()->showMessage(
        tr("The search index could not be completed (search still finds every product): %1").arg(why), 15000);
  });
}

void MainWindow::startSearchIndexing() { m_searchIndexer->start(); }

QString MainWindow::indexingStatus() const {
  return m_indexingState->isVisibleTo(this) ? m_indexingState->text() : QString();
}

}  // namespace copydesk::ui
