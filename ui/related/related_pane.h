#pragma once

#include <QWidget>

#include <cstdint>
#include <functional>

#include "core/common/result.h"
#include "core/related/related_editing.h"
#include "core/store/database.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace copydesk::ui {

class StoreThread;

// On the Write page (issue 14): the selected product's related products, each with why it is there,
// as the prompt's {{#related}} gets them; the writer leaves some out or adds others (by SKU or by
// words the catalog search finds) before generating, and "Back to suggestions" forgets the choice.
// Every change is kept in the store by core (RelatedEditing) on the store thread, so batches and
// the CLI use it too.
class RelatedPane final : public QWidget {
  Q_OBJECT

 public:
  explicit RelatedPane(StoreThread& store, QWidget* parent = nullptr);

  void setProduct(std::int64_t productId);  // 0: none
  std::int64_t product() const { return m_productId; }

  // What the list shows, for tests: "SKU reason" per row, and whether it is the writer's choice.
  QStringList rows() const;
  bool isChosen() const { return m_chosen; }
  QString statusText() const;
  QLineEdit* addEdit() const { return m_add; }
  QTableWidget* table() const { return m_table; }

  static QString reasonText(RelationReason reason);

 public slots:
  void dropSelected();
  void addWanted();  // the SKU or words typed in the add field
  void resetChoice();

 signals:
  void loaded();         // the list shows the latest answer
  void choiceChanged();  // a kept choice was saved or forgotten: the prompt changes

 private:
  void request(std::function<Result<RelatedView>(Database&)> job, bool changes);
  void show(const RelatedView& view);
  void updateButtons();

  StoreThread& m_store;
  std::int64_t m_productId = 0;
  int m_request = 0;
  bool m_chosen = false;
  QLabel* m_heading;
  QTableWidget* m_table;
  QLineEdit* m_add;
  QPushButton* m_addButton;
  QPushButton* m_drop;
  QPushButton* m_reset;
  QLabel* m_status;
};

}  // namespace copydesk::ui
