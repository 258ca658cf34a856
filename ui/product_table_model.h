#pragma once

#include <QAbstractTableModel>

#include <atomic>
#include <cstdint>
#include <memory>
#include <set>

#include "core/store/product_list_row.h"
#include "core/store/product_store.h"
#include "ui/paged_rows.h"

namespace copydesk::ui {

// The products table over the whole store. It holds only the ids matching the query and pages
// rows in lazily (kPageSize rows per query, least recently used pages dropped beyond
// kMaxCachedPages), so 100,000 products scroll like 100. All SQL runs on the StoreThread; rows
// not loaded yet show a placeholder until their page arrives.
class ProductTableModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { SkuColumn, TitleColumn, CategoryColumn, VariantsColumn, StatusColumn, ColumnCount };
  enum Role { ProductIdRole = Qt::UserRole + 1, CopyStatusRole, LoadedRole };
  static constexpr int kPageSize = 256;
  static constexpr int kMaxCachedPages = 64;

  explicit ProductTableModel(StoreThread& store, QObject* parent = nullptr);

  // Loads the ids matching the query off the GUI thread; the model resets when they arrive.
  // A newer query supersedes an older one still running.
  void setQuery(const ProductQuery& query);
  const ProductQuery& query() const { return m_query; }
  void reload() { setQuery(m_query); }
  // The rows' status or text changed in the store: reload the cached pages, showing the old
  // values until the new ones arrive.
  void refreshRows();
  // This product's copy changed in the store (a generation stored a draft for it): its row, if
  // held, is read again and replaced in place. Products changed together (a batch) are read in
  // one store job once the current event is handled; rows not held are read fresh when shown.
  void refreshProduct(std::int64_t productId);

  bool isLoading() const { return m_loading; }
  std::int64_t productId(int row) const;
  int rowOfProduct(std::int64_t id) const;  // -1 if not in the current result
  bool isRowLoaded(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  static QString statusText(CopyStatus status);

 signals:
  void queryFinished(int rows);
  void pageLoaded(int firstRow, int lastRow);
  void loadFailed(const QString& message);

 private:
  const ProductListRow* row(int index) const { return m_rows.row(index); }
  void reloadChangedProducts();

  StoreThread& m_store;
  ProductQuery m_query;
  bool m_loading = false;
  int m_queryGeneration = 0;
  std::shared_ptr<std::atomic<int>> m_latestQuery = std::make_shared<std::atomic<int>>(0);
  // Paging state changes inside the const data(): the cache is not part of the model's value.
  mutable PagedRows<ProductListRow> m_rows;
  std::set<std::int64_t> m_changedProducts;  // to read again at the next reloadChangedProducts()
};

}  // namespace copydesk::ui
