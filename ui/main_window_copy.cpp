// MainWindow's copy area: editing copy: facts | model draft | working copy, diff, counters, undo/redo.
#include <QAction>
#include <QMenu>
#include <QSplitter>

#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/generation_bridge.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/template_editor.h"

namespace copydesk::ui {

void MainWindow::createCopyPanes() {
  m_copyEditor = new CopyEditorPane(*m_store, *m_ruleBook, m_writeSplitter);
  m_writeSplitter->addWidget(m_copyEditor);
  m_writeSplitter->setStretchFactor(m_writeSplitter->indexOf(m_copyEditor), 1);
  connect(m_products, &ProductsPane::currentProductChanged, m_copyEditor, &CopyEditorPane::setProduct);
  // "Use this variant" makes the chosen draft the working copy here.
  if (m_generation) connect(m_generation, &GenerationPane::variantChosen, m_copyEditor, &CopyEditorPane::showDraft);
  // Drafts generated for the product shown: the line above the editor names them.
  if (m_generationBridge) {
    connect(m_generationBridge, &GenerationBridge::productDraftStored, m_copyEditor,
            [this](qint64 productId) { m_copyEditor->productDraftStored(productId); });
  }
  // Until a draft is shown, the copy edited is of the field the open template writes.
  auto followTemplate = [this] {
    if (m_editor->hasTemplate()) m_copyEditor->setTemplateField(QString::fromStdString(m_editor->currentTemplate().field));
  };
  connect(m_editor, &TemplateEditor::edited, m_copyEditor, followTemplate);
  followTemplate();  // a template already open
}

void MainWindow::createCopyActions() {
  m_editMenu->addAction(m_copyEditor->undoAction());
  m_editMenu->addAction(m_copyEditor->redoAction());
  m_editMenu->addSeparator();
  m_editMenu->addAction(m_copyEditor->saveAction());
  m_editMenu->addAction(m_copyEditor->submitAction());
}

}  // namespace copydesk::ui
