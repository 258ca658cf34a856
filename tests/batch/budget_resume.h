#pragma once

#include <cstddef>

#include "core/batch/batch_session.h"
#include "tests/support/fake_server_process.h"

namespace copydesk::test {

// How a "stopped by its budget and resumed" test stops its batch: every target priced at $100 per
// million tokens, so that a budget of a few slots' cost stops it partway.
struct BudgetStop {
  double budgetUsd = 0;
  int concurrency = 1;
  std::size_t slots = 0;  // the whole batch
};

struct StoppedAndResumed {
  batch::GenerateReport first;    // the run the budget stopped
  batch::GenerateReport resumed;  // the run that finished it
};

// Runs `options` under the budget, then with resume on and no budget (`options` keeps both changes,
// for a test that resumes again), checking what every such batch shows: the first run was stopped by
// the budget with some slots done; the second finished the same batch, running and sending a request
// for exactly the slots left over.
StoppedAndResumed stopByBudgetThenResume(batch::BatchSession& session, const FakeServerProcess& server,
                                         batch::GenerateOptions& options, const BudgetStop& stop);

}  // namespace copydesk::test
