#pragma once

#include <QChartView>
#include <QList>
#include <QString>

#include "core/experiments/wilson_interval.h"

class QBarSet;
class QValueAxis;

namespace copydesk::ui {

// Conversion rates as bars with their 95 % confidence intervals as whiskers, one bar per variant
// (or per template version): the eye sees at once whether the intervals overlap. A highlighted bar
// (the winner) has a colour of its own. Hovering a bar shows its numbers.
class RateChart final : public QChartView {
  Q_OBJECT

 public:
  struct Bar {
    QString label;
    double rate = 0;
    Interval interval;
    bool highlighted = false;
    QString details;  // shown on hover
  };

  explicit RateChart(QWidget* parent = nullptr);

  void setBars(const QString& title, const QList<Bar>& bars);
  const QList<Bar>& bars() const { return m_bars; }
  QString hoverText() const { return m_hoverText; }
  QBarSet* barSet() const { return m_set; }

 protected:
  void changeEvent(QEvent* event) override;  // a dark palette gets the dark chart theme

 private:
  void addWhisker(int index, const Interval& interval, QValueAxis* x, QValueAxis* y);
  void followPalette();

  QList<Bar> m_bars;
  QBarSet* m_set = nullptr;
  QString m_hoverText;
};

}  // namespace copydesk::ui
