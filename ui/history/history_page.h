#pragma once

#include <QWidget>

#include <cstdint>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace copydesk {
struct HistoryEntry;
}

namespace copydesk::ui {

class DiffView;
class HistoryTableModel;
class StoreThread;

// The "History" page: every generation and every version of a draft, for the current product or
// across the catalog, searchable; one entry's full text (and the prompt as sent), two entries
// compared, an earlier text restored.
class HistoryPage final : public QWidget {
  Q_OBJECT

 public:
  static constexpr int kSearchDelayMs = 250;

  explicit HistoryPage(StoreThread& store, QWidget* parent = nullptr);

  void setProduct(std::int64_t productId);  // 0: none; followed unless the whole catalog is shown
  void setCatalogWide(bool catalogWide);
  void reload();

  HistoryTableModel* model() const { return m_model; }
  QTableView* view() const { return m_view; }
  QLineEdit* searchEdit() const { return m_search; }
  QCheckBox* catalogWideBox() const { return m_catalogWide; }
  QPushButton* compareButton() const { return m_compare; }
  QPushButton* restoreButton() const { return m_restore; }
  QPlainTextEdit* textView() const { return m_text; }
  QPlainTextEdit* promptView() const { return m_prompt; }
  DiffView* diffView() const { return m_diff; }
  QTabWidget* detailTabs() const { return m_tabs; }
  QPushButton* experimentButton() const { return m_experiment; }
  QLabel* variantNote() const { return m_variantNote; }  // the selected draft's A/B result, if it is a variant
  bool isLoading() const { return m_loading; }

  // Selects the rows (of the current list) and shows them as a click would.
  void selectRows(const QList<int>& rows);
  void compareSelected();  // the two selected entries, older before newer
  void restoreSelected();
  // The selected entries' drafts (two or more, one product's field) as a new A/B experiment.
  void startExperimentFromSelection();
  void reloadVariantNotes();  // after results were imported or an experiment started

 signals:
  // The text of an earlier entry should become the working text of its draft.
  void restoreRequested(std::int64_t draftId, const QString& text);
  // Start an experiment with these drafts as variants A, B, … (issue 13).
  void experimentRequested(const QList<qint64>& draftIds);
  void loaded();
  void variantNotesLoaded();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  QList<int> selectedRows() const;
  void showSelection();
  void showEntry(const HistoryEntry& entry);
  void loadPrompt(std::int64_t generationId);
  void updateScope();
  QList<qint64> selectedDraftIds() const;  // distinct, ascending
  void showVariantNote();                   // the A/B line and the Start A/B test button

  StoreThread& m_store;
  HistoryTableModel* m_model;
  QLineEdit* m_search;
  QCheckBox* m_catalogWide;
  QLabel* m_scope;
  QTableView* m_view;
  QLabel* m_heading;
  QLabel* m_failure;
  QPushButton* m_compare;
  QPushButton* m_restore;
  QPushButton* m_experiment;
  QLabel* m_variantNote;
  QTabWidget* m_tabs;
  QPlainTextEdit* m_text;
  QPlainTextEdit* m_prompt;
  DiffView* m_diff;
  QTimer* m_debounce;
  std::int64_t m_productId = 0;
  int m_queries = 0;   // a newer query supersedes an older one still running
  int m_prompts = 0;
  int m_noteQueries = 0;
  bool m_loading = false;
};

}  // namespace copydesk::ui
