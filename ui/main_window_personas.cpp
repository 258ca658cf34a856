// MainWindow's audience personas (issue 13): the personas manager, and comparing a product's copy
// for each persona side by side on the Write page.
#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/personas/persona_compare_dialog.h"
#include "ui/personas/personas_dialog.h"
#include "ui/products_pane.h"
#include "ui/review/review_pane.h"
#include "ui/template_editor.h"

namespace copydesk::ui {

void MainWindow::createPersonaActions() {
  QAction* personas = m_settingsMenu->addAction(tr("Audience &personas…"), this, [this] { openPersonasDialog(); });
  personas->setObjectName(QStringLiteral("personasAction"));
  QAction* compare = m_generateMenu->addAction(tr("Compare &personas…"), this, [this] { openPersonaComparison(); });
  compare->setObjectName(QStringLiteral("comparePersonasAction"));
  compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
  connect(m_generation, &GenerationPane::compareRequested, this, [this] { openPersonaComparison(); });
}

PersonasDialog* MainWindow::openPersonasDialog() {
  auto* dialog = new PersonasDialog(*m_store, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // The generation pane offers the personas as they are now.
  connect(dialog, &PersonasDialog::changed, m_generation, &GenerationPane::reloadPersonas);
  dialog->show();
  return dialog;
}

PersonaCompareDialog* MainWindow::openPersonaComparison() {
  const std::vector<std::int64_t> products = m_products->selectedProductIds();
  if (products.size() != 1 || !m_editor->hasTemplate()) {
    statusBar()->showMessage(tr("Select one product and open a template to compare its copy for each persona."), 8000);
    return nullptr;
  }
  auto* dialog = new PersonaCompareDialog(*m_store, products.front(), m_editor->version().prompt.field, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &PersonaCompareDialog::openRequested, this, [this](std::int64_t draftId) {
    showPage(QStringLiteral("write"));
    m_copyEditor->showDraft(draftId);
  });
  dialog->show();
  return dialog;
}

}  // namespace copydesk::ui
