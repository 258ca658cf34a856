#include "ui/history/history_table_model.h"

#include <QDateTime>
#include <QColor>

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString localTime(const std::string& iso) {
  const QDateTime at = QDateTime::fromString(qs(iso), Qt::ISODateWithMs);
  return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : qs(iso);
}

QString parameterValue(const Json& value) {
  if (value.is_string()) return qs(value.get<std::string>());
  if (value.is_number_float()) return QString::number(value.get<double>(), 'g', 4);
  return qs(value.dump());
}

}  // namespace

HistoryTableModel::HistoryTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryTableModel::setEntries(std::vector<HistoryEntry> entries) {
  beginResetModel();
  m_entries = std::move(entries);
  endResetModel();
}

void HistoryTableModel::setVariantNotes(QHash<qint64, VariantNote> notes) {
  m_notes = std::move(notes);
  if (!m_entries.empty()) emit dataChanged(index(0, ExperimentColumn), index(rowCount() - 1, ExperimentColumn));
}

const VariantNote* HistoryTableModel::noteFor(const HistoryEntry& entry) const {
  if (!entry.draftId) return nullptr;
  auto note = m_notes.constFind(*entry.draftId);
  return note == m_notes.constEnd() ? nullptr : &note.value();
}

const HistoryEntry* HistoryTableModel::entryAt(int row) const {
  if (row < 0 || row >= static_cast<int>(m_entries.size())) return nullptr;
  return &m_entries[static_cast<size_t>(row)];
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString HistoryTableModel::entryName(const HistoryEntry& entry) {
  if (entry.kind == HistoryKind::Generation) return tr("Generation #%1").arg(entry.id);
  if (entry.editNumber == 1) return tr("Draft #%1, first text").arg(entry.draftId.value_or(0));
  return tr("Draft #%1, version %2").arg(entry.draftId.value_or(0)).arg(entry.editNumber);
}

QString HistoryTableModel::templateLabel(const HistoryEntry& entry) {
  if (entry.templateName.empty()) return QStringLiteral("—");
  return tr("%1 v%2").arg(qs(entry.templateName)).arg(entry.templateVersion);
}

QString HistoryTableModel::parametersText(const HistoryEntry& entry) {
  QStringList parts;
  for (const auto& [key, value] : entry.parameters.items()) parts << qs(key) + QLatin1Char(' ') + parameterValue(value);
  return parts.join(QStringLiteral(", "));
}

QVariant HistoryTableModel::display(const HistoryEntry& e, int column) const {
  const bool generation = e.kind == HistoryKind::Generation;
  switch (column) {
    case WhenColumn: return localTime(e.at);
    case EntryColumn: return generation || e.author.empty() ? entryName(e) : tr("%1 by %2").arg(entryName(e), qs(e.author));
    case ProductColumn: return qs(e.sku);
    case FieldColumn: return e.variant > 0 ? tr("%1 (variant %2)").arg(qs(e.field)).arg(e.variant) : qs(e.field);
    case TemplateColumn: return templateLabel(e);
    case ModelColumn:
      return e.provider.empty() ? qs(e.model) : tr("%1 · %2").arg(qs(e.model), qs(e.provider));
    case ParametersColumn: return parametersText(e);
    case TokensColumn:
      if (!e.inputTokens && !e.outputTokens) return QString();
      return tr("%1 → %2")
          .arg(e.inputTokens ? QString::number(*e.inputTokens) : QStringLiteral("?"),
               e.outputTokens ? QString::number(*e.outputTokens) : QStringLiteral("?"));
    case CostColumn:
      return e.cost ? QStringLiteral("$%1").arg(*e.cost, 0, 'f', *e.cost < 0.01 ? 5 : 4) : QString();
    case TimeColumn: return e.latencyMs ? tr("%1 s").arg(*e.latencyMs / 1000.0, 0, 'f', 2) : QString();
    case OutcomeColumn:
      if (!generation) return tr("saved");
      if (e.outcome == "ok") return tr("ok");
      if (e.outcome == "cancelled") return tr("cancelled");
      return e.error.empty() ? tr("failed") : tr("failed: %1").arg(qs(e.error));
    case ExperimentColumn: {
      const VariantNote* note = noteFor(e);
      return note ? note->cell : QString();
    }
    default: return {};
  }
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const {
  const HistoryEntry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
  if (!entry) return {};
  switch (role) {
    case Qt::DisplayRole: return display(*entry, index.column());
    case Qt::ToolTipRole:
      if (index.column() == ProductColumn) return qs(entry->productTitle);
      if (index.column() == OutcomeColumn || index.column() == ParametersColumn) return display(*entry, index.column());
      if (index.column() == ExperimentColumn) {
        const VariantNote* note = noteFor(*entry);
        return note ? note->details : QVariant();
      }
      return {};
    case Qt::ForegroundRole:
      // A failure stands out; this red reads on light and dark bases alike.
      if (entry->kind == HistoryKind::Generation && entry->outcome == "failed") return QColor(0xd0, 0x3a, 0x3a);
      if (index.column() == ExperimentColumn && noteFor(*entry) && noteFor(*entry)->winner) return QColor(0x2e, 0x9d, 0x5b);
      return {};
    case Qt::TextAlignmentRole:
      if (index.column() == TokensColumn || index.column() == CostColumn || index.column() == TimeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      }
      return {};
    default: return {};
  }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case WhenColumn: return tr("When");
    case EntryColumn: return tr("Entry");
    case ProductColumn: return tr("Product");
    case FieldColumn: return tr("Field");
    case TemplateColumn: return tr("Template");
    case ModelColumn: return tr("Model");
    case ParametersColumn: return tr("Parameters");
    case TokensColumn: return tr("Tokens in → out");
    case CostColumn: return tr("Cost");
    case TimeColumn: return tr("Time");
    case OutcomeColumn: return tr("Outcome");
    case ExperimentColumn: return tr("A/B test");
    default: return {};
  }
}

}  // namespace copydesk::ui
