#include "ui/trends/trends_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "core/trends/trend_importer.h"
#include "ui/common/error_text.h"
#include "ui/store_thread.h"
#include "ui/trends/trend_bar_chart.h"
#include "ui/trends/trend_line_chart.h"

namespace copydesk::ui {
namespace {

enum Column { KeywordColumn, GrowthColumn, VolumeColumn, PreviousColumn, ForecastColumn, ColumnCount };

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString amount(double value) { return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1); }
QString percent(double growth) {
  return QStringLiteral("%1%2%").arg(growth >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(growth * 100, 'f', 1));
}

QTableWidgetItem* numberItem(const QString& text, double sortValue) {
  auto* item = new QTableWidgetItem(text);
  item->setData(Qt::UserRole, sortValue);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  item->setFlags(item->flags() & ~Qt::ItemIsEditable);
  return item;
}

}  // namespace

QString TrendsPage::methodText() {
  return tr("Growth compares the last N days up to the newest day in the data with the N days before them:\n"
            "(this window − the one before) ÷ max(the one before, minimum volume). A day without a row counts as 0.\n"
            "Keywords under the minimum volume in both windows are left out, so a jump from 1 to 3 does not top the list.\n"
            "Next: a least-squares straight line through both windows, one period on, with its 80% prediction interval.");
}

TrendsPage::TrendsPage(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  setObjectName(QStringLiteral("trendsPage"));
  m_window = new QSpinBox(this);
  m_window->setObjectName(QStringLiteral("trendWindow"));
  m_window->setRange(1, 366);
  m_window->setValue(TrendRankOptions{}.windowDays);
  m_window->setSuffix(tr(" days"));
  m_window->setToolTip(methodText());
  m_minVolume = new QDoubleSpinBox(this);
  m_minVolume->setObjectName(QStringLiteral("trendMinVolume"));
  m_minVolume->setRange(0.01, 1e9);
  m_minVolume->setDecimals(0);
  m_minVolume->setValue(TrendRankOptions{}.minVolume);
  m_minVolume->setToolTip(methodText());
  m_direction = new QComboBox(this);
  m_direction->addItem(tr("Rising first"));
  m_direction->addItem(tr("Falling first"));
  m_import = new QPushButton(tr("&Import trends…"), this);
  m_import->setToolTip(tr("CSV date,keyword,value (optionally sku), Google Trends' CSV export, or a shop's search-term report"));
  m_send = new QPushButton(tr("Use as &keywords"), this);
  m_send->setObjectName(QStringLiteral("trendSendKeywords"));
  m_send->setToolTip(tr("Add the checked keywords (or the chosen one) to the Variables pane's keywords: templates "
                        "write with them and the keyword check measures whether the copy uses them"));

  auto* controls = new QHBoxLayout;
  auto* windowLabel = new QLabel(tr("&Window:"), this);
  windowLabel->setBuddy(m_window);
  auto* volumeLabel = new QLabel(tr("Minimum &volume:"), this);
  volumeLabel->setBuddy(m_minVolume);
  controls->addWidget(windowLabel);
  controls->addWidget(m_window);
  controls->addWidget(volumeLabel);
  controls->addWidget(m_minVolume);
  controls->addWidget(m_direction);
  controls->addStretch(1);
  controls->addWidget(m_import);
  controls->addWidget(m_send);

  m_table = new QTableWidget(0, ColumnCount, this);
  m_table->setObjectName(QStringLiteral("trendTable"));
  m_table->setHorizontalHeaderLabels({tr("Keyword"), tr("Growth"), tr("This window"), tr("Previous window"), tr("Next (80% interval)")});
  m_table->horizontalHeaderItem(GrowthColumn)->setToolTip(methodText());
  m_table->horizontalHeaderItem(ForecastColumn)->setToolTip(methodText());
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(KeywordColumn, QHeaderView::Stretch);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_bars = new TrendBarChart(this);
  m_line = new TrendLineChart(this);
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("trendStatus"));
  m_status->setWordWrap(true);
  m_status->setToolTip(methodText());

  // The charts side by side above the table: the page sits between docks, so width is scarce.
  auto* charts = new QSplitter(Qt::Horizontal, this);
  charts->setObjectName(QStringLiteral("trendCharts"));
  charts->addWidget(m_bars);
  charts->addWidget(m_line);
  auto* body = new QSplitter(Qt::Vertical, this);
  body->addWidget(charts);
  body->addWidget(m_table);
  body->setStretchFactor(0, 3);
  body->setStretchFactor(1, 2);
  body->setSizes({600, 400});  // the charts get the larger share from the start, not only on resizing
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(body, 1);
  layout->addWidget(m_status);

  connect(m_window, &QSpinBox::editingFinished, this, &TrendsPage::reload);
  connect(m_minVolume, &QDoubleSpinBox::editingFinished, this, &TrendsPage::reload);
  connect(m_direction, &QComboBox::currentIndexChanged, this, &TrendsPage::reload);
  connect(m_import, &QPushButton::clicked, this, &TrendsPage::chooseFile);
  connect(m_send, &QPushButton::clicked, this, &TrendsPage::sendToKeywords);
  connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showCurrent(); });
  connect(m_bars, &TrendBarChart::keywordClicked, this, &TrendsPage::showKeyword);
  reload();
}

