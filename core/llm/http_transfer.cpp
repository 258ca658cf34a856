#include "core/llm/http_transfer.h"

#include <algorithm>
#include <cctype>
#include <mutex>

#include "core/llm/chat_error.h"
#include "core/llm/provider_error.h"

namespace copydesk::llm {

namespace {

void globalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

}  // namespace

HttpTransfer::HttpTransfer(const TransferSetup& setup, BodySink sink) : m_body(setup.body), m_sink(std::move(sink)) {
  globalInit();
  m_easy = curl_easy_init();
  for (const auto& line : setup.headers) m_headerList = curl_slist_append(m_headerList, line.c_str());
  curl_easy_setopt(m_easy, CURLOPT_URL, setup.url.c_str());
  curl_easy_setopt(m_easy, CURLOPT_HTTPHEADER, m_headerList);
  if (setup.post) {
    curl_easy_setopt(m_easy, CURLOPT_POSTFIELDS, m_body.c_str());
    curl_easy_setopt(m_easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(m_body.size()));
  } else {
    curl_easy_setopt(m_easy, CURLOPT_HTTPGET, 1L);
  }
  curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &HttpTransfer::onWrite);
  curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &HttpTransfer::onHeader);
  curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);
  curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
  curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
  // TLS verification is never switched off; a custom bundle only adds trust.
  curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(m_easy, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!setup.caBundle.empty()) curl_easy_setopt(m_easy, CURLOPT_CAINFO, setup.caBundle.c_str());
  curl_easy_setopt(m_easy, CURLOPT_PROXY, setup.proxy.c_str());
  curl_easy_setopt(m_easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(m_easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(m_easy, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS);
  // Over TLS a provider may speak HTTP/2: wait for the first connection and multiplex onto it
  // rather than opening one per request. Plain http (local servers) is HTTP/1.1, where waiting
  // only serialises connection setup.
  if (setup.url.rfind("https://", 0) == 0) curl_easy_setopt(m_easy, CURLOPT_PIPEWAIT, 1L);
  curl_easy_setopt(m_easy, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(m_easy, CURLOPT_TCP_NODELAY, 1L);
  curl_easy_setopt(m_easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(setup.connectTimeoutMs));
  curl_easy_setopt(m_easy, CURLOPT_TIMEOUT_MS, static_cast<long>(std::max(0, setup.totalTimeoutMs)));
  curl_easy_setopt(m_easy, CURLOPT_USERAGENT, setup.userAgent.c_str());
}

HttpTransfer::~HttpTransfer() {
  if (m_easy) curl_easy_cleanup(m_easy);
  curl_slist_free_all(m_headerList);
}

std::string HttpTransfer::header(const std::string& lowerName) const {
  const auto it = m_headers.find(lowerName);
  return it == m_headers.end() ? std::string() : it->second;
}

std::string HttpTransfer::curlMessage(CURLcode code) const {
  return m_errorBuffer[0] ? std::string(m_errorBuffer) : std::string(curl_easy_strerror(code));
}

size_t HttpTransfer::onWrite(char* data, size_t size, size_t count, void* self) {
  auto* transfer = static_cast<HttpTransfer*>(self);
  transfer->m_lastActivity = Clock::now();
  if (transfer->m_sink && !transfer->m_sink(std::string_view(data, size * count))) return 0;
  return size * count;
}

size_t HttpTransfer::onHeader(char* data, size_t size, size_t count, void* self) {
  auto* transfer = static_cast<HttpTransfer*>(self);
  transfer->m_lastActivity = Clock::now();
  const std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    // A new status line (after 100 Continue or a proxy CONNECT): forget earlier headers.
    transfer->m_headers.clear();
    const auto space = line.find(' ');
    if (space != std::string_view::npos) transfer->m_status = std::atol(std::string(line.substr(space + 1, 3)).c_str());
    return size * count;
  }
  const auto colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name(line.substr(0, colon));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    transfer->m_headers[name] = trim(line.substr(colon + 1));
  }
  return size * count;
}

Result<HttpResponse> performBlocking(const TransferSetup& setup) {
  HttpResponse response;
  HttpTransfer transfer(setup, [&](std::string_view bytes) {
    if (response.body.size() < (8u << 20)) response.body.append(bytes);
    return true;
  });
  const CURLcode code = curl_easy_perform(transfer.handle());
  if (code != CURLE_OK) {
    return chatError(ErrorCode::Network, "Could not reach " + maskUrl(setup.url) + ": " + transfer.curlMessage(code));
  }
  response.status = transfer.status();
  response.headers = transfer.headers();
  return response;
}

}  // namespace copydesk::llm
