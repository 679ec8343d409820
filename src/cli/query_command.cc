// `faultline query`: events from the store, filtered, in one of the export formats.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "analyse/export.h"
#include "cli/commands.h"
#include "faultline/event_store.h"

namespace faultline::cli {
namespace {

struct QueryArgs {
  std::string db = "faultline.db";
  EventFilter filter;
  std::string near;
  std::string format = "jsonl";
  bool dedup = false;
};

// "LAT,LON,KM" with a latitude in [-90, 90], a longitude in [-180, 180] and KM > 0.
bool ParseNear(const std::string& s, EventFilter::Near* near) {
  std::istringstream in(s);
  char c1 = 0, c2 = 0;
  if (!(in >> near->lat >> c1 >> near->lon >> c2 >> near->km) || c1 != ',' || c2 != ',') {
    return false;
  }
  in >> std::ws;
  return in.eof() && near->lat >= -90 && near->lat <= 90 && near->lon >= -180 &&
         near->lon <= 180 && near->km > 0;
}

int RunQuery(QueryArgs args) {
  if (!args.near.empty()) {
    EventFilter::Near near;
    if (!ParseNear(args.near, &near)) {
      std::fprintf(stderr, "faultline: --near wants LAT,LON,KM, got \"%s\"\n", args.near.c_str());
      return 2;
    }
    args.filter.near = near;
  }
  if (!std::filesystem::exists(args.db)) {
    std::fprintf(stderr, "faultline: no database %s (run faultline ingest first)\n",
                 args.db.c_str());
    return 2;
  }
  std::unique_ptr<EventStore> store;
  Status s = OpenSqliteStore(args.db, &store);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  args.filter.one_per_cluster = args.dedup;
  std::unique_ptr<analyse::EventWriter> writer = analyse::MakeEventWriter(args.format, std::cout);
  s = store->ForEachEvent(args.filter, [&](const EventRecord& e) {
    writer->Write(e);
    return true;
  });
  writer->Finish();
  std::cout.flush();
  if (!s.ok()) {
    std::fprintf(stderr, "faultline: %s\n", s.ToString().c_str());
    return 2;
  }
  return 0;
}

}  // namespace

void RegisterQuery(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("query", "Export events from the event store");
  cmd->add_option("--db", args->db, "SQLite database");
  cmd->add_option("--country", args->filter.country, "ISO 3166-1 alpha-2 country of the event");
  cmd->add_option("--actor", args->filter.actor, "CAMEO actor code prefix (source or target)");
  cmd->add_option("--root", args->filter.root, "Two-digit CAMEO root")
      ->check(CLI::Validator(
          [](std::string& v) {
            return v.size() == 2 && std::isdigit(static_cast<unsigned char>(v[0])) &&
                           std::isdigit(static_cast<unsigned char>(v[1]))
                       ? std::string()
                       : std::string("expected two digits, e.g. 19");
          },
          "ROOT"));
  auto date = CLI::Validator(
      [](std::string& v) {
        return v.size() == 10 && v[4] == '-' && v[7] == '-' ? std::string()
                                                            : std::string("expected YYYY-MM-DD");
      },
      "DATE");
  cmd->add_option("--since", args->filter.since, "First event date")->check(date);
  cmd->add_option("--until", args->filter.until, "Last event date")->check(date);
  cmd->add_option("--near", args->near, "LAT,LON,KM: events within KM of a point");
  cmd->add_option("--limit", args->filter.limit, "At most this many events");
  cmd->add_flag("--dedup", args->dedup, "One row per de-duplicated event (its first mention)");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "csv", "geojson", "gdelt", "plover"}));
  cmd->callback([args, exit_code] { *exit_code = RunQuery(*args); });
}

}  // namespace faultline::cli
