#include "ui/common/error_text.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

#include "core/templates/template_diagnostic.h"
#include "ui/checks/finding_text.h"

namespace copydesk::ui {
namespace {

struct Wording {
  std::string_view id;
  const char* text;  // %1, %2 … in the order of core's args (core/common/error_messages.h)
};

// Every id of core/common/error_messages.h, worded for the studio. error_text_test fails when core
// has an id without a line here, or a line here drops one of core's placeholders.
constexpr Wording kWordings[] = {
    // Files in general
    {"file.is-folder", QT_TRANSLATE_NOOP("ErrorText", "is a folder, not a file")},
    {"file.cannot-open", QT_TRANSLATE_NOOP("ErrorText", "cannot open: %1")},
    {"file.read-failed", QT_TRANSLATE_NOOP("ErrorText", "read failed")},
    {"file.cannot-read", QT_TRANSLATE_NOOP("ErrorText", "cannot read (%1)")},
    {"file.cannot-read-folder", QT_TRANSLATE_NOOP("ErrorText", "cannot read (it is a folder)")},
    {"file.cannot-create", QT_TRANSLATE_NOOP("ErrorText", "cannot create the file: %1")},
    {"file.cannot-open-for-writing", QT_TRANSLATE_NOOP("ErrorText", "cannot open the file: %1")},
    {"file.cannot-write", QT_TRANSLATE_NOOP("ErrorText", "cannot write: %1")},
    {"file.cannot-close", QT_TRANSLATE_NOOP("ErrorText", "cannot close: %1")},
    {"file.cannot-move-into-place", QT_TRANSLATE_NOOP("ErrorText", "cannot move into place: %1")},
    {"file.disk-full", QT_TRANSLATE_NOOP("ErrorText", "%1 (the disk is full; nothing was written under this name)")},
    {"file.write-after-close", QT_TRANSLATE_NOOP("ErrorText", "write after the file was closed")},
    {"file.commit-after-close", QT_TRANSLATE_NOOP("ErrorText", "commit after the file was closed")},
    {"file.invalid-json", QT_TRANSLATE_NOOP("ErrorText", "invalid JSON: %1")},
    {"file.cannot-create-folder", QT_TRANSLATE_NOOP("ErrorText", "cannot create folder: %1")},
    {"file.not-utf8", QT_TRANSLATE_NOOP("ErrorText", "not UTF-8 text (save the file as UTF-8)")},
    // Catalog import
    {"catalog.file-empty", QT_TRANSLATE_NOOP("ErrorText", "the file is empty")},
    {"catalog.no-products", QT_TRANSLATE_NOOP("ErrorText", "the file has a header but no products")},
    {"catalog.gb18030-unavailable", QT_TRANSLATE_NOOP("ErrorText", "ICU cannot convert GB18030: %1")},
    {"catalog.binary", QT_TRANSLATE_NOOP("ErrorText", "binary data (a NUL byte), not a text file")},
    {"catalog.invalid-utf8", QT_TRANSLATE_NOOP("ErrorText", "invalid UTF-8: choose the GB18030 encoding if the file comes from a Chinese system")},
    {"catalog.invalid-gb18030", QT_TRANSLATE_NOOP("ErrorText", "invalid GB18030 bytes (%1)")},
    {"catalog.csv.unterminated-quote", QT_TRANSLATE_NOOP("ErrorText", "unterminated quoted field (a '\"' is never closed)")},
    {"catalog.generic.no-sku-column", QT_TRANSLATE_NOOP("ErrorText", "no column holds the SKU or handle (expected a header such as sku, handle, 货号 or 编码)")},
    {"catalog.generic.sku-column-missing", QT_TRANSLATE_NOOP("ErrorText", "the SKU column \"%1\" is not in the header")},
    {"catalog.generic.row-without-sku", QT_TRANSLATE_NOOP("ErrorText", "the row has no SKU (column \"%1\" is empty)")},
    {"catalog.shopify.no-handle-column", QT_TRANSLATE_NOOP("ErrorText", "no Handle (or URL handle) column: not a Shopify product CSV")},
    {"catalog.shopify.row-without-handle", QT_TRANSLATE_NOOP("ErrorText", "the row has no handle")},
    {"catalog.woocommerce.no-key-column", QT_TRANSLATE_NOOP("ErrorText", "no SKU or ID column: not a WooCommerce product CSV")},
    {"catalog.woocommerce.row-without-key", QT_TRANSLATE_NOOP("ErrorText", "the row has neither a SKU nor an ID")},
    {"catalog.woocommerce.variation-without-parent", QT_TRANSLATE_NOOP("ErrorText", "the variation \"%1\" names no Parent")},
    {"catalog.woocommerce.unknown-parent", QT_TRANSLATE_NOOP("ErrorText", "the variation's Parent \"%1\" is neither in the file nor in the catalog")},
    {"catalog.json.array-holds-non-object", QT_TRANSLATE_NOOP("ErrorText", "the array holds a %1, not a product object")},
    {"catalog.json.container-holds-non-object", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" holds something other than objects")},
    {"catalog.json.no-product-array", QT_TRANSLATE_NOOP("ErrorText", "expected an array of product objects")},
    {"catalog.json.product-not-object", QT_TRANSLATE_NOOP("ErrorText", "a product must be a JSON object")},
    {"catalog.json.variant-not-object", QT_TRANSLATE_NOOP("ErrorText", "each of \"%1\" must be an object")},
    {"catalog.json.product-without-sku", QT_TRANSLATE_NOOP("ErrorText", "the product has no SKU (expected a key such as sku, handle, 货号 or 编码)")},
    // Keyword trends
    {"trends.file-empty", QT_TRANSLATE_NOOP("ErrorText", "the file is empty")},
    {"trends.no-rows", QT_TRANSLATE_NOOP("ErrorText", "the file has a header but no data rows")},
    {"trends.no-date-column", QT_TRANSLATE_NOOP("ErrorText", "no date column (expected a header such as date, day, week or month; a search-term report needs its time grouping)")},
    {"trends.no-keyword-column", QT_TRANSLATE_NOOP("ErrorText", "no keyword column and no column per keyword (expected date,keyword,value or a Google Trends export)")},
    {"trends.no-value-column", QT_TRANSLATE_NOOP("ErrorText", "no value column (expected a header such as value, searches, count or sales)")},
    {"trends.row-without-date", QT_TRANSLATE_NOOP("ErrorText", "the row has no date")},
    {"trends.bad-date", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" is not a date (write dates as YYYY-MM-DD; day-first and month-first dates cannot be told apart)")},
    {"trends.row-without-keyword", QT_TRANSLATE_NOOP("ErrorText", "the row has no keyword")},
    {"trends.row-without-value", QT_TRANSLATE_NOOP("ErrorText", "the row has no value for \"%1\"")},
    {"trends.bad-value", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" is not a number (a count of searches or sales, or an index)")},
    {"trends.negative-value", QT_TRANSLATE_NOOP("ErrorText", "%1 is negative: searches and sales are counted from 0")},
    {"trends.bad-window", QT_TRANSLATE_NOOP("ErrorText", "the window must be at least 1 day (not %1)")},
    {"trends.bad-min-volume", QT_TRANSLATE_NOOP("ErrorText", "the minimum volume must be above 0")},
    // The store
    {"store.cannot-open", QT_TRANSLATE_NOOP("ErrorText", "cannot open database: %1")},
    {"store.newer-schema", QT_TRANSLATE_NOOP("ErrorText", "the database was written by a newer Copydesk (schema %1)")},
    {"store.sqlite", QT_TRANSLATE_NOOP("ErrorText", "%1 (while %2)")},
    {"store.disk-full", QT_TRANSLATE_NOOP("ErrorText", "the disk is full (or a file size limit was reached); nothing was written half, free some space and try again (while %2)")},
    {"store.damaged", QT_TRANSLATE_NOOP("ErrorText", "the database file is damaged (%1); nothing was changed, use a backup (while %2)")},
    {"store.not-a-database", QT_TRANSLATE_NOOP("ErrorText", "this is not a Copydesk database, or it is damaged (%1); the file was not changed (while %2)")},
    {"store.read-only", QT_TRANSLATE_NOOP("ErrorText", "the database is read-only (%1) (while %2)")},
    {"store.locked", QT_TRANSLATE_NOOP("ErrorText", "another program holds a lock on the database and did not let go (%1); close it, or wait until it has finished, and try again (while %2)")},
    {"store.io", QT_TRANSLATE_NOOP("ErrorText", "the database file could not be read or written (%1) (while %2)")},
    {"store.file.unreadable", QT_TRANSLATE_NOOP("ErrorText", "cannot read the database file: %1")},
    {"store.file.not-sqlite", QT_TRANSLATE_NOOP("ErrorText", "this is not a database (not an SQLite file), or its beginning is damaged; the file was not changed")},
    {"store.file.truncated", QT_TRANSLATE_NOOP("ErrorText", "the database file is truncated (%1 bytes of %2): it was cut short, e.g. by a copy that did not finish; the file was not changed. Use a backup")},
    {"store.file.read-only", QT_TRANSLATE_NOOP("ErrorText", "the database file is read-only; Copydesk needs to write to it (check its permissions)")},
    {"store.file.folder-read-only", QT_TRANSLATE_NOOP("ErrorText", "the folder holding the database is read-only; Copydesk needs to create its -wal and -shm files beside it")},
    {"store.file.is-folder", QT_TRANSLATE_NOOP("ErrorText", "this is a folder, not a database file")},
    {"store.file.opened-read-only", QT_TRANSLATE_NOOP("ErrorText", "the database can only be opened read-only (a read-only file or file system); Copydesk needs to write to it")},
    {"backup.cannot-sync", QT_TRANSLATE_NOOP("ErrorText", "cannot write the copy to disk: %1")},
    {"backup.check-failed", QT_TRANSLATE_NOOP("ErrorText", "the copy did not pass SQLite's check: %1")},
    {"backup.is-folder", QT_TRANSLATE_NOOP("ErrorText", "this is a folder; name the file to write")},
    {"backup.is-the-store", QT_TRANSLATE_NOOP("ErrorText", "this is the database being backed up")},
    {"backup.exists", QT_TRANSLATE_NOOP("ErrorText", "the file already exists; nothing was written")},
    {"backup.cannot-create", QT_TRANSLATE_NOOP("ErrorText", "cannot create the copy: %1")},
    {"backup.cannot-move", QT_TRANSLATE_NOOP("ErrorText", "cannot move the copy into place: %1")},
    {"backup.team-store", QT_TRANSLATE_NOOP("ErrorText", "a team store is not copied to a file: back up its PostgreSQL database with pg_dump")},
    {"store.commit-without-transaction", QT_TRANSLATE_NOOP("ErrorText", "commit without an open transaction")},
    {"store.in-migration", QT_TRANSLATE_NOOP("ErrorText", "%1 (migration to schema %2)")},
    {"store.copy-destination-not-empty", QT_TRANSLATE_NOOP("ErrorText", "the destination already holds a store (its table %1 has rows); nothing was copied: copy into a new, empty database")},
    {"store.copy-foreign-key-cycle", QT_TRANSLATE_NOOP("ErrorText", "the tables' foreign keys go round in a circle (%1); the store cannot be copied table by table")},
    {"team.needs-postgres", QT_TRANSLATE_NOOP("ErrorText", "team roles belong to a team store: give --db a PostgreSQL connection (postgresql://…)")},
    {"team.empty-user", QT_TRANSLATE_NOOP("ErrorText", "a user needs a name")},
    {"team.unknown-role", QT_TRANSLATE_NOOP("ErrorText", "unknown role '%1' (choose writer, reviewer or admin)")},
    {"store.pg.cannot-connect", QT_TRANSLATE_NOOP("ErrorText", "cannot connect to the team store: %1")},
    {"store.pg.unreachable", QT_TRANSLATE_NOOP("ErrorText", "the team store cannot be reached (%1); nothing typed is lost, it is saved when the server is back (while %2)")},
    {"store.pg.not-allowed", QT_TRANSLATE_NOOP("ErrorText", "your database role may not do this (%1) (while %2)")},
    {"store.pg.conflict", QT_TRANSLATE_NOOP("ErrorText", "someone else changed the same rows at the same moment (%1); try again (while %2)")},
    {"store.postgres", QT_TRANSLATE_NOOP("ErrorText", "%1 (while %2)")},
    {"store.pg.no-cjk-ctype", QT_TRANSLATE_NOOP("ErrorText", "this database cannot search Chinese text: its character type (lc_ctype) is '%1'; create it with a UTF-8 locale such as C.UTF-8")},
    {"draft.not-found", QT_TRANSLATE_NOOP("ErrorText", "no draft with id %1")},
    {"draft.gone", QT_TRANSLATE_NOOP("ErrorText", "draft %1 no longer exists")},
    {"draft.not-read-back", QT_TRANSLATE_NOOP("ErrorText", "a saved draft could not be read back")},
    {"draft.slot-taken", QT_TRANSLATE_NOOP("ErrorText", "product %1, field %2: this batch slot already has a draft")},
    {"product.without-sku", QT_TRANSLATE_NOOP("ErrorText", "a product needs a SKU or handle")},
    {"product.gone", QT_TRANSLATE_NOOP("ErrorText", "product %1 is no longer in the catalog")},
    {"batch.not-found", QT_TRANSLATE_NOOP("ErrorText", "no batch with id %1")},
    {"batch.store-unreachable", QT_TRANSLATE_NOOP("ErrorText", "the team store cannot be reached (%1); the batch stopped and keeps every result saved before it: resume it when the server is back")},
    {"template.without-name", QT_TRANSLATE_NOOP("ErrorText", "a template needs a name")},
    {"preset.without-name", QT_TRANSLATE_NOOP("ErrorText", "a preset needs a name")},
    {"preset.variables-not-object", QT_TRANSLATE_NOOP("ErrorText", "variable preset '%1': a preset's variables must be a JSON object")},
    {"preset.stored-variables-not-object", QT_TRANSLATE_NOOP("ErrorText", "variable preset '%1': the stored variables are not a JSON object")},
    {"persona.name-has-comma", QT_TRANSLATE_NOOP("ErrorText", "a persona's name cannot hold a comma (--personas lists names with commas): %1")},
    {"persona.without-name", QT_TRANSLATE_NOOP("ErrorText", "a persona needs a name")},
    {"persona.exists", QT_TRANSLATE_NOOP("ErrorText", "there is already a persona called %1")},
    {"persona.unknown", QT_TRANSLATE_NOOP("ErrorText", "no persona called %1 (copydesk-cli personas list shows them)")},
    {"persona.none", QT_TRANSLATE_NOOP("ErrorText", "no persona to write for: add one first (copydesk-cli personas add NAME)")},
    {"persona.examples-unreadable", QT_TRANSLATE_NOOP("ErrorText", "the example personas cannot be read: %1")},
    // Review
    {"review.submit-blank", QT_TRANSLATE_NOOP("ErrorText", "draft %1: cannot submit blank text")},
    {"review.cannot-submit", QT_TRANSLATE_NOOP("ErrorText", "draft %1: cannot submit: it is %2 (only draft or rejected text is submitted)")},
    {"review.approve-unsubmitted", QT_TRANSLATE_NOOP("ErrorText", "draft %1: cannot approve: it is %2; submit it for review first")},
    {"review.decided-elsewhere", QT_TRANSLATE_NOOP("ErrorText", "draft %1 was %3 by %2 at %4 while you were looking at it; your decision was not recorded")},
    {"review.changed-elsewhere", QT_TRANSLATE_NOOP("ErrorText", "draft %1 was changed by %2 at %3 since you opened it; read it again before deciding (your decision was not recorded)")},
    {"draft.edit-conflict", QT_TRANSLATE_NOOP("ErrorText", "draft %1 was saved by %2 at %3 since you opened it; compare their text with yours and choose which to keep")},
    {"draft.version-conflict", QT_TRANSLATE_NOOP("ErrorText", "draft %1 was changed by someone else at the same moment")},
    {"review.approve-again", QT_TRANSLATE_NOOP("ErrorText", "draft %1: cannot approve: it is %2 already")},
    {"review.reject-without-comment", QT_TRANSLATE_NOOP("ErrorText", "draft %1: a rejection needs a comment telling the writer what to change")},
    {"review.cannot-reject", QT_TRANSLATE_NOOP("ErrorText", "draft %1: cannot reject: it is %2 (only submitted, approved or exported text is rejected)")},
    {"review.unknown-action", QT_TRANSLATE_NOOP("ErrorText", "draft %1: unknown review action")},
    // Export
    {"export.no-output", QT_TRANSLATE_NOOP("ErrorText", "export: no output file given")},
    {"export.unknown-format", QT_TRANSLATE_NOOP("ErrorText", "unknown export format")},
    {"export.empty-column", QT_TRANSLATE_NOOP("ErrorText", "empty column in \"%1\" (expected SOURCE[:HEADER],…)")},
    {"export.unknown-column-source", QT_TRANSLATE_NOOP("ErrorText", "unknown column source \"%1\" (product.title, product.description or attr.NAME)")},
    {"export.record-width", QT_TRANSLATE_NOOP("ErrorText", "CSV writer: record %1 has %2 fields, the header has %3")},
    {"export.not-recorded", QT_TRANSLATE_NOOP("ErrorText", "%1 (the file was written but the export is not recorded)")},
    // Prompt templates
    {"template.no-folder", QT_TRANSLATE_NOOP("ErrorText", "no template folder here")},
    {"template.cannot-list", QT_TRANSLATE_NOOP("ErrorText", "cannot list (%1)")},
    {"template.not-object", QT_TRANSLATE_NOOP("ErrorText", "a template definition must be a JSON object")},
    {"template.field-not-text", QT_TRANSLATE_NOOP("ErrorText", "field '%1' must be a string or a list of strings")},
    {"template.field-not-string", QT_TRANSLATE_NOOP("ErrorText", "field '%1' must be a string")},
    {"template.field-not-number", QT_TRANSLATE_NOOP("ErrorText", "field '%1' must be a number")},
    {"template.field-not-positive", QT_TRANSLATE_NOOP("ErrorText", "field '%1' must be a positive whole number")},
    {"template.field-not-object", QT_TRANSLATE_NOOP("ErrorText", "field '%1' must be an object")},
    {"template.user-missing", QT_TRANSLATE_NOOP("ErrorText", "field 'user' is missing")},
    {"template.name-empty", QT_TRANSLATE_NOOP("ErrorText", "field 'name' must not be empty")},
    {"template.unclosed-tag", QT_TRANSLATE_NOOP("ErrorText", "unclosed tag: '%1' has no matching '%2'")},
    {"template.empty-tag", QT_TRANSLATE_NOOP("ErrorText", "empty tag '%1': a name is missing")},
    {"template.space-in-name", QT_TRANSLATE_NOOP("ErrorText", "tag '%1' has a space inside its name '%2'")},
    {"template.delimiters-unclosed", QT_TRANSLATE_NOOP("ErrorText", "bad delimiter change: write it as %1=OPEN CLOSE=%2 (the closing '=' is missing)")},
    {"template.delimiters-not-two", QT_TRANSLATE_NOOP("ErrorText", "bad delimiter change: write it as %1=OPEN CLOSE=%2 (exactly two delimiters separated by a space are needed)")},
    {"template.delimiter-with-equals", QT_TRANSLATE_NOOP("ErrorText", "bad delimiter change: write it as %1=OPEN CLOSE=%2 (a delimiter must not contain '=')")},
    {"template.unclosed-section", QT_TRANSLATE_NOOP("ErrorText", "unclosed section '%1': '%2' has no matching close tag")},
    {"template.unclosed-inverted", QT_TRANSLATE_NOOP("ErrorText", "unclosed inverted section '%1': '%2' has no matching close tag")},
    {"template.unclosed-parent", QT_TRANSLATE_NOOP("ErrorText", "unclosed parent '%1': '%2' has no matching close tag")},
    {"template.unclosed-block", QT_TRANSLATE_NOOP("ErrorText", "unclosed block '%1': '%2' has no matching close tag")},
    {"template.too-deep", QT_TRANSLATE_NOOP("ErrorText", "sections nest deeper than %1 levels")},
    {"template.close-without-open", QT_TRANSLATE_NOOP("ErrorText", "close tag '%1' has no open section to close")},
    {"template.mismatched-section", QT_TRANSLATE_NOOP("ErrorText", "mismatched close tag '%1': section '%2' ('%3' at %4:%5) is still open")},
    {"template.mismatched-inverted", QT_TRANSLATE_NOOP("ErrorText", "mismatched close tag '%1': inverted section '%2' ('%3' at %4:%5) is still open")},
    {"template.mismatched-parent", QT_TRANSLATE_NOOP("ErrorText", "mismatched close tag '%1': parent '%2' ('%3' at %4:%5) is still open")},
    {"template.mismatched-block", QT_TRANSLATE_NOOP("ErrorText", "mismatched close tag '%1': block '%2' ('%3' at %4:%5) is still open")},
    {"template.bad-name", QT_TRANSLATE_NOOP("ErrorText", "bad name '%1' in '%2': dotted names need a name between the dots")},
    {"template.unknown-partial", QT_TRANSLATE_NOOP("ErrorText", "unknown partial '%1'")},
    {"template.partial-too-deep", QT_TRANSLATE_NOOP("ErrorText", "partial '%1' nests deeper than %2 levels; stopped")},
    {"template.block-too-deep", QT_TRANSLATE_NOOP("ErrorText", "block '%1' nests deeper than %2 levels; stopped")},
    {"template.render-too-large",
     QT_TRANSLATE_NOOP("ErrorText",
                       "the template expands past %1 steps or %2 MiB of text (nested sections over lists multiply); stopped here")},
    {"template.unknown-variable", QT_TRANSLATE_NOOP("ErrorText", "unknown variable '%1'")},
    {"template.in-partial", QT_TRANSLATE_NOOP("ErrorText", "%1 (in partial '%2')")},
    {"batch.for-product", QT_TRANSLATE_NOOP("ErrorText", "%1 (product %2)")},
    {"template.in-system-part", QT_TRANSLATE_NOOP("ErrorText", "system part: %1")},
    {"template.in-user-part", QT_TRANSLATE_NOOP("ErrorText", "user part: %1")},
    // Batches
    {"batch.no-variants", QT_TRANSLATE_NOOP("ErrorText", "the number of variants must be at least 1")},
    {"batch.no-model", QT_TRANSLATE_NOOP("ErrorText", "no model to generate with")},
    {"batch.one-model-per-profile", QT_TRANSLATE_NOOP("ErrorText", "give one model per profile (in the order of the profiles), or none")},
    {"batch.template-version-gone", QT_TRANSLATE_NOOP("ErrorText", "template version %1 is gone")},
    {"batch.unknown-template", QT_TRANSLATE_NOOP("ErrorText", "no template or template file called '%1'")},
    {"batch.profile-without-model", QT_TRANSLATE_NOOP("ErrorText", "no model given and profile '%1' has no default model")},
    {"batch.model-twice", QT_TRANSLATE_NOOP("ErrorText", "model '%1' is named twice")},
    {"batch.no-products", QT_TRANSLATE_NOOP("ErrorText", "the catalog has no products")},
    {"batch.unknown-sku", QT_TRANSLATE_NOOP("ErrorText", "unknown SKU '%1'")},
    {"batch.no-such-batch", QT_TRANSLATE_NOOP("ErrorText", "batch %1: there is no such batch")},
    {"batch.resume-differs", QT_TRANSLATE_NOOP("ErrorText", "batch %1: its template, field, products, variants or models differ from this command's")},
    {"batch.api-needs-openai", QT_TRANSLATE_NOOP("ErrorText", "profile %1: the Batch API needs an OpenAI-compatible profile")},
    {"batch.api.upload-reply-not-object", QT_TRANSLATE_NOOP("ErrorText", "uploading the batch file: the reply is not a JSON object")},
    {"batch.api.upload-without-id", QT_TRANSLATE_NOOP("ErrorText", "uploading the batch file: the upload reply has no file id")},
    {"batch.api.create-reply-not-object", QT_TRANSLATE_NOOP("ErrorText", "creating the batch: the reply is not a JSON object")},
    {"batch.api.create-without-id", QT_TRANSLATE_NOOP("ErrorText", "creating the batch: the reply has no batch id")},
    {"batch.api.poll-reply-not-object", QT_TRANSLATE_NOOP("ErrorText", "batch %1: the reply is not a JSON object")},
    {"batch.api.wait-limit", QT_TRANSLATE_NOOP("ErrorText", "batch %1: still %2 after the wait limit")},
    {"batch.api.stopped-waiting", QT_TRANSLATE_NOOP("ErrorText", "batch %1: stopped waiting")},
    {"batch.api.request-failed", QT_TRANSLATE_NOOP("ErrorText", "request failed: %1")},
    {"batch.api.batch-gone", QT_TRANSLATE_NOOP("ErrorText", "batch %1 is gone")},
    // Language models and provider profiles
    {"llm.profile.wrong-type", QT_TRANSLATE_NOOP("ErrorText", "provider profile: field '%1' has the wrong type")},
    {"llm.profile.unknown-kind", QT_TRANSLATE_NOOP("ErrorText", "unknown provider kind '%1' (expected openai, azure or anthropic)")},
    {"llm.profile.not-object", QT_TRANSLATE_NOOP("ErrorText", "provider profile: not a JSON object")},
    {"llm.profile.without-name", QT_TRANSLATE_NOOP("ErrorText", "provider profile: the profile has no name")},
    {"llm.profiles.without-name", QT_TRANSLATE_NOOP("ErrorText", "a profile needs a name")},
    {"llm.profiles.not-found", QT_TRANSLATE_NOOP("ErrorText", "no provider profile named '%1'")},
    {"llm.profiles.stored-row", QT_TRANSLATE_NOOP("ErrorText", "stored provider profile '%2': %1")},
    {"llm.cancelled", QT_TRANSLATE_NOOP("ErrorText", "the request was cancelled")},
    {"llm.request-cancelled", QT_TRANSLATE_NOOP("ErrorText", "request %1: the request was cancelled")},
    {"llm.no-base-url", QT_TRANSLATE_NOOP("ErrorText", "profile '%1': No base URL is set")},
    {"llm.no-model", QT_TRANSLATE_NOOP("ErrorText", "profile '%1': No model is given and the profile has no default model")},
    {"llm.no-key", QT_TRANSLATE_NOOP("ErrorText", "No API key: the environment variable %1 is not set, and no key is stored for the profile — it holds the key of profile '%2'")},
    {"llm.bad-base-url", QT_TRANSLATE_NOOP("ErrorText", "profile '%1': The base URL %2 is not an absolute http:// or https:// URL")},
    {"llm.insecure-http", QT_TRANSLATE_NOOP("ErrorText", "profile '%1': Not sending the API key over plain http:// to %2, which is not this machine: use https://, or turn on \"Send the key over plain HTTP\" in the profile's settings")},
    {"llm.unreachable", QT_TRANSLATE_NOOP("ErrorText", "Could not reach %1: %2")},
    {"llm.request-failed", QT_TRANSLATE_NOOP("ErrorText", "The request failed (the connection to %1): %2")},
    {"llm.response-failed", QT_TRANSLATE_NOOP("ErrorText", "The request failed (the response from %1): %2")},
    {"llm.request-timed-out", QT_TRANSLATE_NOOP("ErrorText", "The request timed out (the connection to %1): %2")},
    {"llm.response-timed-out", QT_TRANSLATE_NOOP("ErrorText", "The request timed out (the response from %1): %2")},
    {"llm.stream-ended-early", QT_TRANSLATE_NOOP("ErrorText", "The stream from %1 ended before the response was complete")},
    {"llm.idle-timeout", QT_TRANSLATE_NOOP("ErrorText", "No data from %1 for %2 ms (idle timeout)")},
    {"llm.gave-up", QT_TRANSLATE_NOOP("ErrorText", "%1 (gave up after %2 attempts)")},
    {"llm.provider-error", QT_TRANSLATE_NOOP("ErrorText", "The provider reported an error: %1")},
    {"llm.provider-error-typed", QT_TRANSLATE_NOOP("ErrorText", "The provider reported an error: %1 (%2)")},
    {"llm.malformed-json", QT_TRANSLATE_NOOP("ErrorText", "The provider sent malformed JSON: %1")},
    {"llm.http.auth-failed", QT_TRANSLATE_NOOP("ErrorText", "Authentication failed (%1): %2 — check the key of profile '%3'")},
    {"llm.http.access-denied", QT_TRANSLATE_NOOP("ErrorText", "Access denied (%1): %2 — check the key and permissions of profile '%3'")},
    {"llm.http.not-found", QT_TRANSLATE_NOOP("ErrorText", "Not found (%1): %2 — check the base URL and model of profile '%3'")},
    {"llm.http.rejected", QT_TRANSLATE_NOOP("ErrorText", "Request rejected (%1): %2 (profile '%3')")},
    {"llm.http.rate-limited", QT_TRANSLATE_NOOP("ErrorText", "Rate limited (%1): %2 (profile '%3')")},
    {"llm.http.overloaded", QT_TRANSLATE_NOOP("ErrorText", "Provider overloaded (%1): %2 (profile '%3')")},
    {"llm.http.server-error", QT_TRANSLATE_NOOP("ErrorText", "Server error (%1): %2 (profile '%3')")},
    {"llm.http.error", QT_TRANSLATE_NOOP("ErrorText", "HTTP error (%1): %2 (profile '%3')")},
    {"llm.http.auth-failed-bare", QT_TRANSLATE_NOOP("ErrorText", "Authentication failed (%1): no details given — check the key of profile '%2'")},
    {"llm.http.access-denied-bare", QT_TRANSLATE_NOOP("ErrorText", "Access denied (%1): no details given — check the key and permissions of profile '%2'")},
    {"llm.http.not-found-bare", QT_TRANSLATE_NOOP("ErrorText", "Not found (%1): no details given — check the base URL and model of profile '%2'")},
    {"llm.http.rejected-bare", QT_TRANSLATE_NOOP("ErrorText", "Request rejected (%1): no details given (profile '%2')")},
    {"llm.http.rate-limited-bare", QT_TRANSLATE_NOOP("ErrorText", "Rate limited (%1): no details given (profile '%2')")},
    {"llm.http.overloaded-bare", QT_TRANSLATE_NOOP("ErrorText", "Provider overloaded (%1): no details given (profile '%2')")},
    {"llm.http.server-error-bare", QT_TRANSLATE_NOOP("ErrorText", "Server error (%1): no details given (profile '%2')")},
    {"llm.http.error-bare", QT_TRANSLATE_NOOP("ErrorText", "HTTP error (%1): no details given (profile '%2')")},
    // Checks: rule files, the glossary and the sameness scan
    {"checks.toml-syntax", QT_TRANSLATE_NOOP("ErrorText", "%1")},
    {"checks.glossary-unreadable", QT_TRANSLATE_NOOP("ErrorText", "cannot read the glossary")},
    {"checks.rule-file-unreadable", QT_TRANSLATE_NOOP("ErrorText", "cannot read the rule file")},
    {"checks.set-defined-twice", QT_TRANSLATE_NOOP("ErrorText", "rule set \"%1\" is defined by another file too")},
    {"checks.threshold", QT_TRANSLATE_NOOP("ErrorText", "the threshold must be above 0 and at most 1")},
    {"checks.scan-cancelled", QT_TRANSLATE_NOOP("ErrorText", "the sameness scan was cancelled")},
    {"checks.key-missing", QT_TRANSLATE_NOOP("ErrorText", "missing key \"%1\"")},
    {"checks.not-string", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must be a string")},
    {"checks.not-string-list", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must be a list of strings")},
    {"checks.not-strings-only", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must hold strings only")},
    {"checks.not-bool", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must be true or false")},
    {"checks.not-whole-number", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must be a whole number")},
    {"checks.too-small", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must be at least %2")},
    {"checks.not-number", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must be a number")},
    {"checks.set-missing", QT_TRANSLATE_NOOP("ErrorText", "missing table [set]")},
    {"checks.set-not-table", QT_TRANSLATE_NOOP("ErrorText", "\"set\" must be a table")},
    {"checks.bad-set-id", QT_TRANSLATE_NOOP("ErrorText", "a rule set id must be non-empty and hold no dot")},
    {"checks.empty-rule-id", QT_TRANSLATE_NOOP("ErrorText", "a rule id must not be empty")},
    {"checks.unknown-severity", QT_TRANSLATE_NOOP("ErrorText", "unknown severity \"%1\" (error, warning, info)")},
    {"checks.rules-not-array", QT_TRANSLATE_NOOP("ErrorText", "\"rule\" must be an array of tables: [[rule]]")},
    {"checks.rule-not-table", QT_TRANSLATE_NOOP("ErrorText", "each rule must be a table: [[rule]]")},
    {"checks.duplicate-rule", QT_TRANSLATE_NOOP("ErrorText", "duplicate rule id \"%1\"")},
    {"checks.unknown-kind", QT_TRANSLATE_NOOP("ErrorText", "unknown rule kind \"%1\"")},
    {"checks.unknown-unit", QT_TRANSLATE_NOOP("ErrorText", "unknown unit \"%1\" (chars, width, bytes)")},
    {"checks.channels-not-array", QT_TRANSLATE_NOOP("ErrorText", "\"channel\" must be an array of tables: [[channel]]")},
    {"checks.channel-not-table", QT_TRANSLATE_NOOP("ErrorText", "each channel must be a table: [[channel]]")},
    {"checks.duplicate-channel", QT_TRANSLATE_NOOP("ErrorText", "duplicate channel \"%1\"")},
    {"checks.unknown-message", QT_TRANSLATE_NOOP("ErrorText", "unknown message id \"%1\"")},
    {"checks.terms.near-without-list", QT_TRANSLATE_NOOP("ErrorText", "\"near_terms\" need a \"near\" list of what they must be near")},
    {"checks.terms.empty", QT_TRANSLATE_NOOP("ErrorText", "a \"terms\" rule needs a non-empty \"terms\" list")},
    {"checks.chars.not-single", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" must list single characters (\"%2\")")},
    {"checks.chars.by-channel-not-table", QT_TRANSLATE_NOOP("ErrorText", "\"by_channel\" must be a table of channel = [characters]")},
    {"checks.chars.empty", QT_TRANSLATE_NOOP("ErrorText", "a \"chars\" rule needs \"chars\" or \"by_channel\"")},
    {"checks.chars.bad-message", QT_TRANSLATE_NOOP("ErrorText", "a \"chars\" rule reports chars.forbidden or chars.symbol")},
    {"checks.keywords.unknown-check", QT_TRANSLATE_NOOP("ErrorText", "unknown keywords check \"%1\" (coverage, density)")},
    {"checks.keywords.bad-max-percent", QT_TRANSLATE_NOOP("ErrorText", "\"max_percent\" must be in (0, 100]")},
    {"checks.limits.unknown-check", QT_TRANSLATE_NOOP("ErrorText", "unknown channel-limits check \"%1\" (length, items)")},
    {"checks.glossary.unknown-check", QT_TRANSLATE_NOOP("ErrorText", "unknown glossary check \"%1\" (banned, required, preferred)")},
    {"checks.glossary.preferred-not-list", QT_TRANSLATE_NOOP("ErrorText", "\"preferred\" must be a list of [\"found\", \"preferred\"] pairs")},
    {"checks.glossary.preferred-not-pair", QT_TRANSLATE_NOOP("ErrorText", "each preferred spelling is a pair [\"found\", \"preferred\"]")},
    {"checks.glossary.brands-not-array", QT_TRANSLATE_NOOP("ErrorText", "\"brand\" must be an array of tables: [[brand]]")},
    {"checks.glossary.brand-not-table", QT_TRANSLATE_NOOP("ErrorText", "each brand must be a table: [[brand]]")},
    {"checks.facts.group-without-names", QT_TRANSLATE_NOOP("ErrorText", "a %1 group needs names_en or names_zh")},
    {"checks.facts.group-not-table", QT_TRANSLATE_NOOP("ErrorText", "each %1 must be a table")},
    {"checks.facts.duplicate-group", QT_TRANSLATE_NOOP("ErrorText", "two %1 groups have the id \"%2\"")},
    {"checks.facts.unknown-parent", QT_TRANSLATE_NOOP("ErrorText", "is_a names no %1 group \"%2\"")},
    {"checks.facts.terms-without-groups", QT_TRANSLATE_NOOP("ErrorText", "a facts-terms rule needs either [[rule.material]] or [[rule.colour]] groups")},
    {"checks.facts.bad-report", QT_TRANSLATE_NOOP("ErrorText", "report must be \"mismatch\" or \"unstated\"")},
    {"checks.facts.bad-tolerance", QT_TRANSLATE_NOOP("ErrorText", "tolerance must be from 0 to 0.5")},

    // A/B experiments (core/experiments)
    {"experiment.too-few-variants", QT_TRANSLATE_NOOP("ErrorText", "an experiment needs two or more drafts (got %1)")},
    {"experiment.too-many-variants", QT_TRANSLATE_NOOP("ErrorText", "an experiment takes at most %1 drafts (got %2)")},
    {"experiment.draft-twice", QT_TRANSLATE_NOOP("ErrorText", "draft %1 is named twice")},
    {"experiment.draft-not-found", QT_TRANSLATE_NOOP("ErrorText", "there is no draft %1")},
    {"experiment.draft-taken", QT_TRANSLATE_NOOP("ErrorText", "draft %1 is already variant %2 of an experiment")},
    {"experiment.mixed-products", QT_TRANSLATE_NOOP("ErrorText", "draft %1 is for %2 and draft %3 for %4: an experiment's variants are of one product")},
    {"experiment.mixed-fields", QT_TRANSLATE_NOOP("ErrorText", "draft %1 is a %2 and draft %3 a %4: an experiment's variants are of one field")},
    {"experiment.field-taken", QT_TRANSLATE_NOOP("ErrorText", "the %2 of %1 already has experiment %3: remove it first to start another")},
    {"experiment.not-found", QT_TRANSLATE_NOOP("ErrorText", "there is no experiment %1")},
    {"experiment.bad-draft-list", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" is not a list of draft ids (e.g. 12,15)")},
    {"experiment.results.file-empty", QT_TRANSLATE_NOOP("ErrorText", "the file is empty")},
    {"experiment.results.no-rows", QT_TRANSLATE_NOOP("ErrorText", "the file has a header but no results")},
    {"experiment.results.no-key-column", QT_TRANSLATE_NOOP("ErrorText", "no draft_id column, nor sku and variant columns: the rows cannot name their variant")},
    {"experiment.results.missing-column", QT_TRANSLATE_NOOP("ErrorText", "no %1 column (expected impressions, clicks and conversions)")},
    {"experiment.results.bad-draft-id", QT_TRANSLATE_NOOP("ErrorText", "draft_id is \"%1\", not a draft id")},
    {"experiment.results.row-without-key", QT_TRANSLATE_NOOP("ErrorText", "the row names no variant (draft_id, or sku and variant, are empty)")},
    {"experiment.results.not-a-count", QT_TRANSLATE_NOOP("ErrorText", "%1 is \"%2\", not a whole number of 0 or more")},
    {"experiment.results.clicks-above-impressions", QT_TRANSLATE_NOOP("ErrorText", "%1 clicks out of %2 impressions")},
    {"experiment.results.conversions-above-impressions", QT_TRANSLATE_NOOP("ErrorText", "%1 conversions out of %2 impressions")},
    {"experiment.results.bad-revenue", QT_TRANSLATE_NOOP("ErrorText", "revenue is \"%1\", not a number")},
    {"experiment.results.unknown-draft", QT_TRANSLATE_NOOP("ErrorText", "draft %1 is no experiment's variant")},
    {"experiment.results.unknown-variant", QT_TRANSLATE_NOOP("ErrorText", "no experiment has a variant %1")},
    {"experiment.results.draft-is-other-variant", QT_TRANSLATE_NOOP("ErrorText", "draft %1 is variant %2, not %3")},
    {"experiment.results.other-product", QT_TRANSLATE_NOOP("ErrorText", "variant %1 is of %2, not %3")},
    {"question.exists", QT_TRANSLATE_NOOP("ErrorText", "the product already has this question: %1")},
    {"questions.file-empty", QT_TRANSLATE_NOOP("ErrorText", "the file is empty")},
    {"questions.no-rows", QT_TRANSLATE_NOOP("ErrorText", "the file has a header but no data rows")},
    {"questions.missing-column", QT_TRANSLATE_NOOP("ErrorText", "the header has no %1 column (a questions file has sku and question, optionally source and date)")},
    {"questions.row-without-sku", QT_TRANSLATE_NOOP("ErrorText", "the row has no SKU")},
    {"questions.empty-question", QT_TRANSLATE_NOOP("ErrorText", "the row of %1 has no question")},
    {"questions.bad-date", QT_TRANSLATE_NOOP("ErrorText", "\"%1\" is not a date (write dates as YYYY-MM-DD)")},
    {"questions.unknown-sku", QT_TRANSLATE_NOOP("ErrorText", "the catalog has no product with SKU %1")},
    {"questions.none-for-products", QT_TRANSLATE_NOOP("ErrorText", "the selected products have no imported questions (copydesk-cli questions import FILE)")},
    {"questions.with-personas", QT_TRANSLATE_NOOP("ErrorText", "answers are not written per persona: --questions cannot be combined with --personas")},
    {"related.unknown-sku", QT_TRANSLATE_NOOP("ErrorText", "the catalog has no product with SKU %1")},
    {"related.limit-out-of-range", QT_TRANSLATE_NOOP("ErrorText", "the limit must be between 1 and %1")},
};

const Wording* wordingOf(std::string_view id) {
  auto it = std::find_if(std::begin(kWordings), std::end(kWordings), [id](const Wording& w) { return w.id == id; });
  return it == std::end(kWordings) ? nullptr : &*it;
}

// A draft status as core names it ("approved"), in the reader's words.
QString statusName(const std::string& status) {
  if (status == "draft") return ErrorText::tr("a draft");
  if (status == "submitted") return ErrorText::tr("submitted");
  if (status == "approved") return ErrorText::tr("approved");
  if (status == "rejected") return ErrorText::tr("rejected");
  if (status == "exported") return ErrorText::tr("exported");
  return QString::fromStdString(status);
}

// Which arg of an id is a draft status, or -1: the review refusals name the status the draft is in.
int statusArgument(std::string_view id) {
  if (id == "review.cannot-submit" || id == "review.approve-unsubmitted" || id == "review.approve-again" ||
      id == "review.cannot-reject")
    return 1;
  if (id == "review.decided-elsewhere") return 2;
  return -1;
}

QString worded(std::string_view id, const std::vector<QString>& args) {
  if (const Wording* wording = wordingOf(id)) return FindingText::fill(ErrorText::tr(wording->text), args);
  QStringList parts{QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()))};
  for (const QString& arg : args) parts << arg;
  return parts.join(QStringLiteral(" · "));
}

std::vector<QString> qargs(std::string_view id, const std::vector<std::string>& args) {
  std::vector<QString> out;
  out.reserve(args.size() + 1);
  const int status = statusArgument(id);
  for (std::size_t i = 0; i < args.size(); ++i)
    out.push_back(static_cast<int>(i) == status ? statusName(args[i]) : QString::fromStdString(args[i]));
  return out;
}

// The id with its args, then each context around it (its %1 is the text so far).
QString wordedWithContext(const std::string& id, const std::vector<std::string>& args,
                          const std::vector<ErrorContext>& context) {
  QString text = worded(id, qargs(id, args));
  for (const ErrorContext& around : context) {
    std::vector<QString> all{text};
    for (QString& arg : qargs(around.id, around.args)) all.push_back(std::move(arg));
    text = worded(around.id, all);
  }
  return text;
}

}  // namespace

QString ErrorText::describe(const Error& error) {
  const QString text = message(error);
  return error.where.empty() ? text : tr("%1: %2").arg(QString::fromStdString(error.where), text);
}

QString ErrorText::message(const Error& error) {
  if (error.id.empty()) return QString::fromStdString(error.message);
  return wordedWithContext(error.id, error.args, error.context);
}

QString ErrorText::message(const TemplateDiagnostic& diagnostic) {
  if (diagnostic.id.empty()) return QString::fromStdString(diagnostic.message);
  return wordedWithContext(diagnostic.id, diagnostic.args, diagnostic.context);
}

bool ErrorText::hasWording(std::string_view id) { return wordingOf(id) != nullptr; }

QString ErrorText::sourceWording(std::string_view id) {
  const Wording* wording = wordingOf(id);
  return wording ? QString::fromUtf8(wording->text) : QString();
}

}  // namespace copydesk::ui
