#pragma once

#include <QAbstractTableModel>

#include <optional>

#include "core/experiments/experiment_report.h"

namespace copydesk::ui {

// One experiment's variants: what made each, what the shop counted, the rate and its 95 % interval.
class VariantTableModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    LabelColumn,
    DraftColumn,
    TemplateColumn,
    PersonaColumn,
    ImpressionsColumn,
    ClicksColumn,
    ConversionsColumn,
    RateColumn,
    IntervalColumn,
    RevenueColumn,
    ColumnCount
  };

  explicit VariantTableModel(QObject* parent = nullptr);

  void setReport(std::optional<ExperimentReport> report);
  const std::optional<ExperimentReport>& report() const { return m_report; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QVariant display(std::size_t row, int column) const;

  std::optional<ExperimentReport> m_report;
};

}  // namespace copydesk::ui
