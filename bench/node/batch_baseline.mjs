// The same batch as bench/batch_bench with the official openai SDK: N streamed chat completions,
// C in flight, against the same fake server. Prints one JSON line with wall and CPU time.
// usage: node batch_baseline.mjs BASE_URL N CONCURRENCY MAX_TOKENS
import OpenAI from "openai";

const [baseURL, n = "2000", concurrency = "100", maxTokens = "200"] = process.argv.slice(2);
const total = Number(n);
const client = new OpenAI({ baseURL, apiKey: "sk-bench", maxRetries: 2 });

let next = 0;
let ok = 0;
let failed = 0;
let chars = 0;

async function worker() {
  while (next < total) {
    const i = next++;
    try {
      const stream = await client.chat.completions.create({
        model: "fake-small",
        messages: [
          { role: "system", content: "You write product copy for Acme." },
          { role: "user", content: `Describe Product ${i + 1} linen shirt (SKU BENCH-${i + 1}). Facts: soft, light.` },
        ],
        max_tokens: Number(maxTokens),
        stream: true,
        stream_options: { include_usage: true },
      });
      let text = "";
      for await (const chunk of stream) text += chunk.choices?.[0]?.delta?.content ?? "";
      chars += text.length;
      ok++;
    } catch (e) {
      failed++;
    }
  }
}

const cpu0 = process.cpuUsage();
const t0 = performance.now();
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({
  ok, failed, chars, wall_s: wall,
  cpu_s: (cpu.user + cpu.system) / 1e6,
  maxrss_mb: process.resourceUsage().maxRSS / 1024,
}));
