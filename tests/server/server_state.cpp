#include "tests/server/fake_server.h"

#include <fstream>
#include <iostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/server/fake_reply.h"

namespace copydesk::fake {

namespace {

bool parseRates(const std::string& text, ServerConfig& config) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    const auto eq = item.find('=');
    if (eq == std::string::npos) return false;
    try {
      config.faultRates.emplace_back(item.substr(0, eq), std::stod(item.substr(eq + 1)));
    } catch (const std::exception&) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

// "[[fault:500]]" / "[[fault-always:401]]" inside the prompt: lets a batch pick faults per product.
std::string marker(const std::string& prompt, const std::string& name) {
  const std::string open = "[[" + name + ":";
  const auto at = prompt.find(open);
  if (at == std::string::npos) return {};
  const auto close = prompt.find("]]", at);
  if (close == std::string::npos) return {};
  return prompt.substr(at + open.size(), close - at - open.size());
}

bool loadReplies(const std::string& path, ServerConfig& config) {
  std::ifstream in(path);
  if (!in) return false;
  const auto replies = nlohmann::ordered_json::parse(in, nullptr, false);
  if (!replies.is_object()) return false;
  for (const auto& [key, value] : replies.items()) {
    ServerConfig::CannedReply canned{key, {}};
    for (const auto& text : value.is_array() ? value : nlohmann::ordered_json::array({value})) {
      if (!text.is_string()) return false;
      canned.texts.push_back(text.get<std::string>());
    }
    if (canned.texts.empty()) return false;
    config.replies.push_back(std::move(canned));
  }
  return true;
}

}  // namespace

std::string replyFor(const ServerConfig& config, const std::string& system, const std::string& user) {
  for (const auto& canned : config.replies) {
    if (user.find(canned.key) != std::string::npos) return canned.texts[(*canned.used)++ % canned.texts.size()];
  }
  return reply(system, user);
}

bool parseConfig(int argc, char** argv, ServerConfig& config) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    std::string v;
    try {
      if (arg == "--port" && value(v)) config.port = std::stoi(v);
      else if (arg == "--fault-rate" && value(v)) { if (!parseRates(v, config)) throw std::invalid_argument(v); }
      else if (arg == "--seed" && value(v)) config.seed = std::stoull(v);
      else if (arg == "--batch-delay-ms" && value(v)) config.batchDelayMs = std::stoi(v);
      else if (arg == "--chunks" && value(v)) config.chunks = std::stoi(v);
      else if (arg == "--stream-ms" && value(v)) config.streamMs = std::stoi(v);
      else if (arg == "--delay-ms" && value(v)) config.delayMs = std::stoi(v);
      else if (arg == "--stall-ms" && value(v)) config.stallMs = std::stoi(v);
      else if (arg == "--retry-after" && value(v)) config.retryAfter = v;
      else if (arg == "--replies" && value(v)) { if (!loadReplies(v, config)) throw std::invalid_argument(v); }
      else throw std::invalid_argument(arg);
    } catch (const std::exception&) {
      std::cerr << "fake-llm-server: bad option near '" << arg << "'\n"
                << "usage: fake-llm-server [--port N] [--fault-rate 429=0.1,500=0.05,cut=0.03,malformed=0.01]\n"
                   "       [--seed N] [--batch-delay-ms N] [--chunks N] [--stream-ms N] [--delay-ms N]\n"
                   "       [--stall-ms N] [--retry-after SECONDS] [--replies FILE.json]\n";
      return false;
    }
  }
  return true;
}

ServerState::ServerState(ServerConfig config) : m_config(std::move(config)), m_random(m_config.seed) {}

void ServerState::count(const std::string& route) {
  std::lock_guard lock(m_mutex);
  ++m_requests;
  ++m_routes[route];
}

void ServerState::countFault(const std::string& fault) {
  std::lock_guard lock(m_mutex);
  ++m_faults[fault];
}

