// MainWindow's menus, kept apart from the panes' wiring.
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>

#include "ui/checks/similar_drafts_action.h"
#include "ui/main_window.h"
#include "ui/provider_banner.h"
#include "ui/studio_palette.h"
#include "ui/studio_settings.h"

namespace copydesk::ui {

void MainWindow::createMenus() {
  QMenu* file = m_fileMenu = menuBar()->addMenu(tr("&File"));
  m_editMenu = menuBar()->addMenu(tr("&Edit"));
  QMenu* view = m_viewMenu = menuBar()->addMenu(tr("&View"));
  m_generateMenu = menuBar()->addMenu(tr("&Generate"));
  m_reviewMenu = menuBar()->addMenu(tr("&Review"));
  QMenu* settings = m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
  QMenu* help = m_helpMenu = menuBar()->addMenu(tr("&Help"));

  createGenerationActions();
  createCopyActions();
  createReviewActions();
  createTranslationActions();
  m_reviewMenu->addSeparator();
  addSimilarDraftsAction(*this, m_reviewMenu);
  createHistoryActions();
  createExperimentActions();
  createSettingsActions();
  createPersonaActions();
  createQuestionsActions();

  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
  view->addSeparator();
  view->addAction(tr("Show the &provider guide"), this, [this] {
    m_settings->setProviderGuideDismissed(false);
    m_banner->show();
  });

  QMenu* language = settings->addMenu(tr("&Language"));
  auto* languages = new QActionGroup(this);
  const QList<QPair<QString, QString>> choices = {
      {QString(), tr("System default")}, {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
  for (const auto& [code, label] : choices) {
    QAction* action = language->addAction(label);
    action->setCheckable(true);
    action->setChecked(m_settings->language() == code);
    languages->addAction(action);
    connect(action, &QAction::triggered, this, [this, code = code] {
      m_settings->setLanguage(code);
      QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of Copydesk."));
    });
  }
  QMenu* appearance = settings->addMenu(tr("&Appearance"));
  auto* palettes = new QActionGroup(this);
  const QList<QPair<PaletteMode, QString>> modes = {
      {PaletteMode::System, tr("Follow the system")}, {PaletteMode::Light, tr("Light")}, {PaletteMode::Dark, tr("Dark")}};
  for (const auto& [mode, label] : modes) {
    QAction* action = appearance->addAction(label);
    action->setCheckable(true);
    action->setChecked(m_settings->paletteMode() == mode);
    palettes->addAction(action);
    connect(action, &QAction::triggered, this, [this, mode = mode] {
      m_settings->setPaletteMode(mode);
      if (mode == PaletteMode::System) {
        QMessageBox::information(this, tr("Appearance"),
                                 tr("The system palette is used from the next start of Copydesk."));
      }
      applyPalette(mode);
    });
  }

  help->addAction(tr("&About Copydesk"), this, [this] {
    QMessageBox::about(this, tr("About Copydesk"),
                       tr("<h3>Copydesk %1</h3><p>A desktop studio for e-commerce copy written with large language "
                          "models. Everything stays in one local SQLite file:</p><p><code>%2</code></p>")
                           .arg(QApplication::applicationVersion(),
                                QString::fromStdString(m_options.database.string()).toHtmlEscaped()));
  });
}

}  // namespace copydesk::ui
