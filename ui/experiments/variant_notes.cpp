#include "ui/experiments/variant_notes.h"

#include <QCoreApplication>

#include "ui/experiments/verdict_text.h"

namespace copydesk::ui {

QHash<qint64, VariantNote> variantNotes(const std::vector<ExperimentReport>& reports) {
  QHash<qint64, VariantNote> notes;
  for (const ExperimentReport& report : reports) {
    for (std::size_t i = 0; i < report.experiment.variants.size(); ++i) {
      const ExperimentVariant& v = report.experiment.variants[i];
      VariantNote note;
      note.experimentId = report.experiment.id;
      note.winner = report.verdict.winner == i;
      note.cell = QString::fromStdString(v.label);
      if (v.results) note.cell += QStringLiteral(" · ") + VerdictText::percent(report.variants[i].conversions.rate());
      if (note.winner) note.cell += QStringLiteral(" · ") + QCoreApplication::translate("VariantNotes", "winner");
      note.details = QCoreApplication::translate("VariantNotes", "A/B test: %1\n%2").arg(VerdictText::variantLine(report, i), VerdictText::summary(report));
      notes.insert(v.draftId, note);
    }
  }
  return notes;
}

}  // namespace copydesk::ui
