#pragma once

#include <string_view>

#include "core/llm/stream_delta.h"

namespace copydesk::llm::openai {

// Reads the fields of one streamed chat-completion chunk into `delta` with simdjson: a reply is
// tens of chunks, so decoding them is most of the client's own work per stream. Returns false
// on anything unusual (not an object, an "error" key, a key it reads given twice, bad JSON),
// leaving `delta` for the caller to reset and decode by the general path, so the outcome is the
// same either way.
bool readChunk(std::string_view data, StreamDelta& delta);

}  // namespace copydesk::llm::openai
