// MainWindow's translations (issue 14): Review → Translate approved… takes the queue's selected
// approved drafts, asks for the languages (TranslateDialog) and runs them as a batch (BatchDialog).
#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include "core/batch/approved_sources.h"
#include "core/batch/translation_template.h"
#include "ui/common/error_text.h"
#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/review/review_pane.h"
#include "ui/store_thread.h"
#include "ui/translation/translate_dialog.h"

namespace copydesk::ui {

void MainWindow::createTranslationActions() {
  m_reviewMenu->addSeparator();
  QAction* translate = m_reviewMenu->addAction(tr("&Translate approved…"), this, [this] { openTranslateDialog(); });
  translate->setObjectName(QStringLiteral("translateAction"));
  translate->setToolTip(tr("Translate the selected approved drafts for other markets"));
}

TranslateDialog* MainWindow::openTranslateDialog() {
  std::vector<std::int64_t> ids = m_reviewPane->selectedDraftIds();
  if (ids.empty()) {
    statusBar()->showMessage(tr("Select approved drafts in the review queue to translate them."), 8000);
    return nullptr;
  }
  auto markets = loadMarkets();
  if (!markets) {
    statusBar()->showMessage(ErrorText::describe(markets.error()), 8000);
    return nullptr;
  }
  auto* dialog = new TranslateDialog(ids.size(), std::move(*markets), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
    startTranslation(ids, dialog->languages(), dialog->templateName());
  });
  dialog->open();
  return dialog;
}

void MainWindow::startTranslation(std::vector<std::int64_t> draftIds, std::vector<std::string> languages,
                                  std::string templateName) {
  QString why;
  auto targets = m_generation->chosenTargets(&why);
  if (!targets) {
    statusBar()->showMessage(tr("No translation: %1").arg(why), 8000);
    return;
  }
  struct Sources {
    std::vector<std::int64_t> approved;
    std::string templateRef;
  };
  m_store->run(
      this,
      [draftIds, templateName](Database& db) -> Result<Sources> {
        auto approved = batch::approvedAmong(db, draftIds);
        if (!approved) return approved.error();
        auto ref = batch::translationTemplateRef(db, templateName);
        if (!ref) return ref.error();
        return Sources{std::move(*approved), std::move(*ref)};
      },
      [this, languages, targets = std::move(*targets)](Result<Sources> sources) mutable {
        if (!sources) {
          statusBar()->showMessage(ErrorText::describe(sources.error()), 8000);
          return;
        }
        if (sources->approved.empty()) {
          statusBar()->showMessage(tr("None of the selected drafts is approved: only approved copy is translated."), 8000);
          return;
        }
        batch::GenerateOptions options;
        options.spec.templateRef = sources->templateRef;
        options.spec.sourceDrafts = std::move(sources->approved);
        options.spec.languages = languages;
        options.spec.targets = std::move(targets);
        const int limit = options.spec.targets.front().profile.maxConcurrency;
        options.run.concurrency = limit > 0 ? limit : 8;
        auto* batchDialog = new BatchDialog(*m_store, *m_generationBridge, std::move(options), {}, this);
        batchDialog->setAttribute(Qt::WA_DeleteOnClose);
        batchDialog->show();
      });
}

}  // namespace copydesk::ui
