// Provider URLs through libcurl's URL API: loopback hosts, built request URLs, masking, Retry-After.
#include <chrono>

#include <catch2/catch.hpp>

#include "core/llm/connection_preflight.h"
#include "core/llm/provider_profile.h"
#include "core/llm/provider_url.h"
#include "core/llm/retry_policy.h"

using namespace copydesk;
using namespace copydesk::llm;

TEST_CASE("URL: this machine is 127.0.0.0/8, ::1 and localhost — nothing that only looks like them") {
  for (const char* local : {"http://127.0.0.1:11434/v1", "http://127.1.2.3/", "http://localhost:8080/v1",
                            "http://LOCALHOST/v1", "http://[::1]:8000/v1", "https://127.0.0.1/v1",
                            "http://[::ffff:127.0.0.1]/v1", "http://localhost./v1"}) {
    INFO(local);
    CHECK(isLoopbackUrl(local));
  }
  for (const char* remote : {"http://127.evil.example/v1", "http://localhost.evil.example/v1",
                             "http://127.0.0.1.evil.example/v1", "http://127.0.0.1@evil.example/",
                             "http://localhost:secret@evil.example/v1", "http://evil.example/?u=http://localhost",
                             "http://evil.example/localhost/v1", "http://[::2]/v1", "http://128.0.0.1/v1",
                             "http://10.0.0.5:11434/v1", "ftp://127.0.0.1/", "localhost:11434/v1", "not a url", ""}) {
    INFO(remote);
    CHECK_FALSE(isLoopbackUrl(remote));
  }
  CHECK(isLoopbackHost("127.0.0.1"));
  CHECK(isLoopbackHost("[::1]"));
  CHECK_FALSE(isLoopbackHost("127.evil.example"));
  CHECK_FALSE(isLoopbackHost("::1x"));
}

TEST_CASE("URL: the parts of an http(s) URL as curl reads them") {
  const auto parts = parseHttpUrl("https://user:pw@API.Example.com:8443/v1/?q=1#f");
  REQUIRE(parts);
  CHECK(parts->scheme == "https");
  CHECK(parts->host == "api.example.com");
  CHECK(parts->path == "/v1/");
  CHECK_FALSE(parseHttpUrl("file:///etc/passwd"));
  CHECK_FALSE(parseHttpUrl("http://"));
}

TEST_CASE("URL: request URLs are built from the base's path, whatever slashes and queries it has") {
  ProviderProfile openai;
  openai.baseUrl = "http://localhost:11434/v1/";
  CHECK(chatUrl(openai, "m") == "http://localhost:11434/v1/chat/completions");
  CHECK(modelsUrl(openai) == "http://localhost:11434/v1/models");
  openai.baseUrl = "https://gateway.example.com/openai/v1?team=shop#frag";
  CHECK(chatUrl(openai, "m") == "https://gateway.example.com/openai/v1/chat/completions?team=shop");

  ProviderProfile anthropic;
  anthropic.kind = ProviderKind::Anthropic;
  anthropic.baseUrl = "https://api.anthropic.com";
  CHECK(chatUrl(anthropic, "c") == "https://api.anthropic.com/v1/messages");
  CHECK(modelsUrl(anthropic) == "https://api.anthropic.com/v1/models");
  anthropic.baseUrl = "https://proxy.example.com/anthropic/v1/";
  CHECK(chatUrl(anthropic, "c") == "https://proxy.example.com/anthropic/v1/messages");
  anthropic.baseUrl = "https://proxy.example.com/notv1";
  CHECK(chatUrl(anthropic, "c") == "https://proxy.example.com/notv1/v1/messages");

  ProviderProfile broken;
  broken.baseUrl = "localhost:11434/v1";  // no scheme: nothing is guessed
  CHECK(chatUrl(broken, "m").empty());
  CHECK(modelsUrl(broken).empty());
}

TEST_CASE("URL: an Azure deployment name is percent-escaped into one path segment") {
  ProviderProfile azure;
  azure.kind = ProviderKind::AzureOpenAi;
  azure.baseUrl = "https://shop.openai.azure.com/";
  azure.apiVersion = "2024-10-21";
  CHECK(chatUrl(azure, "gpt-4o-mini") ==
        "https://shop.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21");
  CHECK(chatUrl(azure, "../../admin?x=1#y") ==
        "https://shop.openai.azure.com/openai/deployments/..%2F..%2Fadmin%3Fx%3D1%23y/chat/completions"
        "?api-version=2024-10-21");
  CHECK(chatUrl(azure, "my deployment/2") ==
        "https://shop.openai.azure.com/openai/deployments/my%20deployment%2F2/chat/completions"
        "?api-version=2024-10-21");
  CHECK(chatUrl(azure, "文案") ==
        "https://shop.openai.azure.com/openai/deployments/%E6%96%87%E6%A1%88/chat/completions"
        "?api-version=2024-10-21");
  azure.apiVersion = "2024-10-21&evil=1";
  CHECK(modelsUrl(azure) == "https://shop.openai.azure.com/openai/models?api-version=2024-10-21%26evil%3D1");
}

