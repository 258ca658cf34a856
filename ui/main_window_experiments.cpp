// MainWindow's A/B experiments area (issue 13): the "A/B tests" page, the results by version under the
// Prompt page's editors, experiments started from History, results imported from the File menu.
#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

#include "core/experiments/experiment_lifecycle.h"
#include "ui/common/error_text.h"
#include "ui/experiments/experiments_page.h"
#include "ui/experiments/version_results_panel.h"
#include "ui/history/history_page.h"
#include "ui/main_window.h"
#include "ui/store_thread.h"
#include "ui/template_editor.h"

namespace copydesk::ui {

void MainWindow::createExperimentPanes() {
  m_experiments = new ExperimentsPage(*m_store, m_workspace);
  m_experiments->setObjectName(QStringLiteral("experimentsPage"));
  m_workspace->addTab(m_experiments, tr("A/B tests"));
  m_versionResults = new VersionResultsPanel(*m_store, m_editor);
  m_editor->addBelowEditors(m_versionResults);
  // A version opened, saved or restored: the panel follows it (typing leaves the version as it is).
  connect(m_editor, &TemplateEditor::edited, this, [this] {
    if (!m_editor->hasTemplate()) return;
    const TemplateVersion& v = m_editor->version();
    m_versionResults->setTemplate(v.templateId, v.prompt.name, v.version);
  });
  connect(m_history, &HistoryPage::experimentRequested, this, &MainWindow::startExperimentWith);
  connect(m_experiments, &ExperimentsPage::resultsImported, this, [this](const QString& summary) {
    statusBar()->showMessage(summary, 10000);
    m_history->reloadVariantNotes();
    m_versionResults->reload();
  });
}

void MainWindow::createExperimentActions() {
  QAction* import = new QAction(tr("Import A/B &results…"), this);
  import->setStatusTip(tr("Import the shop's results for A/B experiments (CSV: draft_id or sku and variant, "
                          "impressions, clicks, conversions, optionally revenue)"));
  connect(import, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import A/B results"), QString(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    showPage(QStringLiteral("experiments"));
    m_experiments->importResults(path);
  });
  const QList<QAction*> fileActions = m_fileMenu->actions();
  m_fileMenu->insertAction(fileActions.size() > 1 ? fileActions.at(1) : nullptr, import);
}

void MainWindow::startExperimentWith(const QList<qint64>& draftIds) {
  const std::vector<std::int64_t> ids(draftIds.begin(), draftIds.end());
  m_store->run(this, [ids](Database& db) { return startExperiment(db, ids); },
               [this](Result<Experiment> started) {
                 if (!started) {
                   // Not modal: the studio goes on (and a test is not held up by a dialog).
                   auto* box = new QMessageBox(QMessageBox::Warning, tr("No A/B test started"),
                                               ErrorText::describe(started.error()), QMessageBox::Ok, this);
                   box->setAttribute(Qt::WA_DeleteOnClose);
                   box->open();
                   emit experimentRefused(ErrorText::describe(started.error()));
                   return;
                 }
                 QStringList labels;
                 for (const ExperimentVariant& v : started->variants) labels << QString::fromStdString(v.label);
                 statusBar()->showMessage(tr("Started A/B test %1 on the %2 of %3: variants %4")
                                              .arg(started->id)
                                              .arg(QString::fromStdString(started->field),
                                                   QString::fromStdString(started->sku), labels.join(QStringLiteral(", "))),
                                          10000);
                 m_history->reloadVariantNotes();
                 m_experiments->selectExperiment(started->id);
                 m_versionResults->reload();
                 emit experimentStarted(started->id);
               });
}

}  // namespace copydesk::ui
