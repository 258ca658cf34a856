#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace copydesk::ui {

class ProductTableModel;
class StoreThread;

// The catalog: a search box (full text, debounced), a category filter and the product table.
class ProductsPane final : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kSearchDelayMs = 150;

  ProductsPane(StoreThread& store, QWidget* parent = nullptr);

  void reload();  // products and categories, e.g. after an import or seeding
  ProductTableModel* model() const { return m_model; }
  QTableView* view() const { return m_view; }
  QLineEdit* searchEdit() const { return m_search; }
  QComboBox* categoryCombo() const { return m_category; }
  QComboBox* tagCombo() const { return m_tag; }
  std::vector<std::int64_t> selectedProductIds() const;

 signals:
  void currentProductChanged(std::int64_t productId);  // 0: none
  void firstRowsShown();  // the first page of rows after a query arrived (used for cold-start timing)

 private:
  void applyFilter();
  void loadFilterChoices();  // the category and tag choices
  void updateCount();

  StoreThread& m_store;
  ProductTableModel* m_model;
  QLineEdit* m_search;
  QComboBox* m_category;
  QComboBox* m_tag;
  QTableView* m_view;
  QLabel* m_count;
  QTimer* m_debounce;
  bool m_firstRowsShown = false;
};

}  // namespace copydesk::ui