void ServerState::streamStarted() {
  {
    std::lock_guard lock(m_mutex);
    m_maxActiveStreams = std::max(m_maxActiveStreams, ++m_activeStreams);
  }
  m_streamsChanged.notify_all();
}

bool ServerState::waitForStreams(int count) {
  std::unique_lock lock(m_mutex);
  // `stopping` is set without this lock: look at it again every few milliseconds.
  while (m_maxActiveStreams < count) {
    if (stopping) return false;
    m_streamsChanged.wait_for(lock, std::chrono::milliseconds(10));
  }
  return !stopping;
}

void ServerState::streamEnded() {
  std::lock_guard lock(m_mutex);
  --m_activeStreams;
}

std::string ServerState::statsJson() {
  std::lock_guard lock(m_mutex);
  nlohmann::json json;
  json["requests"] = m_requests;
  json["paths"] = m_routes;
  json["faults"] = m_faults;
  json["activeStreams"] = m_activeStreams;
  json["maxActiveStreams"] = m_maxActiveStreams;
  return json.dump();
}

void ServerState::resetStats() {
  std::lock_guard lock(m_mutex);
  m_requests = 0;
  m_routes.clear();
  m_faults.clear();
  m_maxActiveStreams = m_activeStreams;
}

std::string ServerState::decideFault(const httplib::Request& request, const std::string& prompt) {
  if (request.has_header("X-Fake-Fault-Always")) return request.get_header_value("X-Fake-Fault-Always");
  if (auto always = marker(prompt, "fault-always"); !always.empty()) return always;
  std::string forced = request.get_header_value("X-Fake-Fault");
  int times = 1;
  if (!forced.empty() && request.has_header("X-Fake-Fault-Count")) {
    times = std::atoi(request.get_header_value("X-Fake-Fault-Count").c_str());
  }
  if (forced.empty()) forced = marker(prompt, "fault");
  std::lock_guard lock(m_mutex);
  if (!forced.empty()) {
    // The same request body is a retry: fail the first `times` attempts, then succeed.
    const auto identity = fnv1a(request.path + "\x1f" + forced + "\x1f" + request.body);
    return m_forcedSeen[identity]++ < times ? forced : std::string();
  }
  if (m_config.faultRates.empty()) return {};
  double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
  for (const auto& [fault, rate] : m_config.faultRates) {
    if (roll < rate) return fault;
    roll -= rate;
  }
  return {};
}

std::string ServerState::addFile(StoredFile file) {
  const std::string id = "file-" + std::to_string(nextId());
  std::lock_guard lock(m_mutex);
  m_files[id] = std::move(file);
  return id;
}

bool ServerState::file(const std::string& id, StoredFile& out) {
  std::lock_guard lock(m_mutex);
  const auto it = m_files.find(id);
  if (it == m_files.end()) return false;
  out = it->second;
  return true;
}

std::string ServerState::addBatch(StoredBatch batch) {
  batch.id = "batch_" + std::to_string(nextId());
  std::lock_guard lock(m_mutex);
  m_batches[batch.id] = batch;
  return batch.id;
}

bool ServerState::batch(const std::string& id, StoredBatch& out) {
  std::lock_guard lock(m_mutex);
  const auto it = m_batches.find(id);
  if (it == m_batches.end()) return false;
  out = it->second;
  return true;
}

void ServerState::updateBatch(const StoredBatch& batch) {
  std::lock_guard lock(m_mutex);
  m_batches[batch.id] = batch;
}

bool nap(const ServerState& state, int ms) {
  return napUntil(state, std::chrono::steady_clock::now() + std::chrono::milliseconds(ms));
}

bool napUntil(const ServerState& state, std::chrono::steady_clock::time_point until) {
  while (std::chrono::steady_clock::now() < until) {
    if (state.stopping) return false;
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
        std::chrono::milliseconds(10), until - std::chrono::steady_clock::now()));
  }
  return !state.stopping;
}

}  // namespace copydesk::fake
