#pragma once

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/templates/compiled_prompt.h"
#include "core/templates/partial_loader.h"
#include "core/templates/prompt_template.h"

namespace copydesk {

// Parses and renders both parts of a prompt template in one go (for one product; a batch keeps a
// CompiledPrompt instead). A syntax error reads "NAME:LINE:COL: user part: cause".
Result<RenderedPrompt> renderPrompt(const PromptTemplate& prompt, const Json& context,
                                    const PartialLoader& loader = {});

}  // namespace copydesk
