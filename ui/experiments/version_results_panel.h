#pragma once

#include <QWidget>

#include <cstdint>
#include <string>
#include <vector>

#include "core/experiments/version_rollup.h"

class QLabel;
class QTableWidget;
class QToolButton;

namespace copydesk::ui {

class RateChart;
class StoreThread;

// Under the Prompt page's editors: how each version of the open template did in A/B experiments
// (its variants' pooled rate with a 95 % interval, experiments won; split by persona where drafts
// were written for personas), and the open version against the one before it in the experiments
// they shared (a two-proportion z-test on their pooled counts).
class VersionResultsPanel final : public QWidget {
  Q_OBJECT

 public:
  explicit VersionResultsPanel(StoreThread& store, QWidget* parent = nullptr);

  // The template open in the editor (by template id) and its version number; 0: none.
  void setTemplate(std::int64_t templateId, const std::string& name, int version);
  void reload();

  QTableWidget* table() const { return m_table; }
  RateChart* chart() const { return m_chart; }
  QLabel* comparison() const { return m_comparison; }
  QLabel* summary() const { return m_summary; }
  bool isExpanded() const;
  void setExpanded(bool expanded);

 signals:
  void loaded();

 private:
  // "v3 against v2 in 2 shared experiments: …", or why there is nothing to compare.
  QString compareWithPrevious(const std::vector<ExperimentReport>& reports, const std::vector<VersionRollup>& versions) const;

  StoreThread& m_store;
  QToolButton* m_toggle;
  QWidget* m_content;
  QLabel* m_summary;
  QTableWidget* m_table;
  RateChart* m_chart;
  QLabel* m_comparison;
  std::int64_t m_templateId = 0;
  std::string m_name;
  int m_version = 0;
  int m_queries = 0;
};

}  // namespace copydesk::ui
