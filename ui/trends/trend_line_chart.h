#pragma once

#include <QChartView>
#include <QString>

#include <optional>

#include "core/trends/trend_ranking.h"

class QAreaSeries;
class QLineSeries;

namespace copydesk::ui {

// One keyword's series over both windows as a line, and the next period's forecast as a dashed
// line into its 80% prediction interval (a shaded band). Hovering a point shows its date and value.
class TrendLineChart final : public QChartView {
  Q_OBJECT

 public:
  explicit TrendLineChart(QWidget* parent = nullptr);

  void showTrend(const KeywordTrend& trend);
  void clear();

  QString keyword() const { return m_keyword; }
  QLineSeries* historySeries() const { return m_history; }
  QLineSeries* forecastSeries() const { return m_forecast; }
  QAreaSeries* bandSeries() const { return m_band; }
  QString hoverText() const { return m_hoverText; }  // what the last hover showed, for tests

 private:
  void showHover(const QString& text);
  QString historyText(const QPointF& point) const;
  QString forecastText() const;

  QString m_keyword;
  std::optional<TrendForecast> m_forecastValue;
  QLineSeries* m_history = nullptr;
  QLineSeries* m_forecast = nullptr;
  QAreaSeries* m_band = nullptr;
  QString m_hoverText;
};

// Milliseconds since the epoch of a day's midnight (UTC), for QDateTimeAxis.
qreal chartTime(TrendDay day);
TrendDay dayOfChartTime(qreal msecs);

}  // namespace copydesk::ui
