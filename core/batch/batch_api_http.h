#pragma once

#include <string>

#include "core/common/result.h"
#include "core/llm/provider_profile.h"

namespace copydesk::batch {

struct HttpReply {
  long status = 0;
  std::string body;
};

// The few blocking HTTP calls the Batch API needs (files, batches), with the given key and the
// profile's headers, proxy, CA bundle and timeouts; the same preflight as every request (no key
// over plain http:// to another machine unless the profile allows it). TLS verification stays on. A non-2xx reply is an Error
// carrying the provider's message.
class BatchApiHttp final {
 public:
  // apiKey: the key the calls carry ("" = none), from the client's key source.
  BatchApiHttp(llm::ProviderProfile profile, std::string apiKey)
      : m_profile(std::move(profile)), m_apiKey(std::move(apiKey)) {}

  Result<HttpReply> get(const std::string& path);
  Result<HttpReply> postJson(const std::string& path, const std::string& json);
  // multipart/form-data: purpose=<purpose>, file=<content> named fileName.
  Result<HttpReply> postFile(const std::string& path, const std::string& purpose, const std::string& fileName,
                             const std::string& content);

  std::string url(const std::string& path) const;  // {base}{path}; "" when the base is no http(s) URL

 private:
  Result<HttpReply> perform(void* curl, const std::string& path, void* headers);

  llm::ProviderProfile m_profile;
  std::string m_apiKey;
};

}  // namespace copydesk::batch