TrendRankOptions TrendsPage::options() const {
  TrendRankOptions options;
  options.windowDays = m_window->value();
  options.minVolume = m_minVolume->value();
  options.falling = m_direction->currentIndex() == 1;
  return options;
}

void TrendsPage::setOptions(const TrendRankOptions& options) {
  const QSignalBlocker blocker(m_direction);
  m_window->setValue(options.windowDays);
  m_minVolume->setValue(options.minVolume);
  m_direction->setCurrentIndex(options.falling ? 1 : 0);
  reload();
}

void TrendsPage::reload() {
  const int request = ++m_request;
  m_store.run(
      this, [options = options()](Database& db) { return rankStoredTrends(db, options); },
      [this, request](Result<TrendRanking> ranking) {
        if (request != m_request) return;  // a newer reload is on its way
        if (!ranking) setStatus(tr("Could not read the keyword trends: %1").arg(ErrorText::describe(ranking.error())));
        else showRanking(std::move(*ranking));
        emit loaded();
      });
}

void TrendsPage::importFile(const QString& path) {
  const std::string file = path.toStdString();
  const std::string label = QFileInfo(path).fileName().toStdString();
  m_store.run(
      this, [file, label](Database& db) { return importTrends(db, file, TextEncoding::Utf8, label); },
      [this, label](Result<TrendImportSummary> summary) {
        if (!summary) {
          setStatus(tr("Not imported: %1").arg(ErrorText::describe(summary.error())));
          emit loaded();
          return;
        }
        const QString text = tr("Imported %1 (%2 to %3): keywords %4, points %5")
                                 .arg(qs(label), qs(formatTrendDate(summary->first)), qs(formatTrendDate(summary->last)))
                                 .arg(summary->keywords)
                                 .arg(summary->points);
        emit imported(text);
        reload();
      });
}

void TrendsPage::chooseFile() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import keyword trends"), QString(),
                                                    tr("Trend files (*.csv *.tsv *.txt);;All files (*)"));
  if (!path.isEmpty()) importFile(path);
}

