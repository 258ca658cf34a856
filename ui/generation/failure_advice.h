#pragma once

#include <QString>

#include "ui/generation/generation_run.h"

namespace copydesk::ui {

// What a writer can do about a failed generation, in words: the provider's message is shown as
// is; this adds the step that usually fixes it (a 401 → the profile's key in Settings).
QString failureAdvice(const SlotInfo& slot, const SlotEnd& end);

}  // namespace copydesk::ui
