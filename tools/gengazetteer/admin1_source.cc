#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "sources.h"

namespace faultline::places {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool LoadJson(const std::string& path, json* out) {
  std::ifstream in(path);
  try {
    *out = json::parse(in);
  } catch (const json::exception& e) {
    std::fprintf(stderr, "faultline-gengazetteer: %s: %s\n", path.c_str(), e.what());
    return false;
  }
  return true;
}

}  // namespace

bool ReadNaturalEarthAdmin1(const std::string& path, GazetteerBuilder& b, SourceIndex& index) {
  json fc;
  if (!LoadJson(path, &fc)) return false;
  if (!fc.contains("features")) {
    std::fprintf(stderr, "faultline-gengazetteer: %s: no \"features\" (not a FeatureCollection)\n",
                 path.c_str());
    return false;
  }
  for (const json& f : fc["features"]) {
    const json& p = f["properties"];
    const std::string iso2 = Str(p, "iso_a2");
    if (iso2.size() != 2 || !p.contains("latitude") || !p["latitude"].is_number()) continue;
    BuildEntry e;
    e.name = Str(p, "name_en").empty() ? Str(p, "name") : Str(p, "name_en");
    if (e.name.empty()) continue;
    e.country = iso2;
    e.lat = p["latitude"].get<double>();
    e.lon = p["longitude"].get<double>();
    e.geonameid = p.contains("gn_id") && p["gn_id"].is_number() ? p["gn_id"].get<int64_t>() : 0;
    if (e.geonameid < 0) e.geonameid = 0;
    e.feature = "ADM1";
    e.kind = PlaceKind::kAdmin1;
    const uint32_t id = b.Add(e);
    b.AddName(id, e.name, true);
    b.AddName(id, Str(p, "name"), true);
    for (const char* k : {"woe_name", "gn_name", "name_es", "name_fr", "name_de"}) {
      b.AddName(id, Str(p, k), false);
    }
    for (const std::string& alt : Split(Str(p, "name_alt"), '|')) b.AddName(id, alt, false);
    const std::string gn = Str(p, "gn_a1_code");
    if (!gn.empty()) index.admin1_gn.emplace(gn, id);
    const std::string iso = Str(p, "iso_3166_2");
    if (!iso.empty()) index.admin1_iso.emplace(iso, id);
    if (e.geonameid > 0) index.geonameid.emplace(e.geonameid, id);
  }
  return true;
}

bool ReadIso31662Names(const std::string& path, GazetteerBuilder& b, const SourceIndex& index) {
  json iso;
  if (!LoadJson(path, &iso)) return false;
  for (const json& s : iso.value("3166-2", json::array())) {
    auto it = index.admin1_iso.find(Str(s, "code"));
    if (it == index.admin1_iso.end()) continue;
    b.AddName(it->second, Str(s, "name"), false);
  }
  return true;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  while (true) {
    const size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace faultline::places
