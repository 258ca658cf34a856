#pragma once

#include <QAbstractTableModel>

#include <atomic>
#include <cstdint>
#include <memory>

#include "core/store/product_store.h"
#include "ui/paged_rows.h"
#include "ui/product_row.h"

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
  const ProductRow* row(int index) const { return m_rows.row(index); }

  StoreThread& m_store;
  ProductQuery m_query;
  bool m_loading = false;
  int m_queryGeneration = 0;
  std::shared_ptr<std::atomic<int>> m_latestQuery = std::make_shared<std::atomic<int>>(0);
  // Paging state changes inside the const data(): the cache is not part of the model's value.
  mutable PagedRows<ProductRow> m_rows;
};

}  // namespace copydesk::ui
