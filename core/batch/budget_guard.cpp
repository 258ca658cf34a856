#include "core/batch/budget_guard.h"

#include <algorithm>

namespace copydesk::batch {

bool BudgetGuard::reserve(double worstCaseUsd) {
  std::lock_guard lock(m_mutex);
  if (m_limit && m_spent + m_reserved + worstCaseUsd > *m_limit) {
    m_reached = true;
    return false;
  }
  m_reserved += worstCaseUsd;
  return true;
}

void BudgetGuard::settle(double reservedUsd, double actualUsd) {
  std::lock_guard lock(m_mutex);
  m_reserved = std::max(0.0, m_reserved - reservedUsd);
  m_spent += actualUsd;
}

double BudgetGuard::spent() const {
  std::lock_guard lock(m_mutex);
  return m_spent;
}

double BudgetGuard::reserved() const {
  std::lock_guard lock(m_mutex);
  return m_reserved;
}

bool BudgetGuard::reached() const {
  std::lock_guard lock(m_mutex);
  return m_reached;
}

}  // namespace copydesk::batch
