#include "ui/experiments/variant_table_model.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include "ui/experiments/verdict_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

}  // namespace

VariantTableModel::VariantTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void VariantTableModel::setReport(std::optional<ExperimentReport> report) {
  beginResetModel();
  m_report = std::move(report);
  endResetModel();
}

int VariantTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !m_report ? 0 : static_cast<int>(m_report->experiment.variants.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VariantTableModel::display(std::size_t row, int column) const {
  const ExperimentVariant& v = m_report->experiment.variants[row];
  const VariantOutcome& o = m_report->variants[row];
  const bool has = v.results.has_value();
  switch (column) {
    case LabelColumn: return qs(v.label);
    case DraftColumn: return tr("#%1").arg(v.draftId);
    case TemplateColumn:
      return v.templateName.empty() ? tr("by hand") : tr("%1 v%2").arg(qs(v.templateName)).arg(v.templateVersion);
    case PersonaColumn: return v.persona.empty() ? QStringLiteral("—") : qs(v.persona);
    case ImpressionsColumn: return has ? count(v.results->impressions) : QString();
    case ClicksColumn: return has ? count(v.results->clicks) : QString();
    case ConversionsColumn: return has ? count(v.results->conversions) : QString();
    case RateColumn: return has ? VerdictText::percent(o.conversions.rate()) : QString();
    case IntervalColumn: return has ? VerdictText::interval(o.interval) : QString();
    case RevenueColumn:
      return has && v.results->revenue ? QLocale().toString(*v.results->revenue, 'f', 2) : QString();
    default: return {};
  }
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const {
  if (!m_report || !index.isValid() || index.row() >= rowCount()) return {};
  const auto row = static_cast<std::size_t>(index.row());
  const bool winner = m_report->verdict.winner == row;
  switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::FontRole: {
      if (!winner) return {};
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    case Qt::ForegroundRole: return winner ? QVariant(QColor(0x2e, 0x9d, 0x5b)) : QVariant();
    case Qt::ToolTipRole: return winner ? tr("The winner: significantly better than every other variant") : QVariant();
    case Qt::TextAlignmentRole:
      if (index.column() >= ImpressionsColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      return {};
    default: return {};
  }
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case LabelColumn: return tr("Variant");
    case DraftColumn: return tr("Draft");
    case TemplateColumn: return tr("Template");
    case PersonaColumn: return tr("Persona");
    case ImpressionsColumn: return tr("Impressions");
    case ClicksColumn: return tr("Clicks");
    case ConversionsColumn: return tr("Conversions");
    case RateColumn: return tr("Rate");
    case IntervalColumn: return tr("95% CI");
    case RevenueColumn: return tr("Revenue");
    default: return {};
  }
}

}  // namespace copydesk::ui
