#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <functional>
#include <string>

#include "core/store/database.h"
#include "ui/main_window.h"

namespace copydesk::test {

// Runs the event loop until the condition holds (true) or timeoutMs passes (false).
inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000) {
  QDeadlineTimer deadline(timeoutMs);
  while (!condition()) {
    if (deadline.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
  }
  return true;
}

// n products "SKU-00001"… in one transaction: every 10th titled with "bamboo", every 25th with
// "保温杯" (a Chinese title), categories cycling through Kitchen, Garden, Office; product i has
// i % 4 variants.
void fillProducts(Database& db, int n);

// A main window on `db` that stays quiet: no sample catalog, no provider probe, no saved layout.
ui::MainWindowOptions quietWindow(const std::filesystem::path& db);

// A draft in the given status for the product with that SKU; returns the draft id.
std::int64_t addDraft(Database& db, const std::string& sku, const std::string& status);

}  // namespace copydesk::test
