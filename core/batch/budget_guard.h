#pragma once

#include <mutex>
#include <optional>

namespace copydesk::batch {

// Keeps a batch inside its budget while requests are in flight. Before a request is submitted
// its worst-case cost is reserved; when it finishes the reservation is replaced by what it really
// cost. A request whose worst case does not fit next to what is spent and reserved is not
// started, so spent never exceeds the limit as long as real costs stay within their worst cases.
class BudgetGuard final {
 public:
  explicit BudgetGuard(std::optional<double> limitUsd) : m_limit(limitUsd) {}

  // True (and reserved) if worstCaseUsd fits; false once it does not: the batch stops submitting.
  bool reserve(double worstCaseUsd);
  // A reserved request ended; actualUsd is its real cost (0 for a failure that was not billed).
  void settle(double reservedUsd, double actualUsd);

  double spent() const;
  double reserved() const;
  std::optional<double> limit() const { return m_limit; }
  bool reached() const;  // a reservation has been refused

 private:
  mutable std::mutex m_mutex;
  std::optional<double> m_limit;
  double m_spent = 0;
  double m_reserved = 0;
  bool m_reached = false;
};

}  // namespace copydesk::batch
