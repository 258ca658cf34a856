#include "ui/checks/check_runner.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/checks/checker.h"

namespace copydesk::ui {

CheckRunner::CheckRunner(QObject* parent) : QObject(parent) {
  m_delay = new QTimer(this);
  m_delay->setSingleShot(true);
  m_delay->setInterval(kDelayMs);
  connect(m_delay, &QTimer::timeout, this, &CheckRunner::startCheck);
  connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CheckRunner::adopt);
}

CheckRunner::~CheckRunner() {
  // The job holds its own copies of the book, subject and text; waiting only keeps it from
  // outliving the studio's shutdown.
  m_watcher.waitForFinished();
}

void CheckRunner::setBook(std::shared_ptr<const RuleBook> book) {
  m_book = std::move(book);
  if (m_subject) setText(m_text);
}

void CheckRunner::setSubject(InputMaker subject) {
  m_subject = std::move(subject);
  if (m_subject) {
    setText(m_text);
  } else {
    ++m_generation;
    m_delay->stop();
  }
}

void CheckRunner::setText(const QString& text) {
  m_text = text;
  ++m_generation;
  if (!m_subject || !m_book) return;
  emit started();
  m_delay->start();
}

void CheckRunner::checkNow() {
  if (!m_subject || !m_book) return;
  ++m_generation;
  emit started();
  m_delay->stop();
  startCheck();
}

void CheckRunner::clear() {
  m_subject = nullptr;
  m_text.clear();
  ++m_generation;
  m_delay->stop();
  m_rerun = false;
  m_findings.clear();
  m_checkedText.clear();
}

bool CheckRunner::isChecking() const { return m_delay->isActive() || m_running || m_rerun; }

void CheckRunner::startCheck() {
  if (!m_subject || !m_book) return;
  if (m_running) {
    m_rerun = true;  // one check at a time: this text goes next, the running one is dropped
    return;
  }
  m_rerun = false;
  m_running = true;
  m_watcher.setFuture(QtConcurrent::run([book = m_book, subject = m_subject, text = m_text,
                                         generation = m_generation]() {
    const std::string utf8 = text.toStdString();
    Outcome outcome;
    outcome.generation = generation;
    outcome.text = text;
    outcome.findings = runChecks(*book, subject(utf8));
    return outcome;
  }));
}

void CheckRunner::adopt() {
  m_running = false;
  Outcome outcome = m_watcher.result();
  if (m_rerun) {
    startCheck();
    return;
  }
  if (outcome.generation != m_generation) return;  // the text, subject or book changed since
  m_findings = std::move(outcome.findings);
  m_checkedText = std::move(outcome.text);
  emit checked(m_findings, m_checkedText);
}

}  // namespace copydesk::ui
