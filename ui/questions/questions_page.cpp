#include "ui/questions/questions_page.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

#include "core/questions/question_import.h"
#include "ui/common/error_text.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// How many refused rows the status names before "and N more".
constexpr std::size_t kRefusedShown = 3;

}  // namespace

QuestionsPage::QuestionsPage(StoreThread& store, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_heading(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_status(new QLabel(this)),
      m_import(new QPushButton(tr("&Import questions…"), this)),
      m_answer(new QPushButton(tr("&Answer with a batch…"), this)),
      m_open(new QPushButton(tr("&Open the answer"), this)),
      m_exportFaq(new QPushButton(tr("Export &FAQ…"), this)) {
  setObjectName(QStringLiteral("questionsPage"));
  m_table->setObjectName(QStringLiteral("questionsTable"));
  m_status->setObjectName(QStringLiteral("questionsStatus"));
  m_answer->setObjectName(QStringLiteral("answerQuestions"));
  m_open->setObjectName(QStringLiteral("openAnswer"));
  m_exportFaq->setObjectName(QStringLiteral("exportFaq"));
  m_exportFaq->setToolTip(tr("The approved answers of every product as FAQ CSV or schema.org FAQPage JSON-LD"));
  m_heading->setWordWrap(true);
  m_status->setWordWrap(true);
  m_import->setToolTip(tr("CSV with the columns sku and question, optionally source and date. A question almost "
                          "the same as one the product has (case, width, punctuation, a word) is counted, not added."));
  m_answer->setToolTip(tr("One answer per question of the selected products, from the product's facts only "
                          "(the answer templates say plainly when the data does not tell)"));
  m_table->setHorizontalHeaderLabels({tr("Product"), tr("Question"), tr("Asked"), tr("Source"), tr("Date"), tr("Answer")});
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->verticalHeader()->hide();
  m_table->setWordWrap(true);
  m_table->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
  for (int c : {ProductColumn, AskedColumn, SourceColumn, DateColumn, AnswerColumn}) {
    m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  }

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_import);
  buttons->addWidget(m_answer);
  buttons->addWidget(m_open);
  buttons->addStretch(1);
  buttons->addWidget(m_exportFaq);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_heading);
  layout->addLayout(buttons);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_status);

  connect(m_import, &QPushButton::clicked, this, &QuestionsPage::chooseFile);
  connect(m_answer, &QPushButton::clicked, this, &QuestionsPage::answerRequested);
  connect(m_exportFaq, &QPushButton::clicked, this, &QuestionsPage::faqExportRequested);
  connect(m_open, &QPushButton::clicked, this, [this] {
    const int row = m_table->currentRow();
    if (row >= 0 && row < static_cast<int>(m_questions.size()) && m_questions[static_cast<std::size_t>(row)].bestDraftId)
      emit answerChosen(m_questions[static_cast<std::size_t>(row)].bestDraftId);
  });
  connect(m_table, &QTableWidget::itemSelectionChanged, this, &QuestionsPage::updateButtons);
  connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
  setProducts({});
}

void QuestionsPage::setProducts(std::vector<std::int64_t> productIds) {
  m_productIds = std::move(productIds);
  if (isVisible()) reload();
  else showQuestions({});
  m_heading->setText(m_productIds.empty() ? tr("Select products to see what their customers ask.")
                                          : tr("Customer questions about the %n selected product(s)", nullptr,
                                               static_cast<int>(m_productIds.size())));
}

void QuestionsPage::reload() {
  const int request = ++m_request;
  m_store.run(
      this, [ids = m_productIds](Database& db) { return questionsWithAnswers(db, ids); },
      [this, request](Result<std::vector<QuestionWithAnswer>> questions) {
        if (request != m_request) return;  // a newer reload is on its way
        if (!questions) setStatus(tr("Could not read the questions: %1").arg(ErrorText::describe(questions.error())));
        else showQuestions(std::move(*questions));
        emit loaded();
      });
}

void QuestionsPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  reload();  // answers may have been written or reviewed meanwhile
}

void QuestionsPage::showQuestions(std::vector<QuestionWithAnswer> questions) {
  m_questions = std::move(questions);
  m_table->setRowCount(static_cast<int>(m_questions.size()));
  for (int row = 0; row < m_table->rowCount(); ++row) {
    const QuestionWithAnswer& q = m_questions[static_cast<std::size_t>(row)];
    const QString answer = !q.bestStatus ? tr("not answered")
                           : q.answers > 1 ? tr("%1 (%2 answers)").arg(ReviewQueueModel::statusText(*q.bestStatus)).arg(q.answers)
                                           : ReviewQueueModel::statusText(*q.bestStatus);
    const QStringList cells = {qs(q.question.sku), qs(q.question.text), QString::number(q.question.asked),
                               qs(q.question.source), qs(q.question.askedOn), answer};
    for (int column = 0; column < ColumnCount; ++column) {
      auto* item = new QTableWidgetItem(cells[column]);
      if (column == AskedColumn) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      m_table->setItem(row, column, item);
    }
  }
  m_table->resizeRowsToContents();
  if (m_questions.empty() && !m_productIds.empty()) {
    setStatus(tr("No questions about these products yet: Import questions… reads a CSV of sku and question (e.g. "
                 "from reviews, a Q&A tab or the help desk)."));
  } else if (!m_questions.empty()) {
    setStatus(tr("%n question(s)", nullptr, static_cast<int>(m_questions.size())));
  } else {
    setStatus(QString());
  }
  if (!m_importOutcome.isEmpty()) setStatus(std::exchange(m_importOutcome, QString()));
  updateButtons();
}

void QuestionsPage::importFile(const QString& path) {
  const std::string file = path.toStdString();
  const std::string label = QFileInfo(path).fileName().toStdString();
  m_store.run(
      this, [file, label](Database& db) { return importQuestions(db, file, TextEncoding::Utf8, label); },
      [this](Result<QuestionImport> outcome) {
        if (!outcome) {
          setStatus(tr("Not imported: %1").arg(ErrorText::describe(outcome.error())));
          emit loaded();
          return;
        }
        QString text = tr("Imported %n question(s); ", nullptr, static_cast<int>(outcome->imported)) +
                       tr("%n merged as duplicates; ", nullptr, static_cast<int>(outcome->merged)) +
                       tr("%n refused", nullptr, static_cast<int>(outcome->refused.size()));
        for (std::size_t i = 0; i < outcome->refused.size() && i < kRefusedShown; ++i) {
          text += QStringLiteral("\n") + ErrorText::describe(outcome->refused[i]);
        }
        if (outcome->refused.size() > kRefusedShown) {
          text += QStringLiteral("\n") + tr("… and %n more", nullptr, static_cast<int>(outcome->refused.size() - kRefusedShown));
        }
        emit imported(text.section(QLatin1Char('\n'), 0, 0));
        m_importOutcome = text;  // shown by the reload instead of the count
        reload();
      });
}

void QuestionsPage::chooseFile() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import customer questions"), QString(),
                                                    tr("Question files (*.csv *.tsv *.txt);;All files (*)"));
  if (!path.isEmpty()) importFile(path);
}

QString QuestionsPage::statusText() const { return m_status->text(); }

void QuestionsPage::setStatus(const QString& text) { m_status->setText(text); }

void QuestionsPage::updateButtons() {
  const int row = m_table->currentRow();
  m_open->setEnabled(row >= 0 && row < static_cast<int>(m_questions.size()) &&
                     m_questions[static_cast<std::size_t>(row)].bestDraftId != 0);
  m_answer->setEnabled(!m_questions.empty());
}

}  // namespace copydesk::ui
