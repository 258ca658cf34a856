#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk {

// A field's copy moves draft → submitted → approved | rejected → exported.
enum class DraftStatus { Draft, Submitted, Approved, Rejected, Exported };

std::string_view toString(DraftStatus status);
std::optional<DraftStatus> draftStatusFromString(std::string_view text);

// One piece of copy for one field of one product; text is its latest version.
struct Draft {
  std::int64_t id = 0;
  std::int64_t productId = 0;
  std::string sku;           // the product's, joined in for display and export
  std::string field;         // title, description, bullets, seo_title, seo_description, faq, social, cross_sell…
  std::optional<std::int64_t> templateVersionId;
  std::string templateName;  // joined in: the template the version belongs to
  int templateVersion = 0;   // joined in: its version number
  std::string channel;       // joined in: the template version's channel (empty without a template)
  std::optional<std::int64_t> generationId;
  std::optional<std::int64_t> batchId;
  int variant = 0;
  std::string model;
  std::string text;
  DraftStatus status = DraftStatus::Draft;
  bool isWorking = false;
  std::string author;
  std::string createdAt;
  std::string updatedAt;
  // Grows with every change of text or status: a change made against an older version is refused
  // (someone else changed the draft since it was read).
  std::int64_t rowVersion = 0;
  std::string claimedBy;     // the reviewer holding it in the review queue, until claimExpires
  std::string claimExpires;
  std::optional<std::int64_t> personaId;  // whom it was written for (issue 13); none: everyone
  std::string persona;       // joined in: that persona's name ("" without one)
  // A translation (issue 14): its language ("de", "en-US"…; "" for copy in the catalog's own
  // language), the draft it was translated from, and that draft's text version it was made from.
  std::string language;
  std::optional<std::int64_t> sourceDraftId;
  std::optional<std::int64_t> sourceEditId;
  bool outdated = false;     // derived: the source's text changed after the translation was made
  std::optional<std::int64_t> questionId;  // the shopper's question it answers (issue 14)
  std::string question;      // joined in: that question's text ("" without one)
};

// Every version of a draft's text, the first being what the model (or the writer) produced.
struct DraftEdit {
  std::int64_t id = 0;
  std::int64_t draftId = 0;
  std::string text;
  std::string author;
  std::string createdAt;
};

struct NewDraft {
  std::int64_t productId = 0;
  std::string field;
  std::optional<std::int64_t> templateVersionId;
  std::optional<std::int64_t> generationId;
  std::optional<std::int64_t> batchId;
  int variant = 0;
  std::string model;
  std::string text;
  std::string author;
  std::optional<std::int64_t> personaId;
  std::string language;  // a translation's (issue 14); "" otherwise
  std::optional<std::int64_t> sourceDraftId;
  std::optional<std::int64_t> sourceEditId;
  std::optional<std::int64_t> questionId;  // an answer's question (issue 14)
};

}  // namespace copydesk
