#include "ui/experiments/rate_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace copydesk::ui {
namespace {

const QColor kBar(0x4a, 0x7f, 0xc1);
const QColor kWinner(0x2e, 0x9d, 0x5b);
constexpr double kCap = 0.08;  // half the width of a whisker's caps, in categories

}  // namespace

RateChart::RateChart(QWidget* parent) : QChartView(parent) {
  setObjectName(QStringLiteral("rateChart"));
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(200);
  chart()->legend()->hide();
  chart()->setMargins(QMargins(4, 4, 4, 4));
  followPalette();
}

void RateChart::setBars(const QString& title, const QList<Bar>& bars) {
  chart()->removeAllSeries();
  for (QAbstractAxis* axis : chart()->axes()) {
    chart()->removeAxis(axis);
    delete axis;
  }
  m_bars = bars;
  m_set = nullptr;
  chart()->setTitle(title);
  if (bars.isEmpty()) return;

  auto* series = new QBarSeries(this);
  m_set = new QBarSet(tr("Conversion rate"));
  m_set->setColor(kBar);
  m_set->setSelectedColor(kWinner);
  QStringList categories;
  double top = 0;
  for (int i = 0; i < bars.size(); ++i) {
    *m_set << 100.0 * bars[i].rate;
    if (bars[i].highlighted) m_set->selectBar(i);
    categories << bars[i].label;
    top = std::max(top, 100.0 * bars[i].interval.high);
  }
  series->append(m_set);
  series->setBarWidth(0.55);
  chart()->addSeries(series);
  auto* x = new QBarCategoryAxis(this);
  x->append(categories);
  auto* y = new QValueAxis(this);
  y->setLabelFormat(QStringLiteral("%.1f%%"));
  y->setRange(0, std::max(1.0, top * 1.1));
  y->applyNiceNumbers();
  chart()->addAxis(x, Qt::AlignBottom);
  chart()->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  auto* units = new QValueAxis(this);  // hidden, in category units: bars sit at 0, 1, 2…
  units->setRange(-0.5, bars.size() - 0.5);
  units->hide();
  chart()->addAxis(units, Qt::AlignTop);
  for (int i = 0; i < bars.size(); ++i) addWhisker(i, bars[i].interval, units, y);
  connect(m_set, &QBarSet::hovered, this, [this](bool state, int index) {
    if (!state || index < 0 || index >= m_bars.size()) return;
    m_hoverText = m_bars[index].details;
    QToolTip::showText(QCursor::pos(), m_hoverText, this);
  });
}

// The interval as an "I": a vertical line from low to high with short caps at both ends, drawn as
// one polyline over the bar.
void RateChart::addWhisker(int index, const Interval& interval, QValueAxis* x, QValueAxis* y) {
  auto* whisker = new QLineSeries(this);
  const double low = 100.0 * interval.low, high = 100.0 * interval.high;
  *whisker << QPointF(index - kCap, high) << QPointF(index + kCap, high) << QPointF(index, high) << QPointF(index, low)
           << QPointF(index - kCap, low) << QPointF(index + kCap, low);
  QPen pen(chart()->titleBrush().color());  // the theme's text colour: visible on light and dark
  pen.setWidthF(1.6);
  whisker->setPen(pen);
  chart()->addSeries(whisker);
  whisker->attachAxis(x);
  whisker->attachAxis(y);
}

void RateChart::followPalette() {
  const bool dark = palette().color(QPalette::Window).lightness() < 128;
  chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  chart()->legend()->hide();
  if (!m_bars.isEmpty()) setBars(chart()->title(), QList<Bar>(m_bars));  // the series take the theme's colours
}

void RateChart::changeEvent(QEvent* event) {
  QChartView::changeEvent(event);
  if (event->type() == QEvent::PaletteChange) followPalette();
}

}  // namespace copydesk::ui
