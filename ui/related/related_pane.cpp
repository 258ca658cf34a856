#include "ui/related/related_pane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/error_id.h"
#include "core/review/reviewer_name.h"
#include "ui/common/error_text.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

enum Column { ProductColumn, ReasonColumn, ColumnCount };

}  // namespace

QString RelatedPane::reasonText(RelationReason reason) {
  switch (reason) {
    case RelationReason::Upsell: return tr("upsell");
    case RelationReason::CrossSell: return tr("cross-sell");
    case RelationReason::Grouped: return tr("same group");
    case RelationReason::Tag: return tr("shared tag");
    case RelationReason::Category: return tr("same category");
    case RelationReason::Similar: return tr("similar");
    case RelationReason::Added: return tr("added by you");
  }
  return {};
}

RelatedPane::RelatedPane(StoreThread& store, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_heading(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QLineEdit(this)),
      m_addButton(new QPushButton(tr("&Add"), this)),
      m_drop(new QPushButton(tr("&Leave out"), this)),
      m_reset(new QPushButton(tr("Back to &suggestions"), this)),
      m_status(new QLabel(this)) {
  setObjectName(QStringLiteral("relatedPane"));
  m_heading->setObjectName(QStringLiteral("relatedHeading"));
  m_heading->setWordWrap(true);
  m_table->setObjectName(QStringLiteral("relatedTable"));
  m_table->setHorizontalHeaderLabels({tr("Related product"), tr("Why")});
  m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
  m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
  m_table->verticalHeader()->hide();
  m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);  // a list, not a form
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setToolTip(tr("What the template's {{#related}} list gets for this product, in this order"));
  m_add->setObjectName(QStringLiteral("relatedAddEdit"));
  m_add->setPlaceholderText(tr("SKU or words to add a product"));
  m_addButton->setObjectName(QStringLiteral("relatedAddButton"));
  m_drop->setObjectName(QStringLiteral("relatedDropButton"));
  m_drop->setToolTip(tr("Leave the selected products out of this product's prompts (Delete)"));
  m_drop->setShortcut(QKeySequence::Delete);
  m_reset->setObjectName(QStringLiteral("relatedResetButton"));
  m_reset->setToolTip(tr("Forget your choice: the catalog's links, tags, category and likeness decide again"));
  m_status->setObjectName(QStringLiteral("relatedStatus"));
  m_status->setWordWrap(true);

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_add, 1);
  buttons->addWidget(m_addButton);
  buttons->addWidget(m_drop);
  buttons->addWidget(m_reset);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(m_heading);
  layout->addWidget(m_table, 1);
  layout->addLayout(buttons);
  layout->addWidget(m_status);

  connect(m_add, &QLineEdit::returnPressed, this, &RelatedPane::addWanted);
  connect(m_addButton, &QPushButton::clicked, this, &RelatedPane::addWanted);
  connect(m_drop, &QPushButton::clicked, this, &RelatedPane::dropSelected);
  connect(m_reset, &QPushButton::clicked, this, &RelatedPane::resetChoice);
  connect(m_table, &QTableWidget::itemSelectionChanged, this, &RelatedPane::updateButtons);
  setProduct(0);
}

void RelatedPane::setProduct(std::int64_t productId) {
  m_productId = productId;
  if (productId == 0) {
    ++m_request;  // an answer still on its way is for another product
    m_table->setRowCount(0);
    m_chosen = false;
    m_heading->setText(tr("Related products: select a product."));
    m_status->clear();
    updateButtons();
    return;
  }
  request([productId](Database& db) { return RelatedEditing(db).load(productId); }, false);
}

void RelatedPane::request(std::function<Result<RelatedView>(Database&)> job, bool changes) {
  const int id = ++m_request;
  m_store.run(this, std::move(job), [this, id, changes](Result<RelatedView> view) {
    if (id != m_request) return;  // the product changed meanwhile
    if (!view) {
      m_status->setText(ErrorText::describe(view.error()));
      emit loaded();
      return;
    }
    m_status->clear();
    show(*view);
    if (changes) emit choiceChanged();
    emit loaded();
  });
}

void RelatedPane::show(const RelatedView& view) {
  m_chosen = view.selection.chosen;
  const QString product = qs(view.sku);
  m_heading->setText(m_chosen ? tr("Related products of %1, as you chose them:").arg(product)
                              : tr("Related products of %1, suggested by the catalog:").arg(product));
  const auto& items = view.selection.items;
  m_table->setRowCount(static_cast<int>(items.size()));
  for (int row = 0; row < static_cast<int>(items.size()); ++row) {
    const RelatedProduct& r = items[static_cast<std::size_t>(row)];
    auto* name = new QTableWidgetItem(qs(r.product.sku) + QStringLiteral(" — ") + qs(r.product.title));
    name->setData(Qt::UserRole, qs(r.product.sku));
    QString why = reasonText(r.reason);
    if (!r.detail.empty()) why += QStringLiteral(" (") + qs(r.detail) + QStringLiteral(")");
    auto* reason = new QTableWidgetItem(why);
    reason->setData(Qt::UserRole, qs(std::string(reasonName(r.reason))));
    m_table->setItem(row, ProductColumn, name);
    m_table->setItem(row, ReasonColumn, reason);
  }
  if (items.empty()) m_status->setText(tr("No related products: add some by SKU or by words."));
  updateButtons();
}

void RelatedPane::updateButtons() {
  const bool product = m_productId != 0;
  m_add->setEnabled(product);
  m_addButton->setEnabled(product);
  m_drop->setEnabled(product && !m_table->selectedItems().isEmpty());
  m_reset->setEnabled(product && m_chosen);
}

void RelatedPane::dropSelected() {
  if (m_productId == 0) return;
  std::vector<std::string> skus;
  for (QTableWidgetItem* item : m_table->selectedItems()) {
    if (item->column() == ProductColumn) skus.push_back(item->data(Qt::UserRole).toString().toStdString());
  }
  if (skus.empty()) return;
  const std::int64_t productId = m_productId;
  request([productId, skus](Database& db) -> Result<RelatedView> {
    Result<RelatedView> view = makeError("product.gone", ErrorCode::NotFound, {std::to_string(productId)});
    for (const std::string& sku : skus) {
      view = RelatedEditing(db).drop(productId, sku, reviewerName(db));
      if (!view) break;
    }
    return view;
  }, true);
}

void RelatedPane::addWanted() {
  const std::string wanted = m_add->text().trimmed().toStdString();
  if (m_productId == 0 || wanted.empty()) return;
  const std::int64_t productId = m_productId;
  m_add->clear();
  request([productId, wanted](Database& db) { return RelatedEditing(db).add(productId, wanted, reviewerName(db)); },
          true);
}

void RelatedPane::resetChoice() {
  if (m_productId == 0) return;
  const std::int64_t productId = m_productId;
  request([productId](Database& db) { return RelatedEditing(db).reset(productId); }, true);
}

QStringList RelatedPane::rows() const {
  QStringList rows;
  for (int row = 0; row < m_table->rowCount(); ++row) {
    rows << m_table->item(row, ProductColumn)->data(Qt::UserRole).toString() + QLatin1Char(' ') +
                m_table->item(row, ReasonColumn)->data(Qt::UserRole).toString();
  }
  return rows;
}

QString RelatedPane::statusText() const { return m_status->text(); }

}  // namespace copydesk::ui
