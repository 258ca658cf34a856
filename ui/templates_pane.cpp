#include "ui/templates_pane.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/template_list_model.h"

namespace copydesk::ui {

TemplatesPane::TemplatesPane(StoreThread& store, QWidget* parent) : QWidget(parent) {
  m_model = new TemplateListModel(store, this);
  m_view = new QTreeView(this);
  m_view->setModel(m_model);
  m_view->setRootIsDecorated(true);
  m_view->setUniformRowHeights(true);
  m_view->setAlternatingRowColors(true);
  m_view->header()->setSectionResizeMode(TemplateListModel::NameColumn, QHeaderView::Stretch);
  m_view->header()->setStretchLastSection(false);
  for (int column = TemplateListModel::VersionColumn; column < TemplateListModel::ColumnCount; ++column) {
    m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
  }
  // Who saved a version and when is there on demand (header menu), not taking the names' room.
  m_view->setColumnHidden(TemplateListModel::AuthorColumn, true);
  m_view->setColumnHidden(TemplateListModel::SavedColumn, true);
  m_view->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
  for (int column = TemplateListModel::VersionColumn; column < TemplateListModel::ColumnCount; ++column) {
    auto* action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), m_view->header());
    action->setCheckable(true);
    action->setChecked(!m_view->isColumnHidden(column));
    connect(action, &QAction::toggled, this, [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
    m_view->header()->addAction(action);
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_view);

  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
    if (m_quiet) return;
    const QModelIndex first = current.siblingAtColumn(0);
    if (const TemplateVersion* version = m_model->versionAt(first)) {
      m_currentTemplate = version->prompt.name;
      emit versionChosen(*version);
    }
  });
  connect(m_model, &TemplateListModel::loaded, this, [this] {
    QModelIndex select = m_pendingSelection ? m_model->indexOfVersion(m_pendingSelection) : QModelIndex();
    if (!select.isValid() && !m_currentTemplate.empty()) select = m_model->indexOfTemplate(m_currentTemplate);
    if (!select.isValid()) select = m_model->index(0, 0);
    m_pendingSelection = 0;
    if (select.parent().isValid()) m_view->expand(select.parent());
    m_view->setCurrentIndex(select);
  });
}

void TemplatesPane::selectVersion(std::int64_t versionId) {
  const QModelIndex index = m_model->indexOfVersion(versionId);
  if (!index.isValid()) return;
  m_quiet = true;
  m_view->expand(index.parent());
  m_view->setCurrentIndex(index);
  m_quiet = false;
}

void TemplatesPane::reload(std::int64_t selectVersionId) {
  m_pendingSelection = selectVersionId;
  m_model->reload();
}

}  // namespace copydesk::ui
