#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <curl/curl.h>

#include "core/common/result.h"

namespace copydesk::llm {

// Everything one HTTP exchange needs. Header lines may hold a key: they go to curl and nowhere else.
struct TransferSetup {
  std::string url;
  bool post = true;
  std::string body;
  std::vector<std::string> headers;   // "Name: value"
  std::string proxy;                  // "" = no proxy (environment proxies ignored too)
  std::string caBundle;               // "" = the system store; verification is always on
  int connectTimeoutMs = 10000;
  int totalTimeoutMs = 300000;        // 0 = none
  std::string userAgent = "copydesk";
};

// One easy handle with its header list and response bookkeeping; freed on destruction.
// Used by one thread at a time (the network thread, or the caller of performBlocking()).
class HttpTransfer final {
 public:
  using Clock = std::chrono::steady_clock;
  // Returns false to abort the transfer (it then ends with CURLE_WRITE_ERROR).
  using BodySink = std::function<bool(std::string_view)>;

  HttpTransfer(const TransferSetup& setup, BodySink sink);
  ~HttpTransfer();
  HttpTransfer(const HttpTransfer&) = delete;
  HttpTransfer& operator=(const HttpTransfer&) = delete;

  CURL* handle() const { return m_easy; }
  long status() const { return m_status; }                      // 0 until the status line arrived
  const std::map<std::string, std::string>& headers() const { return m_headers; }  // lower-case names
  std::string header(const std::string& lowerName) const;
  Clock::time_point lastActivity() const { return m_lastActivity; }
  std::string curlMessage(CURLcode code) const;                 // the error buffer, else curl's text

 private:
  static size_t onWrite(char* data, size_t size, size_t count, void* self);
  static size_t onHeader(char* data, size_t size, size_t count, void* self);

  CURL* m_easy = nullptr;
  curl_slist* m_headerList = nullptr;
  std::string m_body;                 // curl keeps a pointer to it (CURLOPT_POSTFIELDS)
  BodySink m_sink;
  long m_status = 0;
  std::map<std::string, std::string> m_headers;
  Clock::time_point m_lastActivity = Clock::now();
  char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

struct HttpResponse {
  long status = 0;
  std::map<std::string, std::string> headers;
  std::string body;
};

// A small blocking exchange for the odd call outside the network thread (GET /models).
Result<HttpResponse> performBlocking(const TransferSetup& setup);

}  // namespace copydesk::llm
