#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QTableView;

namespace copydesk::ui {

class ExperimentListModel;
class RateChart;
class StoreThread;
class VariantTableModel;

// The "A/B tests" page: every experiment with its verdict; the chosen one's variants with their
// rates and 95 % Wilson intervals, as a table and as a chart; results files imported from here.
class ExperimentsPage final : public QWidget {
  Q_OBJECT

 public:
  explicit ExperimentsPage(StoreThread& store, QWidget* parent = nullptr);

  void reload();
  // Imports a results file (File → Import A/B results… asks for it); the outcome shows on the page.
  void importResults(const QString& path);
  void selectExperiment(std::int64_t experimentId);  // once listed

  ExperimentListModel* listModel() const { return m_list; }
  VariantTableModel* variantModel() const { return m_variants; }
  QTableView* listView() const { return m_listView; }
  RateChart* chart() const { return m_chart; }
  QLabel* verdictLabel() const { return m_verdict; }
  QLabel* importState() const { return m_importState; }
  bool isLoading() const { return m_loading; }

 signals:
  void loaded();
  void resultsImported(const QString& summary);  // after a good file: other views read again
  void importRefused();                           // the file or some rows were bad; nothing was imported

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void showSelection();
  void showImportErrors(const QStringList& lines);

  StoreThread& m_store;
  ExperimentListModel* m_list;
  VariantTableModel* m_variants;
  QTableView* m_listView;
  QTableView* m_variantView;
  QLabel* m_heading;
  QLabel* m_verdict;
  QLabel* m_importState;
  QPushButton* m_import;
  RateChart* m_chart;
  std::int64_t m_wanted = 0;  // the experiment to select once the list is read
  int m_queries = 0;
  bool m_loading = false;
};

}  // namespace copydesk::ui
