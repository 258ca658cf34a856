// MainWindow's keyword trends (issue 13): the Trends page, and its keywords sent to the Variables
// pane, whose keywords the prompt is rendered and generated with and the keyword check measures.
#include <QDockWidget>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>

#include "ui/main_window.h"
#include "ui/trends/trends_page.h"
#include "ui/variables/variables_pane.h"

namespace copydesk::ui {
namespace {

// The keywords a field holds, split as the keyword check splits them (core/checks/draft_check.cpp).
QStringList keywordsIn(const QString& text) {
  QStringList out;
  for (QString part : text.split(QRegularExpression(QStringLiteral("[,;\\n，；、]")))) {
    part = part.trimmed();
    if (!part.isEmpty()) out << part;
  }
  return out;
}

}  // namespace

void MainWindow::createTrendsPanes() {
  m_trends = new TrendsPage(*m_store, m_workspace);
  m_workspace->addTab(m_trends, tr("Tre&nds"));
  connect(m_trends, &TrendsPage::keywordsChosen, this, &MainWindow::useTrendKeywords);
  connect(m_trends, &TrendsPage::imported, this, [this](const QString& summary) { statusBar()->showMessage(summary, 15000); });
}

void MainWindow::useTrendKeywords(const QStringList& keywords) {
  QLineEdit* field = m_variables->field(QStringLiteral("keywords"));
  if (!field) return;
  QStringList all = keywordsIn(field->text());
  QStringList added;
  for (const QString& keyword : keywords) {
    if (all.contains(keyword, Qt::CaseInsensitive)) continue;
    all << keyword;
    added << keyword;
  }
  field->setText(all.join(QStringLiteral(", ")));  // textChanged: the prompt renders with them
  m_variablesDock->show();
  m_variablesDock->raise();
  statusBar()->showMessage(added.isEmpty() ? tr("The Variables pane's keywords have them already.")
                                           : tr("Added to the Variables pane's keywords: %1").arg(added.join(QStringLiteral(", "))),
                           8000);
}

}  // namespace copydesk::ui
