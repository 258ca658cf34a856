#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "core/checks/similarity/similar_texts.h"

namespace copydesk::ui {

// The near-duplicate pairs a sameness scan found, most similar first: which two texts (SKU and
// field, or draft number), how alike, and the start of the passage they share.
class SimilarPairsModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { AColumn, BColumn, SimilarityColumn, PassageColumn, ColumnCount };
  static constexpr int kPassagePreview = 60;  // characters of the shared passage in the list

  using QAbstractTableModel::QAbstractTableModel;

  void setPairs(std::vector<SimilarPair> pairs);  // sorts them, most similar first
  const SimilarPair* pair(int row) const;
  const std::vector<SimilarPair>& pairs() const { return m_pairs; }

  // "SKU-1 · description" for the catalog's copy, "SKU-1 · title (draft 12)" for a draft.
  static QString itemLabel(const SimilarItem& item);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<SimilarPair> m_pairs;
};

}  // namespace copydesk::ui
