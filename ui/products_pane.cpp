#include "ui/products_pane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

#include "core/store/product_store.h"
#include "ui/product_table_model.h"
#include "ui/row_table.h"
#include "ui/store_thread.h"

namespace copydesk::ui {

ProductsPane::ProductsPane(StoreThread& store, QWidget* parent) : QWidget(parent), m_store(store) {
  m_model = new ProductTableModel(store, this);

  m_search = new QLineEdit(this);
  m_search->setPlaceholderText(tr("Search products (SKU, title, description, brand…)"));
  m_search->setClearButtonEnabled(true);
  m_category = new QComboBox(this);
  m_category->addItem(tr("All categories"), QString());
  // The filters stay compact however long a category or tag is: the search box keeps the room.
  m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_category->setMinimumContentsLength(12);
  m_tag = new QComboBox(this);
  m_tag->addItem(tr("All tags"), QString());
  m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_tag->setMinimumContentsLength(8);
  auto* filters = new QHBoxLayout;
  filters->addWidget(m_search, 1);
  filters->addWidget(m_category);
  filters->addWidget(m_tag);

  m_view = new QTableView(this);
  m_view->setModel(m_model);
  setUpRowTable(m_view, ProductTableModel::TitleColumn);
  // Fixed columns stay narrow so that the title, which stretches, keeps most of a narrow dock.
  m_view->setColumnWidth(ProductTableModel::SkuColumn, 100);
  m_view->setColumnWidth(ProductTableModel::CategoryColumn, 110);
  m_view->setColumnWidth(ProductTableModel::VariantsColumn, 60);
  m_view->setColumnWidth(ProductTableModel::StatusColumn, 80);

  m_count = new QLabel(this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(filters);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_count);

  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(kSearchDelayMs);
  connect(m_debounce, &QTimer::timeout, this, &ProductsPane::applyFilter);
  connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
  connect(m_category, &QComboBox::currentIndexChanged, this, &ProductsPane::applyFilter);
  connect(m_tag, &QComboBox::currentIndexChanged, this, &ProductsPane::applyFilter);

  connect(m_model, &ProductTableModel::queryFinished, this, &ProductsPane::updateCount);
  connect(m_model, &ProductTableModel::loadFailed, this,
          [this](const QString& message) { m_count->setText(tr("Could not load products: %1").arg(message)); });
  connect(m_model, &ProductTableModel::pageLoaded, this, [this] {
    if (m_firstRowsShown) return;
    m_firstRowsShown = true;
    emit firstRowsShown();
  });
  connect(m_model, &ProductTableModel::modelReset, this, [this] {
    if (m_model->rowCount() == 0 && !m_firstRowsShown) {
      m_firstRowsShown = true;
      emit firstRowsShown();
    }
    emit currentProductChanged(0);
  });
  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { emit currentProductChanged(m_model->productId(current.row())); });
}

void ProductsPane::reload() {
  loadFilterChoices();
  applyFilter();
}

void ProductsPane::applyFilter() {
  m_debounce->stop();
  ProductQuery query;
  query.search = m_search->text().trimmed().toStdString();
  query.category = m_category->currentData().toString().toStdString();
  query.tag = m_tag->currentData().toString().toStdString();
  m_count->setText(tr("Searching…"));
  m_model->setQuery(query);
}

namespace {

// Refills a filter choice after a reload, keeping the user's choice where it still exists.
void fillChoices(QComboBox* combo, const std::vector<std::string>& values) {
  const QString chosen = combo->currentData().toString();
  const QSignalBlocker block(combo);
  while (combo->count() > 1) combo->removeItem(1);
  for (const auto& value : values) combo->addItem(QString::fromStdString(value), QString::fromStdString(value));
  combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

}  // namespace

void ProductsPane::loadFilterChoices() {
  m_store.run(this, [](Database& db) { return ProductStore(db).categories(); },
              [this](Result<std::vector<std::string>> categories) {
                if (categories) fillChoices(m_category, *categories);
              });
  m_store.run(this, [](Database& db) { return ProductStore(db).tags(); },
              [this](Result<std::vector<std::string>> tags) {
                if (tags) fillChoices(m_tag, *tags);
              });
}

void ProductsPane::updateCount() {
  const QString count = QLocale().toString(m_model->rowCount());
  const ProductQuery& query = m_model->query();
  m_count->setText(query.search.empty() && query.category.empty() && query.tag.empty()
                       ? tr("%1 products").arg(count)
                       : tr("%1 matching products").arg(count));
}

std::vector<std::int64_t> ProductsPane::selectedProductIds() const {
  std::set<int> rows;
  for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) rows.insert(index.row());
  std::vector<std::int64_t> ids;
  for (int row : rows) ids.push_back(m_model->productId(row));
  return ids;
}

}  // namespace copydesk::ui
