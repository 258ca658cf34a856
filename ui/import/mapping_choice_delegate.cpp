#include "ui/import/mapping_choice_delegate.h"

#include <QComboBox>

#include "ui/import/column_mapping_model.h"

namespace copydesk::ui {

QWidget* MappingChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
  auto* combo = new QComboBox(parent);
  combo->setObjectName(QStringLiteral("mappingChoice"));
  for (int target = 0; target < ColumnMappingModel::kTargetCount; ++target) {
    combo->addItem(ColumnMappingModel::targetName(target), target);
  }
  // Qt hands out editors from a const function; committing is still this delegate's signal.
  auto* self = const_cast<MappingChoiceDelegate*>(this);
  connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
  return combo;
}

void MappingChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
  auto* combo = static_cast<QComboBox*>(editor);
  const QSignalBlocker quiet(combo);
  combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void MappingChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
  auto* combo = static_cast<QComboBox*>(editor);
  model->setData(index, combo->currentData(), Qt::EditRole);
}

}  // namespace copydesk::ui
