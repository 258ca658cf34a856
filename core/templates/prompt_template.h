#pragma once

#include <optional>
#include <string>

#include "core/common/json.h"

namespace copydesk {

// Settings a template suggests for the call; the user's profile and flags may override them.
struct GenerationDefaults {
  std::string model;
  std::optional<double> temperature;
  std::optional<int> maxTokens;
};

// A prompt template: Mustache text for the system and user messages, the copy field it writes,
// the channel whose limits apply, and the defaults it was tuned with.
struct PromptTemplate {
  std::string name;
  std::string systemPart;
  std::string userPart;
  std::string field = "description";  // title, description, bullets, seo_title, seo_description, faq, social, cross_sell…
  std::string channel = "generic";    // shopify, woocommerce, amazon, taobao, generic…
  std::string language;               // en, zh, … (empty: any)
  GenerationDefaults defaults;
  Json variables = Json::object();    // default user variables: brand_voice, audience, tone, length…
};

}  // namespace copydesk
