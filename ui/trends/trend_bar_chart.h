#pragma once

#include <QChartView>
#include <QString>
#include <QStringList>

#include <vector>

#include "core/trends/trend_ranking.h"

class QBarSet;

namespace copydesk::ui {

// The ranking's first and last keywords (kBars / 2 of each) as horizontal bars of their growth in
// per cent, in the ranking's order from the top: rising in one colour, falling in another. Hovering a bar shows its numbers; clicking it
// chooses the keyword.
class TrendBarChart final : public QChartView {
  Q_OBJECT

 public:
  static constexpr int kBars = 10;  // more do not leave a readable line per keyword

  explicit TrendBarChart(QWidget* parent = nullptr);

  void showRanking(const std::vector<KeywordTrend>& ranked);

  QStringList keywords() const { return m_keywords; }  // top to bottom
  QBarSet* risingSet() const { return m_rising; }
  QBarSet* fallingSet() const { return m_falling; }
  QString hoverText() const { return m_hoverText; }

 signals:
  void keywordClicked(const QString& keyword);

 private:
  QString barText(int index) const;
  void showHover(const QString& text);

  std::vector<KeywordTrend> m_shown;  // in the chart's category order: bottom first
  QStringList m_keywords;
  QBarSet* m_rising = nullptr;
  QBarSet* m_falling = nullptr;
  QString m_hoverText;
};

}  // namespace copydesk::ui