TEST_CASE("URL: masking drops userinfo, query and fragment, also from text curl cannot parse") {
  CHECK(maskUrl("https://user:secret@api.example.com/v1/chat?key=abc#x") == "https://api.example.com/v1/chat");
  CHECK(maskUrl("http://127.0.0.1:9/v1/models?api-version=1") == "http://127.0.0.1:9/v1/models");
  const std::string broken = maskUrl("ht tp://user:secret@host name/v1?key=abc");
  CHECK(broken.find("secret") == std::string::npos);
  CHECK(broken.find("abc") == std::string::npos);
}

TEST_CASE("Retry-After: seconds, and HTTP dates in all three forms through curl_getdate") {
  using namespace std::chrono;
  // Wed, 21 Oct 2015 07:28:00 GMT
  const auto now = system_clock::from_time_t(1445412480) - seconds(90);
  CHECK(parseRetryAfterMs("12", now) == 12000);
  CHECK(parseRetryAfterMs(" 1.5 ", now) == 1500);
  CHECK(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now) == 90000);
  CHECK(parseRetryAfterMs("Wednesday, 21-Oct-15 07:28:00 GMT", now) == 90000);  // RFC 850
  CHECK(parseRetryAfterMs("Wed Oct 21 07:28:00 2015", now) == 90000);            // asctime
  CHECK(parseRetryAfterMs("Wed, 21 Oct 2015 07:26:00 GMT", now) == 0);           // already past
  CHECK_FALSE(parseRetryAfterMs("soon", now));
  CHECK_FALSE(parseRetryAfterMs("12 seconds", now));
  CHECK_FALSE(parseRetryAfterMs("", now));
}

TEST_CASE("Preflight: a key goes over plain http:// only to this machine, unless the profile allows it") {
  ProviderProfile lan;
  lan.name = "Office GPU";
  lan.baseUrl = "http://192.168.1.20:8000/v1";
  lan.apiKeyEnv = "OFFICE_KEY";

  const auto refused = connectionPreflight(lan, "sk-office-1");
  REQUIRE(refused);
  CHECK(refused->code == ErrorCode::InvalidInput);
  CHECK(refused->where.find("Office GPU") != std::string::npos);
  CHECK(refused->message.find("--allow-insecure-http") != std::string::npos);
  CHECK(refused->message.find("https://") != std::string::npos);
  CHECK(refused->describe().find("sk-office-1") == std::string::npos);

  lan.allowInsecureHttp = true;
  CHECK_FALSE(connectionPreflight(lan, "sk-office-1"));
  lan.allowInsecureHttp = false;
  lan.apiKeyEnv.clear();
  CHECK_FALSE(connectionPreflight(lan, ""));  // no key, nothing to protect

  ProviderProfile tricked = lan;
  tricked.apiKeyEnv = "OFFICE_KEY";
  tricked.baseUrl = "http://127.0.0.1@evil.example/v1";
  CHECK(connectionPreflight(tricked, "sk-office-1"));
  tricked.baseUrl = "http://localhost.evil.example/v1";
  CHECK(connectionPreflight(tricked, "sk-office-1"));

  ProviderProfile local = lan;
  local.apiKeyEnv = "OFFICE_KEY";
  for (const char* base : {"http://127.0.0.1:8000/v1", "http://localhost:8000/v1", "http://[::1]:8000/v1"}) {
    local.baseUrl = base;
    CHECK_FALSE(connectionPreflight(local, "sk-office-1"));
  }
  local.baseUrl = "https://llm.example.com/v1";
  CHECK_FALSE(connectionPreflight(local, "sk-office-1"));
  const auto noKey = connectionPreflight(local, "");
  REQUIRE(noKey);
  CHECK(noKey->code == ErrorCode::Auth);

  ProviderProfile schemeless = local;
  schemeless.baseUrl = "llm.example.com/v1";
  const auto bad = connectionPreflight(schemeless, "sk-office-1");
  REQUIRE(bad);
  CHECK(bad->code == ErrorCode::InvalidInput);
}

TEST_CASE("Profile: allowInsecureHttp is stored with the profile") {
  ProviderProfile profile;
  profile.name = "LAN";
  profile.baseUrl = "http://10.0.0.2/v1";
  profile.allowInsecureHttp = true;
  const auto back = profileFromJson(toJson(profile));
  REQUIRE(back);
  CHECK(back->allowInsecureHttp);
  const auto old = profileFromJson(Json{{"name", "Old"}, {"baseUrl", "http://10.0.0.2/v1"}});
  REQUIRE(old);
  CHECK_FALSE(old->allowInsecureHttp);  // profiles stored before the field existed refuse
}
