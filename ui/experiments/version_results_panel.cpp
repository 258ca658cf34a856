#include "ui/experiments/version_results_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "core/experiments/experiment_report.h"
#include "core/experiments/version_rollup.h"
#include "ui/common/error_text.h"
#include "ui/experiments/rate_chart.h"
#include "ui/experiments/verdict_text.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

// What the store gives the panel: the template's rollups, with and without the persona split.
struct VersionResults {
  std::vector<ExperimentReport> reports;
  std::vector<VersionRollup> byVersion;
  std::vector<VersionRollup> byPersona;  // empty unless some variant was written for a persona
};

VersionResults resultsFor(std::vector<ExperimentReport> reports, const std::string& name) {
  VersionResults results;
  const auto mine = [&](const VersionRollup& r) { return r.templateName == name; };
  for (const VersionRollup& r : rollUpByTemplateVersion(reports)) {
    if (mine(r)) results.byVersion.push_back(r);
  }
  const bool anyPersona = std::any_of(reports.begin(), reports.end(), [](const ExperimentReport& r) {
    return std::any_of(r.experiment.variants.begin(), r.experiment.variants.end(),
                       [](const ExperimentVariant& v) { return !v.persona.empty(); });
  });
  if (anyPersona) {
    for (const VersionRollup& r : rollUpByTemplateVersion(reports, true)) {
      if (mine(r)) results.byPersona.push_back(r);
    }
  }
  results.reports = std::move(reports);
  return results;
}

}  // namespace

VersionResultsPanel::VersionResultsPanel(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  setObjectName(QStringLiteral("versionResults"));
  m_toggle = new QToolButton(this);
  m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_toggle->setAutoRaise(true);
  m_toggle->setCheckable(true);
  m_toggle->setText(tr("A/B results by version"));
  m_summary = new QLabel(this);
  m_summary->setTextFormat(Qt::PlainText);
  m_content = new QWidget(this);
  m_table = new QTableWidget(0, 8, m_content);
  m_table->setObjectName(QStringLiteral("versionResultsTable"));
  m_table->setHorizontalHeaderLabels({tr("Version"), tr("Persona"), tr("Experiments"), tr("Won"), tr("Impressions"),
                                      tr("Conversions"), tr("Rate"), tr("95% CI")});
  m_table->verticalHeader()->hide();
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_chart = new RateChart(m_content);
  m_chart->setObjectName(QStringLiteral("versionChart"));
  m_chart->setMinimumHeight(180);
  m_content->setMaximumHeight(260);  // the editors above keep most of the page
  m_comparison = new QLabel(m_content);
  m_comparison->setObjectName(QStringLiteral("versionComparison"));
  m_comparison->setTextFormat(Qt::PlainText);
  m_comparison->setWordWrap(true);

  auto* row = new QHBoxLayout;
  row->addWidget(m_table, 3);
  row->addWidget(m_chart, 2);
  auto* contentLayout = new QVBoxLayout(m_content);
  contentLayout->setContentsMargins(0, 0, 0, 0);
  contentLayout->addWidget(m_comparison);
  contentLayout->addLayout(row);
  auto* head = new QHBoxLayout;
  head->addWidget(m_toggle);
  head->addWidget(m_summary, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(head);
  layout->addWidget(m_content);
  connect(m_toggle, &QToolButton::toggled, this, &VersionResultsPanel::setExpanded);
  setExpanded(false);
}

bool VersionResultsPanel::isExpanded() const { return m_toggle->isChecked(); }

void VersionResultsPanel::setExpanded(bool expanded) {
  m_toggle->setChecked(expanded);
  m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
  m_content->setVisible(expanded);
}

void VersionResultsPanel::setTemplate(std::int64_t templateId, const std::string& name, int version) {
  const bool same = templateId == m_templateId && version == m_version;
  m_templateId = templateId;
  m_name = name;
  m_version = version;
  if (!same) reload();
}

void VersionResultsPanel::reload() {
  const int query = ++m_queries;
  if (m_templateId == 0) {
    m_summary->setText(tr("Open a template to see how its versions did."));
    m_table->setRowCount(0);
    m_chart->setBars(QString(), {});
    m_comparison->clear();
    emit loaded();
    return;
  }
  const std::int64_t templateId = m_templateId;
  const std::string name = m_name;
  m_store.run(
      this,
      [templateId, name](Database& db) -> Result<VersionResults> {
        auto reports = experimentReports(db, {.templateId = templateId});
        if (!reports) return reports.error();
        return resultsFor(std::move(*reports), name);
      },
      [this, query](Result<VersionResults> results) {
        if (query != m_queries) return;
        if (!results) {
          m_summary->setText(tr("Could not read the A/B results: %1").arg(ErrorText::describe(results.error())));
          emit loaded();
          return;
        }
        const std::vector<VersionRollup>& rows = results->byPersona.empty() ? results->byVersion : results->byPersona;
        m_summary->setText(results->reports.empty()
                               ? tr("No A/B experiment has used this template yet.")
                               : tr("Experiments that used this template: %1. Rates are pooled over each version's variants.")
                                     .arg(results->reports.size()));
        m_table->setRowCount(static_cast<int>(rows.size()));
        QList<RateChart::Bar> bars;
        for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
          const VersionRollup& r = rows[static_cast<std::size_t>(i)];
          const QString version = tr("v%1").arg(r.templateVersion);
          const QStringList cells = {version, r.persona.empty() ? QStringLiteral("—") : qs(r.persona),
                                     QString::number(r.experiments), tr("%1 of %2").arg(r.wins).arg(r.decided),
                                     count(r.pooled.trials), count(r.pooled.successes),
                                     r.pooled.trials > 0 ? VerdictText::percent(r.pooled.rate()) : QString(),
                                     r.pooled.trials > 0 ? VerdictText::interval(r.interval) : QString()};
          for (int c = 0; c < cells.size(); ++c) m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
          RateChart::Bar bar;
          bar.label = r.persona.empty() ? version : version + QStringLiteral(" · ") + qs(r.persona);
          bar.rate = r.pooled.rate();
          bar.interval = r.interval;
          bar.highlighted = r.templateVersion == m_version;
          bar.details = tr("%1: %2 of %3 converted, %4 (95% CI %5); won %6 of %7 decided experiments")
                            .arg(bar.label, count(r.pooled.successes), count(r.pooled.trials),
                                 VerdictText::percent(r.pooled.rate()), VerdictText::interval(r.interval))
                            .arg(r.wins)
                            .arg(r.decided);
          bars << bar;
        }
        m_table->resizeColumnsToContents();
        m_chart->setBars(tr("%1: conversion rate by version").arg(qs(m_name)), bars);
        m_comparison->setText(compareWithPrevious(results->reports, results->byVersion));
        if (!results->reports.empty() && !isExpanded()) setExpanded(true);
        emit loaded();
      });
}

