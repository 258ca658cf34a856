#pragma once

#include <QStringList>
#include <QWidget>

#include "core/trends/trend_ranking.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace copydesk::ui {

class StoreThread;
class TrendBarChart;
class TrendLineChart;

// The "Trends" page (issue 13): imported keyword series ranked by growth over a chosen window
// (core/trends/trend_ranking.h), a bar chart of the ranking, the chosen keyword's line with its
// forecast, and one action that sends the checked keywords to the Variables pane's keywords.
class TrendsPage final : public QWidget {
  Q_OBJECT

 public:
  explicit TrendsPage(StoreThread& store, QWidget* parent = nullptr);

  void reload();                           // reads the store again with the current options
  void importFile(const QString& path);    // a trend file into the store, then reload()
  void setOptions(const TrendRankOptions& options);  // and reload()
  TrendRankOptions options() const;

  QStringList rankedKeywords() const;      // in the table's order
  void setChecked(const QString& keyword, bool checked);
  QStringList chosenKeywords() const;      // the checked ones, else the current one
  void showKeyword(const QString& keyword);  // makes it current: its line chart shows
  void sendToKeywords();                   // emits keywordsChosen(chosenKeywords())

  QString statusText() const;
  TrendLineChart* lineChart() const { return m_line; }
  TrendBarChart* barChart() const { return m_bars; }
  QPushButton* sendButton() const { return m_send; }

  // The method in words: the tooltip of the growth column, the window and the minimum volume.
  static QString methodText();

 signals:
  void loaded();                                  // the ranking is shown (or its error)
  void imported(const QString& summary);
  void keywordsChosen(const QStringList& keywords);

 private:
  void showRanking(TrendRanking ranking);
  void showCurrent();
  void setStatus(const QString& text);
  void chooseFile();

  StoreThread& m_store;
  TrendRanking m_ranking;
  QSpinBox* m_window;
  QDoubleSpinBox* m_minVolume;
  QComboBox* m_direction;
  QPushButton* m_import;
  QPushButton* m_send;
  QTableWidget* m_table;
  TrendBarChart* m_bars;
  TrendLineChart* m_line;
  QLabel* m_status;
  int m_request = 0;
};

}  // namespace copydesk::ui
