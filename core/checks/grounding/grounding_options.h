#pragma once

#include <optional>
#include <string>

namespace copydesk {

// How to ask the model. Every field has a sensible default; the UI and the CLI leave most alone.
struct GroundingOptions {
  std::string model;                       // "" = the profile's default model
  std::string reasonLanguage;              // "en", "zh"; "" = the language the draft is written in
  std::optional<double> temperature = 0.0; // a check should answer the same way twice; nullopt = the provider's default
  std::optional<int> maxOutputTokens;      // nullopt = enough for the draft's length (groundingMaxOutputTokens)
};

}  // namespace copydesk
