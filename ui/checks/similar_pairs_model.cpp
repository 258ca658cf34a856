#include "ui/checks/similar_pairs_model.h"

#include <QLocale>

#include "ui/editor/code_point_positions.h"

#include <algorithm>

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The first `count` characters (code points, so no surrogate pair is cut), white space folded.
QString preview(const std::string& passage, int count) {
  const QString text = qs(passage).simplified();
  const int end = CodePointPositions(text).position(static_cast<std::size_t>(count));
  return end < text.size() ? text.left(end) + QStringLiteral("…") : text;
}

}  // namespace

void SimilarPairsModel::setPairs(std::vector<SimilarPair> pairs) {
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const SimilarPair& a, const SimilarPair& b) { return a.similarity > b.similarity; });
  beginResetModel();
  m_pairs = std::move(pairs);
  endResetModel();
}

const SimilarPair* SimilarPairsModel::pair(int row) const {
  return row >= 0 && row < static_cast<int>(m_pairs.size()) ? &m_pairs[static_cast<std::size_t>(row)] : nullptr;
}

QString SimilarPairsModel::itemLabel(const SimilarItem& item) {
  const QString head = tr("%1 · %2").arg(qs(item.sku), qs(item.field));
  return item.draftId > 0 ? tr("%1 (draft %2)").arg(head).arg(item.draftId) : head;
}

int SimilarPairsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_pairs.size());
}

int SimilarPairsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SimilarPairsModel::data(const QModelIndex& index, int role) const {
  const SimilarPair* p = index.isValid() ? pair(index.row()) : nullptr;
  if (!p) return {};
  if (role == Qt::TextAlignmentRole && index.column() == SimilarityColumn)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole && index.column() == PassageColumn) return qs(p->passage);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case AColumn: return itemLabel(p->a);
    case BColumn: return itemLabel(p->b);
    case SimilarityColumn: return QLocale().toString(p->similarity * 100, 'f', 0) + QLocale().percent();
    case PassageColumn: return preview(p->passage, kPassagePreview);
    default: return {};
  }
}

QVariant SimilarPairsModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case AColumn: return tr("A");
    case BColumn: return tr("B");
    case SimilarityColumn: return tr("Similarity");
    case PassageColumn: return tr("Shared passage");
    default: return {};
  }
}

}  // namespace copydesk::ui