void TrendsPage::showRanking(TrendRanking ranking) {
  const QStringList checked = [this] {
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
      if (m_table->item(row, KeywordColumn)->checkState() == Qt::Checked) out << m_table->item(row, KeywordColumn)->text();
    return out;
  }();
  const QString current = m_line->keyword();
  m_ranking = std::move(ranking);
  const QSignalBlocker blocker(m_table);
  m_table->setRowCount(static_cast<int>(m_ranking.keywords.size()));
  int currentRow = m_ranking.keywords.empty() ? -1 : 0;
  for (int row = 0; row < m_table->rowCount(); ++row) {
    const KeywordTrend& k = m_ranking.keywords[static_cast<std::size_t>(row)];
    auto* keyword = new QTableWidgetItem(qs(k.keyword));
    keyword->setFlags((keyword->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    keyword->setCheckState(checked.contains(keyword->text()) ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, KeywordColumn, keyword);
    m_table->setItem(row, GrowthColumn, numberItem(percent(k.growth), k.growth));
    m_table->setItem(row, VolumeColumn, numberItem(amount(k.volume), k.volume));
    m_table->setItem(row, PreviousColumn, numberItem(amount(k.previousVolume), k.previousVolume));
    const QString next = k.forecast ? tr("%1 (%2 to %3)")
                                          .arg(amount(std::round(k.forecast->value)), amount(std::round(k.forecast->low)),
                                               amount(std::round(k.forecast->high)))
                                    : tr("too few points");
    m_table->setItem(row, ForecastColumn, numberItem(next, k.forecast ? k.forecast->value : -1));
    if (keyword->text() == current) currentRow = row;
  }
  m_table->resizeColumnsToContents();
  m_table->horizontalHeader()->setSectionResizeMode(KeywordColumn, QHeaderView::Stretch);
  m_bars->showRanking(m_ranking.keywords);
  if (currentRow >= 0) m_table->setCurrentCell(currentRow, KeywordColumn);
  showCurrent();
  if (m_ranking.keywords.empty() && m_ranking.belowMinimum == 0) {
    setStatus(tr("No keyword trends yet: Import trends… reads a CSV of date, keyword and value, a Google Trends "
                 "export or a shop's search-term report."));
    return;
  }
  // Counts after a colon: the English source has no plural forms to choose from.
  QString text = tr("Ranked: %1 to %2 against the %3 days before; keywords: %4")
                     .arg(qs(formatTrendDate(m_ranking.recentStart)), qs(formatTrendDate(m_ranking.end)))
                     .arg(options().windowDays)
                     .arg(m_ranking.keywords.size());
  if (m_ranking.belowMinimum > 0) text += tr("; under the minimum volume: %1").arg(m_ranking.belowMinimum);
  setStatus(text + QLatin1Char('.'));
}

void TrendsPage::showCurrent() {
  const int row = m_table->currentRow();
  if (row < 0 || static_cast<std::size_t>(row) >= m_ranking.keywords.size()) {
    m_line->clear();
    return;
  }
  m_line->showTrend(m_ranking.keywords[static_cast<std::size_t>(row)]);
}

QStringList TrendsPage::rankedKeywords() const {
  QStringList out;
  for (const KeywordTrend& k : m_ranking.keywords) out << qs(k.keyword);
  return out;
}

void TrendsPage::setChecked(const QString& keyword, bool checked) {
  const auto found = m_table->findItems(keyword, Qt::MatchExactly);
  for (QTableWidgetItem* item : found)
    if (item->column() == KeywordColumn) item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList TrendsPage::chosenKeywords() const {
  QStringList out;
  for (int row = 0; row < m_table->rowCount(); ++row)
    if (m_table->item(row, KeywordColumn)->checkState() == Qt::Checked) out << m_table->item(row, KeywordColumn)->text();
  if (out.isEmpty() && m_table->currentRow() >= 0) out << m_table->item(m_table->currentRow(), KeywordColumn)->text();
  return out;
}

void TrendsPage::showKeyword(const QString& keyword) {
  const int row = static_cast<int>(rankedKeywords().indexOf(keyword));
  if (row >= 0) m_table->setCurrentCell(row, KeywordColumn);
}

void TrendsPage::sendToKeywords() {
  const QStringList keywords = chosenKeywords();
  if (keywords.isEmpty()) {
    setStatus(tr("Check the keywords to use first."));
    return;
  }
  emit keywordsChosen(keywords);
}

QString TrendsPage::statusText() const { return m_status->text(); }
void TrendsPage::setStatus(const QString& text) { m_status->setText(text); }

}  // namespace copydesk::ui
