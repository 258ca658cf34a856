#include "core/batch/batch_api_http.h"

#include <curl/curl.h>

#include <memory>

#include "core/llm/connection_preflight.h"
#include "core/llm/provider_error.h"
#include "core/llm/provider_url.h"

namespace copydesk::batch {
namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
struct MimeDeleter {
  void operator()(curl_mime* mime) const { curl_mime_free(mime); }
};

using CurlPtr = std::unique_ptr<CURL, CurlDeleter>;
using SlistPtr = std::unique_ptr<curl_slist, SlistDeleter>;

CurlPtr newHandle() {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)initialised;
  return CurlPtr(curl_easy_init());
}

// The key only ever goes into this header list, which is freed with the request.
SlistPtr baseHeaders(const llm::ProviderProfile& profile, const std::string& key) {
  curl_slist* list = nullptr;
  if (!key.empty()) list = curl_slist_append(list, ("Authorization: Bearer " + key).c_str());
  for (const auto& [name, value] : profile.extraHeaders) list = curl_slist_append(list, (name + ": " + value).c_str());
  return SlistPtr(list);
}

}  // namespace

std::string BatchApiHttp::url(const std::string& path) const {
  return llm::extendUrl(m_profile.baseUrl, {path}).value_or("");
}

Result<HttpReply> BatchApiHttp::get(const std::string& path) {
  auto curl = newHandle();
  auto headers = baseHeaders(m_profile, m_apiKey);
  curl_easy_setopt(curl.get(), CURLOPT_HTTPGET, 1L);
  return perform(curl.get(), path, headers.get());
}

Result<HttpReply> BatchApiHttp::postJson(const std::string& path, const std::string& json) {
  auto curl = newHandle();
  auto headers = baseHeaders(m_profile, m_apiKey);
  headers.reset(curl_slist_append(headers.release(), "Content-Type: application/json"));
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(json.size()));
  curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, json.data());
  return perform(curl.get(), path, headers.get());
}

Result<HttpReply> BatchApiHttp::postFile(const std::string& path, const std::string& purpose,
                                         const std::string& fileName, const std::string& content) {
  auto curl = newHandle();
  auto headers = baseHeaders(m_profile, m_apiKey);
  std::unique_ptr<curl_mime, MimeDeleter> mime(curl_mime_init(curl.get()));
  curl_mimepart* part = curl_mime_addpart(mime.get());
  curl_mime_name(part, "purpose");
  curl_mime_data(part, purpose.data(), purpose.size());
  part = curl_mime_addpart(mime.get());
  curl_mime_name(part, "file");
  curl_mime_filename(part, fileName.c_str());
  curl_mime_type(part, "application/jsonl");
  curl_mime_data(part, content.data(), content.size());
  curl_easy_setopt(curl.get(), CURLOPT_MIMEPOST, mime.get());
  return perform(curl.get(), path, headers.get());
}

Result<HttpReply> BatchApiHttp::perform(void* handle, const std::string& path, void* headerList) {
  if (auto refused = llm::connectionPreflight(m_profile, m_apiKey)) return *refused;
  CURL* curl = static_cast<CURL*>(handle);
  HttpReply reply;
  const std::string target = url(path);
  curl_easy_setopt(curl, CURLOPT_URL, target.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(headerList));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_profile.connectTimeoutMs));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_profile.totalTimeoutMs));
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  if (!m_profile.proxy.empty()) curl_easy_setopt(curl, CURLOPT_PROXY, m_profile.proxy.c_str());
  if (!m_profile.caBundle.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, m_profile.caBundle.c_str());
  const CURLcode rc = curl_easy_perform(curl);
  const std::string where = llm::maskUrl(target);
  if (rc != CURLE_OK) {
    return makeError(ErrorCode::Network, std::string("request failed: ") + curl_easy_strerror(rc), where);
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
  if (reply.status < 200 || reply.status >= 300) {
    Error error = llm::errorFromResponse(reply.status, reply.body, m_profile.name);
    if (error.where.empty()) error.where = where;
    return error;
  }
  return reply;
}

}  // namespace copydesk::batch