// The open version against the newest earlier one with results, where both had variants in the
// same experiments (pooling only those keeps different products' base rates out of the comparison).
QString VersionResultsPanel::compareWithPrevious(const std::vector<ExperimentReport>& reports,
                                                 const std::vector<VersionRollup>& versions) const {
  const auto current = std::find_if(versions.begin(), versions.end(),
                                    [&](const VersionRollup& r) { return r.templateVersion == m_version; });
  if (current == versions.end() || !current->templateVersionId) {
    return versions.empty() ? QString() : tr("Version %1 has no A/B results yet.").arg(m_version);
  }
  const VersionRollup* previous = nullptr;
  for (const VersionRollup& r : versions) {
    if (r.templateVersion < m_version && r.templateVersionId) previous = &r;  // ascending: the last is the newest
  }
  if (!previous) return tr("No earlier version of this template has A/B results to compare with.");
  const HeadToHead duel = headToHead(reports, *current->templateVersionId, *previous->templateVersionId);
  if (duel.experiments == 0) {
    return tr("v%1 and v%2 have not been in the same experiment yet.").arg(m_version).arg(previous->templateVersion);
  }
  QString line = tr("v%1 against v%2 where both ran (experiments: %3): %4 against %5")
                     .arg(m_version)
                     .arg(previous->templateVersion)
                     .arg(duel.experiments)
                     .arg(VerdictText::percent(duel.a.rate()), VerdictText::percent(duel.b.rate()));
  if (!duel.test) return tr("%1 (nothing to test yet).").arg(line);
  const bool significant = duel.test->pValue < kSignificanceLevel;
  const QString verdict = !significant ? tr("no significant difference")
                          : duel.test->z > 0 ? tr("v%1 converts better").arg(m_version)
                                             : tr("v%1 converts worse").arg(m_version);
  return tr("%1, %2 (%3, two-proportion z-test on the pooled counts).").arg(line, verdict, VerdictText::pValue(duel.test->pValue));
}

}  // namespace copydesk::ui
