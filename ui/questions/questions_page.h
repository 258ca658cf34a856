#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

#include "core/questions/product_questions.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace copydesk::ui {

class StoreThread;

// The "Questions" page (issue 14): the customer questions about the selected products, each with
// how often it was asked and where its answer stands; Import questions… reads a CSV (sku,question
// and optionally source,date) through core's import, which merges near-duplicates; Answer with a
// batch… asks the studio for the batch dialog over the selection's questions; Open the answer
// shows the chosen question's answer in the copy editor; Export FAQ… asks for the FAQ export dialog.
class QuestionsPage final : public QWidget {
  Q_OBJECT

 public:
  enum Column { ProductColumn, QuestionColumn, AskedColumn, SourceColumn, DateColumn, AnswerColumn, ColumnCount };

  explicit QuestionsPage(StoreThread& store, QWidget* parent = nullptr);

  void setProducts(std::vector<std::int64_t> productIds);  // and reload()
  void reload();
  void importFile(const QString& path);  // then reload(); the outcome in statusText()
  void chooseFile();                     // File → Import customer questions…

  const std::vector<QuestionWithAnswer>& questions() const { return m_questions; }
  QTableWidget* table() const { return m_table; }
  QPushButton* answerButton() const { return m_answer; }
  QString statusText() const;

 signals:
  void loaded();
  void imported(const QString& summary);
  void answerRequested();                 // answer the selection's questions with a batch
  void answerChosen(std::int64_t draftId);  // open it in the copy editor
  void faqExportRequested();                // the approved answers as FAQ CSV or JSON-LD

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void showQuestions(std::vector<QuestionWithAnswer> questions);
  void setStatus(const QString& text);
  void updateButtons();

  StoreThread& m_store;
  std::vector<std::int64_t> m_productIds;
  std::vector<QuestionWithAnswer> m_questions;
  int m_request = 0;
  QString m_importOutcome;  // the last import's, until the reload after it shows
  QLabel* m_heading;
  QTableWidget* m_table;
  QLabel* m_status;
  QPushButton* m_import;
  QPushButton* m_answer;
  QPushButton* m_open;
  QPushButton* m_exportFaq;
};

}  // namespace copydesk::ui
