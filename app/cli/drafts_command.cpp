// copydesk-cli drafts [--status S] [--sku SKU] [--json]: the drafts, with the tokens and cost of
// the generation that made each one.
#include <iostream>
#include <map>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"

namespace copydesk::cli {
namespace {

struct DraftsArgs {
  std::string status;
  std::string sku;
  std::string field;
  std::int64_t batch = 0;
  bool json = false;
  std::string persona;
  bool hasPersona = false;  // --persona given ("" too)
};

Json draftJson(const Draft& d, const Generation* g) {
  Json tokens = nullptr;
  Json cost = nullptr;
  if (g && (g->inputTokens || g->outputTokens)) tokens = g->inputTokens.value_or(0) + g->outputTokens.value_or(0);
  if (g && g->cost) cost = *g->cost;
  Json json = {{"id", d.id},
               {"sku", d.sku},
               {"field", d.field},
               {"template", d.templateName},
               {"template_version", d.templateVersion},
               {"variant", d.variant},
               {"persona", d.personaId ? Json(d.persona) : Json(nullptr)},
               // A translation's language and source draft (issue 14); null for copy in the catalog's own language.
               {"language", d.language.empty() ? Json(nullptr) : Json(d.language)},
               {"source_draft", d.sourceDraftId ? Json(*d.sourceDraftId) : Json(nullptr)},
               {"outdated", d.outdated},
               {"question", d.questionId ? Json(d.question) : Json(nullptr)},  // an answer's question (issue 14)
               {"status", toString(d.status)},
               {"text", d.text},
               {"model", d.model},
               {"tokens", tokens},
               {"input_tokens", g && g->inputTokens ? Json(*g->inputTokens) : Json(nullptr)},
               {"output_tokens", g && g->outputTokens ? Json(*g->outputTokens) : Json(nullptr)},
               {"cost", cost},
               {"batch_id", d.batchId ? Json(*d.batchId) : Json(nullptr)},
               {"generation_id", d.generationId ? Json(*d.generationId) : Json(nullptr)},
               {"is_working", d.isWorking},
               {"author", d.author},
               {"created_at", d.createdAt},
               {"updated_at", d.updatedAt}};
  return json;
}

std::string oneLine(const std::string& text, std::size_t bytes) {
  std::string line;
  for (char c : text) line += (c == '\n' || c == '\r') ? ' ' : c;
  if (line.size() <= bytes) return line;
  std::size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return line.substr(0, cut) + "…";
}

int runDrafts(CliContext& context, const DraftsArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  DraftQuery query;
  if (!args.status.empty()) {
    query.status = draftStatusFromString(args.status);
    if (!query.status) {
      return reportError(makeError(ErrorCode::InvalidInput, "unknown status '" + args.status +
                                   "' (draft, submitted, approved, rejected, exported)", "--status"));
    }
  }
  query.sku = args.sku;
  query.field = args.field;
  if (args.batch > 0) query.batchId = args.batch;
  if (args.hasPersona) query.persona = args.persona;
  auto drafts = DraftStore(*db).list(query);
  if (!drafts) return reportError(drafts.error());
  GenerationStore generations(*db);
  std::map<std::int64_t, Generation> made;
  for (const Draft& d : *drafts) {
    if (!d.generationId) continue;
    auto g = generations.get(*d.generationId);
    if (!g) return reportError(g.error());
    if (*g) made.emplace(*d.generationId, std::move(**g));
  }
  auto generationOf = [&made](const Draft& d) -> const Generation* {
    if (!d.generationId) return nullptr;
    auto it = made.find(*d.generationId);
    return it == made.end() ? nullptr : &it->second;
  };
  if (args.json) {
    Json array = Json::array();
    for (const Draft& d : *drafts) array.push_back(draftJson(d, generationOf(d)));
    std::cout << array.dump(2) << '\n';
    return kExitOk;
  }
  for (const Draft& d : *drafts) {
    std::cout << '#' << d.id << "  " << d.sku << "  " << d.field << (d.persona.empty() ? "" : "  @" + d.persona)
              << "  v" << d.variant << "  " << toString(d.status)
              << "  " << (d.model.empty() ? "-" : d.model) << "  " << (d.templateName.empty() ? "-" : d.templateName)
              << "\n    " << oneLine(d.text, 160) << '\n';
  }
  std::cout << drafts->size() << (drafts->size() == 1 ? " draft\n" : " drafts\n");
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<DraftsArgs>();
  CLI::App* cmd = app.add_subcommand("drafts", "List drafts");
  cmd->add_option("--status", args->status, "draft, submitted, approved, rejected or exported");
  cmd->add_option("--sku", args->sku, "one product");
  cmd->add_option("--field", args->field, "one field");
  cmd->add_option("--batch", args->batch, "one batch");
  CLI::Option* persona = cmd->add_option("--persona", args->persona, "drafts written for this persona (\"\": for none)");
  cmd->add_flag("--json", args->json, "print a JSON array of drafts");
  cmd->callback([args, persona, &context] {
    args->hasPersona = persona->count() > 0;
    context.exitCode = runDrafts(context, *args);
  });
}

static const bool registered = registerCommand("drafts", install);

}  // namespace
}  // namespace copydesk::cli
