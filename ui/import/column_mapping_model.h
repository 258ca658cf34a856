#pragma once

#include <QAbstractTableModel>

#include <string>
#include <vector>

#include "core/catalog/column_mapping.h"

namespace copydesk::ui {

// The import dialog's mapping: one row per source column, what it feeds (a product field, an
// attribute, or nothing), with its first value as a hint. Editable for generic files only; a field
// fed by one column at most (choosing it for another column turns the first back into an attribute).
class ColumnMappingModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { SourceColumn, ExampleColumn, TargetColumn, ColumnCount };
  // A row's target: the product fields in kProductFields order, then these two.
  static constexpr int kAttribute = static_cast<int>(kProductFields.size());
  static constexpr int kIgnore = kAttribute + 1;
  static constexpr int kTargetCount = kIgnore + 1;

  explicit ColumnMappingModel(QObject* parent = nullptr);

  void setSource(std::vector<std::string> header, std::vector<std::string> firstRow, const ColumnMapping& mapping);
  void setEditable(bool editable);
  bool isEditable() const { return m_editable; }
  ColumnMapping mapping() const;
  int target(int row) const { return m_targets.at(static_cast<size_t>(row)); }
  bool setTarget(int row, int target);  // as the user would choose it
  int rowOfColumn(const std::string& name) const;  // -1 if absent

  static QString targetName(int target);  // "sku", "title"… "attribute", "ignore" (translated)

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 signals:
  void mappingEdited();  // by the user, through setTarget/setData

 private:
  std::vector<std::string> m_header;
  std::vector<std::string> m_firstRow;
  std::vector<int> m_targets;
  bool m_editable = false;
};

}  // namespace copydesk::ui
