// `faultline alerts`: the stored alerts, one per line for people or as JSON Lines.
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "faultline/event_store.h"

namespace faultline::cli {
namespace {

struct AlertsArgs {
  std::string db = "faultline.db";
  std::string since;
  std::string format = "table";
};

int RunAlerts(const AlertsArgs& args) {
  std::unique_ptr<EventStore> store;
  Status s = OpenSqliteStore(args.db, &store);
  std::vector<AlertRecord> alerts;
  if (s.ok()) s = store->ListAlerts(args.since, &alerts);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  for (const AlertRecord& a : alerts) {
    if (args.format == "jsonl") {
      nlohmann::ordered_json j = {{"id", a.id},       {"date", a.date},
                                  {"detector", a.detector}, {"level", a.level},
                                  {"key", a.key},     {"quad_class", a.quad_class},
                                  {"message", a.message}};
      j["numbers"] = nlohmann::ordered_json::parse(a.numbers_json, nullptr, false);
      j["evidence"] = nlohmann::ordered_json::parse(a.evidence_json, nullptr, false);
      std::cout << j.dump() << '\n';
      continue;
    }
    std::cout << a.date << "  " << a.detector << "  " << a.level << " " << a.key;
    if (a.quad_class) std::cout << "  quad " << a.quad_class;
    std::cout << "\n    " << a.message << '\n';
    nlohmann::json ev = nlohmann::json::parse(a.evidence_json, nullptr, false);
    if (ev.is_array()) {
      for (const auto& e : ev) {
        std::cout << "    - " << e.value("sentence", "") << "  <" << e.value("url", "") << ">\n";
      }
    }
  }
  if (alerts.empty() && args.format == "table") std::cout << "no alerts\n";
  return 0;
}

}  // namespace

void RegisterAlerts(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<AlertsArgs>();
  CLI::App* cmd = app.add_subcommand("alerts", "List escalation alerts from the event store");
  cmd->add_option("--db", args->db, "SQLite database");
  cmd->add_option("--since", args->since, "Only alerts on or after this date (YYYY-MM-DD)");
  cmd->add_option("--format", args->format, "Output")->check(CLI::IsMember({"table", "jsonl"}));
  cmd->callback([args, exit_code] { *exit_code = RunAlerts(*args); });
}

}  // namespace faultline::cli
