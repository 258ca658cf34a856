#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace copydesk {

// WPML's language code for one of our locales (issue 14): WPML names languages by its own codes
// (Languages → Edit languages), mostly the ISO 639-1 code, but Chinese is "zh-hans" / "zh-hant",
// Portuguese "pt-br" / "pt-pt", and English is one "en" however many markets it has. Used by the
// WooCommerce export with --locale (Meta: _wpml_import_language_code). nullopt: not a locale we know
// a WPML code for; a new market needs its line in the table (wpml_language.cpp).
std::optional<std::string> wpmlLanguageCode(std::string_view locale);
// "de, en-GB, …": the locales the table knows, for the error naming an unknown one.
std::string wpmlLocales();

}  // namespace copydesk
