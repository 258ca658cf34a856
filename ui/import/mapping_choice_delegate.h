#pragma once

#include <QStyledItemDelegate>

namespace copydesk::ui {

// Edits a ColumnMappingModel target with a drop-down of the fields, "attribute" and "ignore";
// a choice is applied as soon as it is made.
class MappingChoiceDelegate final : public QStyledItemDelegate {
  Q_OBJECT

 public:
  using QStyledItemDelegate::QStyledItemDelegate;

  QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  void setEditorData(QWidget* editor, const QModelIndex& index) const override;
  void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

}  // namespace copydesk::ui
