// MainWindow's related products (issue 14): the Write page lists the selected product's related
// products between the variants and the copy editor; a writer's change re-renders the prompt.
#include <QSplitter>

#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/related/related_pane.h"
#include "ui/rendered_prompt_view.h"

namespace copydesk::ui {

void MainWindow::createRelatedPanes() {
  m_related = new RelatedPane(*m_store, m_writeSplitter);
  m_writeSplitter->insertWidget(1, m_related);  // after the variants, before the copy editor
  m_writeSplitter->setStretchFactor(1, 0);
  connect(m_products, &ProductsPane::currentProductChanged, m_related, &RelatedPane::setProduct);
  connect(m_related, &RelatedPane::choiceChanged, m_prompt, &RenderedPromptView::render);
}

}  // namespace copydesk::ui
