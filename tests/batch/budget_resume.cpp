#include "tests/batch/budget_resume.h"

#include <catch2/catch.hpp>

#include <utility>

#include "core/store/batch_store.h"

namespace copydesk::test {

StoppedAndResumed stopByBudgetThenResume(batch::BatchSession& session, const FakeServerProcess& server,
                                         batch::GenerateOptions& options, const BudgetStop& stop) {
  for (auto& t : options.spec.targets) t.profile.inputPricePerMTok = t.profile.outputPricePerMTok = 100.0;
  options.run.budgetUsd = stop.budgetUsd;
  options.run.concurrency = stop.concurrency;
  auto first = session.generate(options);
  REQUIRE(first);
  CHECK(first->totalSlots == stop.slots);
  REQUIRE(first->summary.budgetReached);
  REQUIRE(first->summary.succeeded > 0);

  options.run.budgetUsd.reset();
  options.resume = true;
  const auto before = server.requestCount("/v1/chat/completions");
  auto resumed = session.generate(options);
  REQUIRE(resumed);
  CHECK(resumed->batchId == first->batchId);
  CHECK(resumed->slotsRun == stop.slots - first->summary.succeeded);
  CHECK(resumed->status == kBatchCompleted);
  CHECK(server.requestCount("/v1/chat/completions") - before ==
        static_cast<long long>(stop.slots - first->summary.succeeded));
  return {std::move(*first), std::move(*resumed)};
}

}  // namespace copydesk::test
