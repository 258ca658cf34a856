#include "ui/product_table_model.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QTimer>

#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

ProductTableModel::ProductTableModel(StoreThread& store, QObject* parent)
    : QAbstractTableModel(parent),
      m_store(store),
      m_rows(
          store, [](Database& db, const std::vector<std::int64_t>& ids) { return loadProductListRows(db, ids); },
          kPageSize, kMaxCachedPages) {
  m_rows.onPageLoaded([this](int first, int last) {
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(first, last);
  });
  m_rows.onLoadFailed([this](const QString& message) { emit loadFailed(message); });
}

void ProductTableModel::setQuery(const ProductQuery& query) {
  m_query = query;
  const int generation = ++m_queryGeneration;
  m_latestQuery->store(generation);
  m_loading = true;
  auto latest = m_latestQuery;
  m_store.run(
      this,
      [query, generation, latest](Database& db) -> Result<std::vector<std::int64_t>> {
        // Typing fast queues several searches: only the newest one is worth running.
        if (latest->load() != generation) return std::vector<std::int64_t>{};
        return ProductStore(db).ids(query);
      },
      [this, generation](Result<std::vector<std::int64_t>> ids) {
        if (generation != m_queryGeneration) return;
        m_loading = false;
        if (!ids) {
          emit loadFailed(ErrorText::describe(ids.error()));
          return;
        }
        beginResetModel();
        m_rows.setIds(std::move(*ids));
        endResetModel();
        emit queryFinished(rowCount());
      });
}

void ProductTableModel::refreshRows() {
  m_rows.reloadAll();
  if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProductTableModel::refreshProduct(std::int64_t productId) {
  if (!m_rows.cached(rowOfProduct(productId))) return;
  if (m_changedProducts.empty()) QTimer::singleShot(0, this, &ProductTableModel::reloadChangedProducts);
  m_changedProducts.insert(productId);
}

void ProductTableModel::reloadChangedProducts() {
  std::vector<std::int64_t> ids(m_changedProducts.begin(), m_changedProducts.end());
  m_changedProducts.clear();
  m_store.run(
      this, [ids](Database& db) { return loadProductListRows(db, ids); },
      [this](Result<std::vector<ProductListRow>> rows) {
        if (!rows) {
          emit loadFailed(ErrorText::describe(rows.error()));
          return;
        }
        for (ProductListRow& fresh : *rows) {
          // Looked up again: another query or scrolling may have moved or dropped the row meanwhile.
          const int at = rowOfProduct(fresh.id);
          ProductListRow* held = m_rows.cached(at);
          if (!held) continue;
          *held = std::move(fresh);
          emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
      });
}

std::int64_t ProductTableModel::productId(int row) const { return m_rows.id(row); }

int ProductTableModel::rowOfProduct(std::int64_t id) const { return m_rows.rowOf(id); }

bool ProductTableModel::isRowLoaded(int row) const { return m_rows.isLoaded(row); }

int ProductTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : m_rows.size();
}

int ProductTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProductTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  if (role == ProductIdRole) return QVariant::fromValue<qint64>(productId(index.row()));
  if (role == LoadedRole) return isRowLoaded(index.row());
  const ProductListRow* r = row(index.row());
  if (role == Qt::TextAlignmentRole && index.column() == VariantsColumn) {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  }
  if (!r) {
    if (role == Qt::DisplayRole && index.column() == TitleColumn) return tr("Loading…");
    if (role == Qt::ForegroundRole) return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    return {};
  }
  if (role == CopyStatusRole) return static_cast<int>(r->status);
  if (role == Qt::ForegroundRole && index.column() == StatusColumn && r->status == CopyStatus::None) {
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
  }
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case SkuColumn: return qs(r->sku);
    case TitleColumn: return qs(r->title);
    case CategoryColumn: return qs(r->category);
    case VariantsColumn: return r->variants;
    case StatusColumn: return statusText(r->status);
    default: return {};
  }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  switch (section) {
    case SkuColumn: return tr("SKU");
    case TitleColumn: return tr("Title");
    case CategoryColumn: return tr("Category");
    case VariantsColumn: return tr("Variants");
    case StatusColumn: return tr("Status");
    default: return {};
  }
}

QString ProductTableModel::statusText(CopyStatus status) {
  switch (status) {
    case CopyStatus::None: return tr("no copy");
    case CopyStatus::Draft: return tr("draft");
    case CopyStatus::InReview: return tr("in review");
    case CopyStatus::Approved: return tr("approved");
    case CopyStatus::Exported: return tr("exported");
  }
  return {};
}

}  // namespace copydesk::ui
