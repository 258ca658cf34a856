// sse_bench: the SSE parser (plus, separately, the OpenAI chunk decoder) on a recorded-style OpenAI
// stream of small `data:` events, fed in small reads. Baselines measured in the same run over the
// same bytes and reads: memchr for the "\n\n" event boundaries, and a plain memcpy of every read.
//   sse_bench [--mb 50] [--read 1024] [--rounds 3]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/llm/openai_protocol.h"
#include "core/llm/sse_parser.h"

using namespace copydesk::llm;
using Clock = std::chrono::steady_clock;

namespace {

// A realistic stream: role chunk, many small content chunks (Latin and CJK words), a finish
// chunk, the usage chunk and [DONE] per response, responses back to back; a keep-alive now and then.
std::string makeStream(std::size_t bytes) {
  const char* words[] = {"Soft", " linen", " shirt", " with", " a", " relaxed", " fit", ",", " 新品", "上市",
                         " breathable", " and", " light", ".", " Perfect", " for", " summer", " 夏季"};
  std::string out;
  out.reserve(bytes + 4096);
  unsigned n = 0;
  while (out.size() < bytes) {
    const std::string head = R"({"id":"chatcmpl-9x)" + std::to_string(n) +
                             R"(","object":"chat.completion.chunk","created":1718000000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"delta":{)";
    out += "data: " + head + R"("role":"assistant","content":""},"logprobs":null,"finish_reason":null}]})" "\n\n";
    for (int i = 0; i < 60; ++i) {
      out += "data: " + head + R"("content":")" + words[(n + i) % 18] + R"("},"logprobs":null,"finish_reason":null}]})" "\n\n";
      if (i % 25 == 24) out += ": keep-alive\n\n";
    }
    out += "data: " + head + R"(},"logprobs":null,"finish_reason":"stop"}]})" "\n\n";
    out += R"(data: {"id":"chatcmpl-9x","choices":[],"usage":{"prompt_tokens":52,"completion_tokens":60,"total_tokens":112}})" "\n\n";
    out += "data: [DONE]\n\n";
    ++n;
  }
  return out;
}

template <class Fn>
double bestSeconds(int rounds, Fn fn) {
  double best = 1e9;
  for (int r = 0; r < rounds; ++r) {
    const auto start = Clock::now();
    fn();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
  }
  return best;
}

volatile std::size_t g_sink = 0;  // keeps the optimiser from dropping the work

}  // namespace

int main(int argc, char** argv) {
  std::size_t megabytes = 50, readSize = 1024;
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--mb") megabytes = std::strtoul(argv[i + 1], nullptr, 10);
    else if (arg == "--read") readSize = std::strtoul(argv[i + 1], nullptr, 10);
    else if (arg == "--rounds") rounds = std::atoi(argv[i + 1]);
  }
  const std::string stream = makeStream(megabytes << 20);
  const double mb = static_cast<double>(stream.size()) / (1 << 20);

  std::size_t events = 0;
  const double parser = bestSeconds(rounds, [&] {
    std::size_t count = 0, bytes = 0;
    SseParser sse([&](const SseEvent& event) {
      ++count;
      bytes += event.data.size();
    });
    for (std::size_t at = 0; at < stream.size(); at += readSize) {
      sse.feed(std::string_view(stream).substr(at, readSize));
    }
    sse.finish();
    events = count;
    g_sink = g_sink + bytes;
  });

  const double boundaries = bestSeconds(rounds, [&] {
    std::size_t count = 0;
    char last = 0;
    for (std::size_t at = 0; at < stream.size(); at += readSize) {
      const char* p = stream.data() + at;
      const char* end = p + std::min(readSize, stream.size() - at);
      if (last == '\n' && *p == '\n') ++count;
      for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\n', end - q))) != nullptr; ++q) {
        if (q + 1 < end && q[1] == '\n') ++count;
      }
      last = end[-1];
    }
    g_sink = g_sink + count;
  });

  std::vector<char> copy(readSize);
  const double memcpyOnly = bestSeconds(rounds, [&] {
    for (std::size_t at = 0; at < stream.size(); at += readSize) {
      const std::size_t n = std::min(readSize, stream.size() - at);
      std::memcpy(copy.data(), stream.data() + at, n);
      g_sink = g_sink + static_cast<unsigned char>(copy[n - 1]);
    }
  });

  // The whole path the client takes per event: parse, then decode the JSON chunk.
  const double decoded = bestSeconds(1, [&] {
    std::size_t text = 0;
    SseParser sse([&](const SseEvent& event) { text += openai::decodeEvent(event).text.size(); });
    for (std::size_t at = 0; at < stream.size(); at += readSize) sse.feed(std::string_view(stream).substr(at, readSize));
    sse.finish();
    g_sink = g_sink + text;
  });

  std::printf("stream: %.1f MB, %zu events, reads of %zu bytes, best of %d\n", mb, events, readSize, rounds);
  std::printf("SseParser:                 %8.0f MB/s\n", mb / parser);
  std::printf("baseline memchr \"\\n\\n\":    %8.0f MB/s   parser/baseline = %.2f\n", mb / boundaries,
              boundaries / parser);
  std::printf("baseline memcpy of reads:  %8.0f MB/s   parser/memcpy   = %.2f\n", mb / memcpyOnly, memcpyOnly / parser);
  std::printf("parser + JSON decode:      %8.0f MB/s   (nlohmann::json per chunk; for scale)\n", mb / decoded);
  std::printf("target: parser >= 300 MB/s -> %s\n", mb / parser >= 300 ? "met" : "NOT met");
  return 0;
}
