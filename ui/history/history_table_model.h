#pragma once

#include <QAbstractTableModel>

#include <QHash>

#include <vector>

#include "core/store/history_feed.h"
#include "ui/experiments/variant_notes.h"

namespace copydesk::ui {

// The history page's table: generations and draft versions, newest first, one per row, with what
// made each (template version, model, parameters) and what it cost.
class HistoryTableModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column {
    WhenColumn,
    EntryColumn,
    ProductColumn,
    FieldColumn,
    ExperimentColumn,  // an experiment variant's label, rate and whether it won (issue 13)
    TemplateColumn,
    ModelColumn,
    ParametersColumn,
    TokensColumn,
    CostColumn,
    TimeColumn,
    OutcomeColumn,
    ColumnCount
  };

  explicit HistoryTableModel(QObject* parent = nullptr);

  void setEntries(std::vector<HistoryEntry> entries);
  const std::vector<HistoryEntry>& entries() const { return m_entries; }
  const HistoryEntry* entryAt(int row) const;
  // A/B results of the drafts that are experiment variants, by draft id (the rest show nothing).
  void setVariantNotes(QHash<qint64, VariantNote> notes);
  const VariantNote* noteFor(const HistoryEntry& entry) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // "Generation #12", "Version 2 of draft #7": how an entry is named in labels and the table.
  static QString entryName(const HistoryEntry& entry);
  // "description-en v3", or "—" when no template made it.
  static QString templateLabel(const HistoryEntry& entry);
  // "temperature 0.7, max_tokens 400".
  static QString parametersText(const HistoryEntry& entry);

 private:
  QVariant display(const HistoryEntry& entry, int column) const;

  std::vector<HistoryEntry> m_entries;
  QHash<qint64, VariantNote> m_notes;
};

}  // namespace copydesk::ui
