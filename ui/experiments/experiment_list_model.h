#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "core/experiments/experiment_report.h"

namespace copydesk::ui {

// The experiments page's list: one row per experiment (a product's field), with its verdict.
class ExperimentListModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { ProductColumn, TitleColumn, FieldColumn, VariantsColumn, ImpressionsColumn, VerdictColumn, ColumnCount };

  explicit ExperimentListModel(QObject* parent = nullptr);

  void setReports(std::vector<ExperimentReport> reports);
  const std::vector<ExperimentReport>& reports() const { return m_reports; }
  const ExperimentReport* reportAt(int row) const;
  int rowOf(std::int64_t experimentId) const;  // -1: not listed

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<ExperimentReport> m_reports;
};

}  // namespace copydesk::ui
