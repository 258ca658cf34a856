// MainWindow's customer questions (issue 14): the Questions page over the selected products, File →
// Import customer questions…, and Generate → Answer customer questions…, the batch dialog over the
// selection's questions with an answer template; File → Export customer answers as FAQ….
#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/questions/faq_export_dialog.h"
#include "ui/questions/questions_page.h"
#include "ui/studio_settings.h"
#include "ui/template_editor.h"

namespace copydesk::ui {

void MainWindow::createQuestionsPanes() {
  m_questions = new QuestionsPage(*m_store, m_workspace);
  m_workspace->addTab(m_questions, tr("&Questions"));
  auto follow = [this] { m_questions->setProducts(m_products->selectedProductIds()); };
  connect(m_products, &ProductsPane::currentProductChanged, m_questions, follow);
  connect(m_products->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_questions, follow);
  connect(m_questions, &QuestionsPage::answerRequested, this, [this] { openAnswerBatchDialog(); });
  connect(m_questions, &QuestionsPage::answerChosen, this, [this](std::int64_t draftId) {
    showPage(QStringLiteral("write"));
    m_copyEditor->showDraft(draftId);
  });
  connect(m_questions, &QuestionsPage::faqExportRequested, this, [this] { openFaqExportDialog(); });
  connect(m_questions, &QuestionsPage::imported, this, [this](const QString& summary) { statusBar()->showMessage(summary, 15000); });
}

void MainWindow::createQuestionsActions() {
  QAction* import = m_fileMenu->addAction(tr("Import customer &questions…"), this, [this] {
    showPage(QStringLiteral("questions"));
    m_questions->chooseFile();
  });
  import->setObjectName(QStringLiteral("importQuestionsAction"));
  QAction* answer = m_generateMenu->addAction(tr("&Answer customer questions…"), this, [this] { openAnswerBatchDialog(); });
  answer->setObjectName(QStringLiteral("answerQuestionsAction"));
  QAction* faq = m_fileMenu->addAction(tr("Export customer answers as &FAQ…"), this, [this] { openFaqExportDialog(); });
  faq->setObjectName(QStringLiteral("exportFaqAction"));
}

FaqExportDialog* MainWindow::openFaqExportDialog() {
  auto* dialog = new FaqExportDialog(*m_store, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &FaqExportDialog::exported, this, [this](const QString& summary) { statusBar()->showMessage(summary, 15000); });
  dialog->show();
  return dialog;
}

BatchDialog* MainWindow::openAnswerBatchDialog() {
  QString why;
  auto options = m_generation->plannedOptions(&why);
  if (!options) {
    statusBar()->showMessage(tr("No answers: %1").arg(why), 8000);
    return nullptr;
  }
  options->spec.questions = true;
  options->spec.personas.clear();  // an answer is for the shopper who asked
  // The open template writes the answers when it is one; else the shipped one in the studio's language.
  if (m_editor->currentTemplate().field != "answer") {
    const QString language = m_settings->language().isEmpty() ? QLocale().name() : m_settings->language();
    options->spec.templateRef = language.startsWith(QStringLiteral("zh")) ? "answer-zh" : "answer-en";
    options->spec.templateVersionId.reset();
  }
  options->spec.variables = currentVariables();
  const int limit = options->spec.targets.front().profile.maxConcurrency;
  options->run.concurrency = limit > 0 ? limit : 8;
  auto* dialog = new BatchDialog(*m_store, *m_generationBridge, std::move(*options), m_generation->products(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &BatchDialog::runFinished, m_questions, &QuestionsPage::reload);
  dialog->show();
  return dialog;
}

}  // namespace copydesk::ui
