#pragma once

#include <QDialog>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "core/checks/similarity/similar_texts.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace copydesk::ui {

class SimilarPairsModel;
class StoreThread;

// Review → Similar drafts…: scans the store for texts of different products that say nearly the
// same thing (core's findSimilar, on the store thread, with progress and Cancel), lists the pairs
// most similar first, and shows the chosen pair side by side with the passage they share
// highlighted in both.
class SimilarDraftsDialog final : public QDialog {
  Q_OBJECT

 public:
  explicit SimilarDraftsDialog(StoreThread& store, QWidget* parent = nullptr);
  ~SimilarDraftsDialog() override;  // a scan still running is cancelled

  bool isScanning() const { return m_scan != nullptr; }
  SimilarPairsModel* model() const { return m_model; }
  QDoubleSpinBox* thresholdSpin() const { return m_threshold; }
  QCheckBox* draftsBox() const { return m_drafts; }
  QCheckBox* descriptionsBox() const { return m_descriptions; }
  QPushButton* scanButton() const { return m_scanButton; }
  QPushButton* cancelButton() const { return m_cancelButton; }
  QProgressBar* progressBar() const { return m_progress; }
  QTableView* pairsView() const { return m_view; }
  QPlainTextEdit* textViewA() const { return m_textA; }
  QPlainTextEdit* textViewB() const { return m_textB; }
  QString statusText() const;
  void selectPair(int row);

  // The passage's colours: a warm marker with dark text, readable on light and dark palettes alike.
  static QColor passageBackground();
  static QColor passageText();

 public slots:
  void scan();
  void cancelScan();

 signals:
  void scanFinished(int pairs);  // -1: failed or cancelled
  // "Open in the editor": a draft (draftId > 0) or the product's own copy.
  void openRequested(std::int64_t draftId, std::int64_t productId);

 protected:
  void reject() override;  // Close also cancels a scan

 private:
  struct ScanState {
    std::atomic<bool> cancelled{false};
    std::atomic<std::size_t> done{0};
    std::atomic<std::size_t> total{0};
  };

  QWidget* makeSideBySide();
  void showProgress();
  void finishScan(Result<std::vector<SimilarPair>> found);
  void showPair(int row);
  void setScanning(bool scanning);
  void setStatus(const QString& text);

  StoreThread& m_store;
  std::shared_ptr<ScanState> m_scan;  // set while a scan runs; the store thread holds it too
  SimilarPairsModel* m_model;
  QDoubleSpinBox* m_threshold;
  QCheckBox* m_drafts;
  QCheckBox* m_descriptions;
  QPushButton* m_scanButton;
  QPushButton* m_cancelButton;
  QProgressBar* m_progress;
  QTimer* m_progressTimer;
  QLabel* m_status;
  QTableView* m_view;
  QLabel* m_headingA = nullptr;
  QLabel* m_headingB = nullptr;
  QPlainTextEdit* m_textA = nullptr;
  QPlainTextEdit* m_textB = nullptr;
  QPushButton* m_openA = nullptr;
  QPushButton* m_openB = nullptr;
};

}  // namespace copydesk::ui
