#include "ui/experiments/experiment_list_model.h"

#include <QColor>
#include <QLocale>

#include "ui/experiments/verdict_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

std::int64_t impressions(const ExperimentReport& r) {
  std::int64_t total = 0;
  for (const VariantOutcome& v : r.variants) total += v.conversions.trials;
  return total;
}

}  // namespace

ExperimentListModel::ExperimentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExperimentListModel::setReports(std::vector<ExperimentReport> reports) {
  beginResetModel();
  m_reports = std::move(reports);
  endResetModel();
}

const ExperimentReport* ExperimentListModel::reportAt(int row) const {
  if (row < 0 || row >= static_cast<int>(m_reports.size())) return nullptr;
  return &m_reports[static_cast<std::size_t>(row)];
}

int ExperimentListModel::rowOf(std::int64_t experimentId) const {
  for (std::size_t i = 0; i < m_reports.size(); ++i) {
    if (m_reports[i].experiment.id == experimentId) return static_cast<int>(i);
  }
  return -1;
}

int ExperimentListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int ExperimentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ExperimentListModel::data(const QModelIndex& index, int role) const {
  const ExperimentReport* r = index.isValid() ? reportAt(index.row()) : nullptr;
  if (!r) return {};
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case ProductColumn: return qs(r->experiment.sku);
      case TitleColumn: return qs(r->experiment.productTitle);
      case FieldColumn: return qs(r->experiment.field);
      case VariantsColumn: return static_cast<int>(r->experiment.variants.size());
      case ImpressionsColumn: return QLocale().toString(static_cast<qlonglong>(impressions(*r)));
      case VerdictColumn: return VerdictText::summary(*r);
      default: return {};
    }
  }
  if (role == Qt::ToolTipRole && index.column() == VerdictColumn) return VerdictText::method(r->verdict.method);
  if (role == Qt::ForegroundRole && index.column() == VerdictColumn && r->verdict.winner) return QColor(0x2e, 0x9d, 0x5b);
  if (role == Qt::TextAlignmentRole && (index.column() == VariantsColumn || index.column() == ImpressionsColumn)) {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  }
  return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case ProductColumn: return tr("Product");
    case TitleColumn: return tr("Title");
    case FieldColumn: return tr("Field");
    case VariantsColumn: return tr("Variants tested");
    case ImpressionsColumn: return tr("Impressions");
    case VerdictColumn: return tr("Verdict");
    default: return {};
  }
}

}  // namespace copydesk::ui
