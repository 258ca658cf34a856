#include "ui/row_table.h"

#include <QHeaderView>
#include <QTableView>

namespace copydesk::ui {

void setUpRowTable(QTableView* view, int stretchColumn) {
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view->setAlternatingRowColors(true);
  view->setWordWrap(false);
  view->verticalHeader()->hide();
  view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
  QHeaderView* columns = view->horizontalHeader();
  columns->setSectionResizeMode(QHeaderView::Interactive);
  columns->setStretchLastSection(stretchColumn < 0);
  if (stretchColumn >= 0) columns->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

}  // namespace copydesk::ui
