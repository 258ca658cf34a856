#include "ui/trends/trend_line_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QTimeZone>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace copydesk::ui {
namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

QString dateText(TrendDay day) { return QString::fromStdString(formatTrendDate(day)); }
QString amount(double value) { return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1); }

}  // namespace

qreal chartTime(TrendDay day) { return static_cast<qreal>(static_cast<qint64>(day) * kMsPerDay); }
TrendDay dayOfChartTime(qreal msecs) { return static_cast<TrendDay>(std::llround(msecs / kMsPerDay)); }

TrendLineChart::TrendLineChart(QWidget* parent) : QChartView(parent) {
  setObjectName(QStringLiteral("trendLineChart"));
  setRenderHint(QPainter::Antialiasing);
  // The studio's dark palette gets a dark chart: a white plot would glare in the middle of the page.
  chart()->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  setMinimumSize(320, 260);
  chart()->legend()->setAlignment(Qt::AlignBottom);
  clear();
}

void TrendLineChart::clear() {
  chart()->removeAllSeries();
  for (QAbstractAxis* axis : chart()->axes()) {
    chart()->removeAxis(axis);
    delete axis;
  }
  m_history = m_forecast = nullptr;
  m_band = nullptr;
  m_keyword.clear();
  m_forecastValue.reset();
  chart()->setTitle(tr("Choose a keyword to see its searches over time"));
}

void TrendLineChart::showTrend(const KeywordTrend& trend) {
  clear();
  m_keyword = QString::fromStdString(trend.keyword);
  m_forecastValue = trend.forecast;
  chart()->setTitle(m_keyword);

  m_history = new QLineSeries(this);
  m_history->setName(tr("Searches or sales"));
  m_history->setPointsVisible(true);
  double top = 0;
  for (const TrendSample& sample : trend.history) {
    m_history->append(chartTime(sample.day), sample.value);
    top = std::max(top, sample.value);
  }
  chart()->addSeries(m_history);
  connect(m_history, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
    if (state) showHover(historyText(point));
  });

  if (trend.forecast && !trend.history.empty()) {
    const TrendSample& last = trend.history.back();
    const TrendForecast& f = *trend.forecast;
    m_forecast = new QLineSeries(this);
    m_forecast->setName(tr("Forecast"));
    QPen dashed = m_history->pen();  // the history's colour, which the chart's theme gave it
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    m_forecast->setPen(dashed);
    m_forecast->setPointsVisible(true);
    m_forecast->append(chartTime(last.day), last.value);
    m_forecast->append(chartTime(f.day), f.value);
    auto* upper = new QLineSeries;
    upper->append(chartTime(last.day), last.value);
    upper->append(chartTime(f.day), f.high);
    auto* lower = new QLineSeries;
    lower->append(chartTime(last.day), last.value);
    lower->append(chartTime(f.day), f.low);
    m_band = new QAreaSeries(upper, lower);
    upper->setParent(m_band);  // the band's edges go when the chart deletes the band
    lower->setParent(m_band);
    m_band->setName(tr("80% interval"));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.4);
    m_band->setBrush(fill);
    m_band->setPen(Qt::NoPen);
    chart()->addSeries(m_band);
    chart()->addSeries(m_forecast);
    top = std::max(top, f.high);
    connect(m_forecast, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
      if (!state) return;
      showHover(dayOfChartTime(point.x()) == m_forecastValue->day ? forecastText() : historyText(point));
    });
    connect(m_band, &QAreaSeries::hovered, this, [this](const QPointF&, bool state) {
      if (state) showHover(forecastText());
    });
  }

  auto* x = new QDateTimeAxis(this);
  x->setFormat(QStringLiteral("MM-dd"));  // the year is in the hover text; full dates do not fit
  x->setTickCount(5);
  auto* y = new QValueAxis(this);
  y->setRange(0, top > 0 ? top * 1.1 : 1);
  y->setLabelFormat(QStringLiteral("%.0f"));
  // Explicitly: an axis attached to several series keeps the range of the first one.
  if (!trend.history.empty()) {
    const TrendDay first = trend.history.front().day;
    const TrendDay last = trend.forecast ? trend.forecast->day : trend.history.back().day;
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(chartTime(first)), QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(chartTime(std::max(last, first + 1))), QTimeZone::utc()));
  }
  chart()->addAxis(x, Qt::AlignBottom);
  chart()->addAxis(y, Qt::AlignLeft);
  for (QAbstractSeries* series : chart()->series()) {
    series->attachAxis(x);
    series->attachAxis(y);
  }
}

QString TrendLineChart::historyText(const QPointF& point) const {
  return tr("%1 on %2: %3").arg(m_keyword, dateText(dayOfChartTime(point.x())), amount(point.y()));
}

QString TrendLineChart::forecastText() const {
  if (!m_forecastValue) return {};
  const TrendForecast& f = *m_forecastValue;
  return tr("%1, forecast for %2: %3 (80% interval %4 to %5; a straight line through %6 points)")
      .arg(m_keyword, dateText(f.day), amount(std::round(f.value * 10) / 10), amount(std::round(f.low * 10) / 10),
           amount(std::round(f.high * 10) / 10))
      .arg(f.points);
}

void TrendLineChart::showHover(const QString& text) {
  m_hoverText = text;
  QToolTip::showText(QCursor::pos(), text, this);
}

}  // namespace copydesk::ui
