#include "ui/import/column_mapping_model.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

ColumnMappingModel::ColumnMappingModel(QObject* parent) : QAbstractTableModel(parent) {}

void ColumnMappingModel::setSource(std::vector<std::string> header, std::vector<std::string> firstRow,
                                   const ColumnMapping& mapping) {
  beginResetModel();
  m_header = std::move(header);
  m_firstRow = std::move(firstRow);
  m_targets.assign(m_header.size(), kAttribute);
  for (size_t row = 0; row < m_header.size(); ++row) {
    if (mapping.isIgnored(m_header[row])) m_targets[row] = kIgnore;
  }
  // A field takes the first column of that name; a repeated header name stays an attribute.
  for (size_t f = 0; f < kProductFields.size(); ++f) {
    const std::string& column = mapping.columns[f];
    if (column.empty()) continue;
    for (size_t row = 0; row < m_header.size(); ++row) {
      if (m_header[row] == column) {
        m_targets[row] = static_cast<int>(f);
        break;
      }
    }
  }
  endResetModel();
}

void ColumnMappingModel::setEditable(bool editable) {
  if (editable == m_editable) return;
  m_editable = editable;
  if (!m_header.empty()) emit dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn));
}

ColumnMapping ColumnMappingModel::mapping() const {
  ColumnMapping mapping;
  for (size_t row = 0; row < m_header.size(); ++row) {
    const int target = m_targets[row];
    if (target < kAttribute) mapping.columns[static_cast<size_t>(target)] = m_header[row];
    if (target == kIgnore) mapping.ignored.push_back(m_header[row]);
  }
  return mapping;
}

bool ColumnMappingModel::setTarget(int row, int target) {
  if (!m_editable || row < 0 || row >= rowCount() || target < 0 || target >= kTargetCount) return false;
  if (m_targets[static_cast<size_t>(row)] == target) return true;
  if (target < kAttribute) {
    for (size_t other = 0; other < m_targets.size(); ++other) {
      if (m_targets[other] == target) {
        m_targets[other] = kAttribute;
        const int r = static_cast<int>(other);
        emit dataChanged(index(r, TargetColumn), index(r, TargetColumn));
      }
    }
  }
  m_targets[static_cast<size_t>(row)] = target;
  emit dataChanged(index(row, TargetColumn), index(row, TargetColumn));
  emit mappingEdited();
  return true;
}

int ColumnMappingModel::rowOfColumn(const std::string& name) const {
  for (size_t row = 0; row < m_header.size(); ++row) {
    if (m_header[row] == name) return static_cast<int>(row);
  }
  return -1;
}

QString ColumnMappingModel::targetName(int target) {
  if (target >= 0 && target < kAttribute) return qs(std::string(fieldName(kProductFields[static_cast<size_t>(target)])));
  if (target == kAttribute) return tr("attribute");
  if (target == kIgnore) return tr("ignore");
  return {};
}

int ColumnMappingModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_header.size());
}

int ColumnMappingModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ColumnMappingModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const size_t row = static_cast<size_t>(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case SourceColumn: return m_header[row].empty() ? tr("(column %1)").arg(index.row() + 1) : qs(m_header[row]);
      case ExampleColumn: return row < m_firstRow.size() ? qs(m_firstRow[row]).simplified().left(80) : QString();
      case TargetColumn:
        // A fixed layout reads its other columns its own way (variants, options, attributes).
        return !m_editable && m_targets[row] == kAttribute ? QStringLiteral("—") : targetName(m_targets[row]);
      default: return {};
    }
  }
  if (role == Qt::EditRole && index.column() == TargetColumn) return m_targets[row];
  if (role == Qt::ToolTipRole && index.column() == TargetColumn && !m_editable) {
    return tr("This layout's columns are fixed: its other columns become variants, options or attributes as the "
              "layout defines. Only generic CSV and JSON files can be mapped by hand.");
  }
  return {};
}

bool ColumnMappingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
  if (!index.isValid() || index.column() != TargetColumn || role != Qt::EditRole) return false;
  return setTarget(index.row(), value.toInt());
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex& index) const {
  Qt::ItemFlags flags = QAbstractTableModel::flags(index);
  if (index.isValid() && index.column() == TargetColumn && m_editable) flags |= Qt::ItemIsEditable;
  return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case SourceColumn: return tr("Column in the file");
    case ExampleColumn: return tr("First value");
    case TargetColumn: return tr("Imported as");
    default: return {};
  }
}

}  // namespace copydesk::ui
