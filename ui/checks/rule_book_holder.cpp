#include "ui/checks/rule_book_holder.h"

#include "core/checks/check_summary_store.h"

namespace copydesk::ui {

RuleBookHolder::RuleBookHolder(QObject* parent) : QObject(parent) {
  RuleBookLoad load = loadRuleBook();
  m_book = std::move(load.book);
  m_problems = std::move(load.problems);
}

QString RuleBookHolder::fingerprint() const { return QString::fromStdString(fingerprintText(m_book->fingerprint)); }

void RuleBookHolder::reload() {
  RuleBookLoad load = loadRuleBook();
  m_book = std::move(load.book);
  m_problems = std::move(load.problems);
  emit changed();
}

}  // namespace copydesk::ui
