#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/batch/batch_plan.h"
#include "core/batch/batch_runner.h"
#include "core/store/generation_store.h"

namespace copydesk::ui {

// What the GUI learns about a run once it is planned: one entry per slot it works on.
struct SlotInfo {
  std::string id;          // BatchSlot::customId(): "p<product>-v<variant>-t<target>"
  std::int64_t productId = 0;
  std::string sku;
  int variant = 1;
  std::size_t targetIndex = 0;
  std::string profile;     // the profile's name
  std::string model;
  std::string baseUrl;
  std::string apiKeyEnv;   // the variable holding the key ("" = none needed)
  std::string persona;     // whom it is written for (issue 13); "" for no persona
};

struct RunPlanInfo {
  std::int64_t batchId = 0;
  bool resumed = false;
  std::string templateName;
  int templateVersion = 0;
  std::size_t totalSlots = 0;   // of the whole batch
  std::size_t alreadyDone = 0;  // had their draft before this run (a resumed batch)
  batch::CostEstimate estimate;  // of this run's slots
  std::vector<SlotInfo> slotList;  // this run's
};

// How one slot ended (before its result is committed).
struct SlotEnd {
  std::string id;
  GenerationOutcome outcome = GenerationOutcome::Ok;
  std::string text;    // the whole text (ok)
  std::string error;   // the provider's message (failed)
  int httpStatus = 0;  // 0: no HTTP answer (connection, timeout, cancelled)
};

// How a run (or a retry of one slot) ended.
struct RunEnd {
  bool retry = false;
  std::string error;         // the run could not start or its results could not be stored
  batch::RunSummary summary;
  std::string status;        // the batch's status afterwards: completed or incomplete
};

}  // namespace copydesk::ui
