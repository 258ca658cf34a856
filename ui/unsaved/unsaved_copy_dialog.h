#pragma once

#include <QDialog>

#include <vector>

#include "core/store/unsaved_copy_journal.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace copydesk::ui {

// Lists unsaved texts, product by product: the product (SKU · title) or template, the field, when it
// was last journaled and the start of the text. At start (Offer) for texts a studio that is gone left
// behind, like Kate's swap files: Restore all, Restore selected, Discard selected, Decide later (they
// are offered again at the next start). From File → Unsaved copy… (Held) for what this studio holds
// unsaved: Open, Discard selected. The dialog only asks; the window acts on its signals.
class UnsavedCopyDialog final : public QDialog {
  Q_OBJECT

 public:
  enum class Mode { Offer, Held };
  UnsavedCopyDialog(Mode mode, std::vector<UnsavedCopy> entries, QWidget* parent = nullptr);

  QTreeWidget* list() const { return m_list; }
  QPushButton* restoreAllButton() const { return m_restoreAll; }  // Offer only
  QPushButton* restoreButton() const { return m_restore; }        // "Restore selected" / "Open"
  QPushButton* discardButton() const { return m_discard; }
  const std::vector<UnsavedCopy>& entries() const { return m_entries; }
  std::vector<UnsavedCopy> selected() const;

  // The column texts, for the list and for tests.
  static QString subject(const UnsavedCopy& entry);
  static QString fieldLabel(const UnsavedCopy& entry);
  static QString when(const UnsavedCopy& entry);
  static QString preview(const UnsavedCopy& entry);

  void discardSelected();  // asks first: a discarded text cannot be brought back

 signals:
  void restoreRequested(const std::vector<copydesk::UnsavedCopy>& entries);
  void discardRequested(const std::vector<copydesk::UnsavedCopy>& entries);

 private:
  void fill();
  void updateButtons();

  Mode m_mode;
  std::vector<UnsavedCopy> m_entries;
  QLabel* m_intro;
  QTreeWidget* m_list;
  QPushButton* m_restoreAll = nullptr;
  QPushButton* m_restore;
  QPushButton* m_discard;
};

}  // namespace copydesk::ui
