#include "ui/trends/trend_bar_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace copydesk::ui {
namespace {

QString amount(double value) { return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1); }

}  // namespace

TrendBarChart::TrendBarChart(QWidget* parent) : QChartView(parent) {
  setObjectName(QStringLiteral("trendBarChart"));
  setRenderHint(QPainter::Antialiasing);
  // The studio's dark palette gets a dark chart: a white plot would glare in the middle of the page.
  chart()->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
  setMinimumSize(320, 260);
  chart()->legend()->setAlignment(Qt::AlignBottom);
}

void TrendBarChart::showRanking(const std::vector<KeywordTrend>& ranked) {
  chart()->removeAllSeries();
  for (QAbstractAxis* axis : chart()->axes()) {
    chart()->removeAxis(axis);
    delete axis;
  }
  m_rising = m_falling = nullptr;
  m_keywords.clear();
  // Both ends of the ranking: the first half most rising (or falling) and the other half the
  // opposite end, so a long list still shows what is falling out of favour.
  if (ranked.size() <= static_cast<std::size_t>(kBars)) {
    m_shown = ranked;
  } else {
    m_shown.assign(ranked.begin(), ranked.begin() + kBars / 2);
    m_shown.insert(m_shown.end(), ranked.end() - kBars / 2, ranked.end());
  }
  for (const KeywordTrend& k : m_shown) m_keywords << QString::fromStdString(k.keyword);
  std::reverse(m_shown.begin(), m_shown.end());  // horizontal bars stack upwards: the first on top
  chart()->setTitle(tr("Growth, this window against the one before"));
  if (m_shown.empty()) return;

  auto* series = new QHorizontalStackedBarSeries(this);
  m_rising = new QBarSet(tr("Rising"));
  m_falling = new QBarSet(tr("Falling"));
  m_rising->setColor(QColor(0x2e, 0x9d, 0x5b));
  m_falling->setColor(QColor(0xd0, 0x4a, 0x3a));
  QStringList categories;
  double extent = 1;
  for (const KeywordTrend& k : m_shown) {
    const double percent = k.growth * 100;
    *m_rising << std::max(0.0, percent);
    *m_falling << std::min(0.0, percent);
    categories << QString::fromStdString(k.keyword);
    extent = std::max(extent, std::fabs(percent));
  }
  series->append(m_rising);
  series->append(m_falling);
  chart()->addSeries(series);
  auto* y = new QBarCategoryAxis(this);
  y->append(categories);
  auto* x = new QValueAxis(this);
  x->setLabelFormat(QStringLiteral("%+.0f%%"));
  const bool anyFalling = std::any_of(m_shown.begin(), m_shown.end(), [](const KeywordTrend& k) { return k.growth < 0; });
  const bool anyRising = std::any_of(m_shown.begin(), m_shown.end(), [](const KeywordTrend& k) { return k.growth > 0; });
  x->setRange(anyFalling ? -extent * 1.05 : 0, anyRising ? extent * 1.05 : 0);
  chart()->addAxis(y, Qt::AlignLeft);
  chart()->addAxis(x, Qt::AlignBottom);
  series->attachAxis(y);
  series->attachAxis(x);
  for (QBarSet* set : {m_rising, m_falling}) {
    connect(set, &QBarSet::hovered, this, [this](bool state, int index) {
      if (state) showHover(barText(index));
    });
    connect(set, &QBarSet::clicked, this, [this](int index) {
      if (index >= 0 && static_cast<std::size_t>(index) < m_shown.size())
        emit keywordClicked(QString::fromStdString(m_shown[static_cast<std::size_t>(index)].keyword));
    });
  }
}

QString TrendBarChart::barText(int index) const {
  if (index < 0 || static_cast<std::size_t>(index) >= m_shown.size()) return {};
  const KeywordTrend& k = m_shown[static_cast<std::size_t>(index)];
  const QString growth = QStringLiteral("%1%2%").arg(k.growth >= 0 ? QStringLiteral("+") : QString(),
                                                      QLocale().toString(k.growth * 100, 'f', 1));
  return tr("%1: %2 (this window %3, the one before %4)")
      .arg(QString::fromStdString(k.keyword), growth, amount(k.volume), amount(k.previousVolume));
}

void TrendBarChart::showHover(const QString& text) {
  m_hoverText = text;
  QToolTip::showText(QCursor::pos(), text, this);
}

}  // namespace copydesk::ui
