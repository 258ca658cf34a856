#include "core/store/review_filter_choices.h"

#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

Result<std::vector<std::string>> column(Database& db, const std::string& sql, const char* what) {
  auto stmt = db.prepare(sql);
  if (!stmt) return stmt.error();
  std::vector<std::string> values;
  while (stmt->step()) values.push_back(stmt->text(0));
  if (!stmt->ok()) return db.lastError(what);
  return values;
}

}  // namespace

Result<ReviewFilterChoices> loadReviewFilterChoices(Database& db) {
  ReviewFilterChoices choices;
  const std::string bytes = byteOrder(db);
  auto templates = column(db, "SELECT name FROM templates ORDER BY name" + bytes, "listing the templates");
  if (!templates) return templates.error();
  auto channels = column(db,
                         "SELECT DISTINCT channel" + bytes +
                             " AS channel FROM template_versions WHERE channel <> '' ORDER BY channel",
                         "listing the channels");
  if (!channels) return channels.error();
  auto writers = column(db, "SELECT DISTINCT author" + bytes + " AS author FROM drafts WHERE author <> '' ORDER BY author",
                        "listing the writers");
  if (!writers) return writers.error();
  auto personas = column(db,
                         "SELECT name FROM personas WHERE id IN (SELECT persona_id FROM drafts) ORDER BY name" + bytes,
                         "listing the personas");
  if (!personas) return personas.error();
  choices.personas = std::move(*personas);
  choices.templates = std::move(*templates);
  choices.channels = std::move(*channels);
  choices.writers = std::move(*writers);
  return choices;
}

}  // namespace copydesk
