#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

#include "core/experiments/experiment_report.h"

namespace copydesk::ui {

// What History shows beside a draft that is an experiment's variant.
struct VariantNote {
  std::int64_t experimentId = 0;
  QString cell;     // the table's A/B column: "E3-B · 4.50% · winner"
  QString details;  // under the entry's heading: the variant's numbers and the experiment's verdict
  bool winner = false;
};

// Notes for every variant of these experiments, by draft id.
QHash<qint64, VariantNote> variantNotes(const std::vector<ExperimentReport>& reports);

}  // namespace copydesk::ui
