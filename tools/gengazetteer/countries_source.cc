#include <cstdio>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "sources.h"

namespace faultline::places {
namespace {

using nlohmann::json;

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

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// English plural of a demonym: "Syrian" -> "Syrians"; "Chinese", "Swiss", "British" stay.
std::string Plural(const std::string& d) {
  if (d.empty()) return d;
  auto ends = [&](const char* s) {
    const std::string suf(s);
    return d.size() > suf.size() && d.compare(d.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("ese") || ends("ss") || ends("sh") || ends("ch") || ends("i") || ends("s")) return "";
  return d + "s";
}

}  // namespace

bool ReadCountries(const std::string& world_json, const std::string& iso_3166_1_json,
                   GazetteerBuilder& b, SourceIndex& index) {
  json world, iso;
  if (!LoadJson(world_json, &world) || !LoadJson(iso_3166_1_json, &iso)) return false;
  for (const json& c : world) {
    const std::string cca2 = Str(c, "cca2");
    if (cca2.size() != 2 || !c.contains("latlng") || c["latlng"].size() != 2) continue;
    BuildEntry e;
    e.name = Str(c["name"], "common");
    e.country = cca2;
    e.lat = c["latlng"][0].get<double>();
    e.lon = c["latlng"][1].get<double>();
    const bool independent = c.contains("independent") && c["independent"].is_boolean() &&
                             c["independent"].get<bool>();
    e.feature = independent ? "PCLI" : "PCLD";
    e.kind = PlaceKind::kCountry;
    const uint32_t id = b.Add(e);
    index.country[cca2] = id;
    b.AddCodeKey("iso:" + cca2, id);
    b.AddName(id, e.name, true);
    b.AddName(id, Str(c["name"], "official"), false);
    for (const json& alt : c.value("altSpellings", json::array())) {
      const std::string a = alt.get<std::string>();
      // Two-letter codes ("SY") would match ordinary capitalised words; keep them exact only.
      if (a.size() <= 2) continue;
      // Short all-capital abbreviations ("USA", "UAE") fold to words ("usa"); exact only.
      if (a.size() <= 4 && a.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
        b.AddExactName(id, a);
        continue;
      }
      b.AddName(id, a, false);
    }
    if (c.contains("demonyms") && c["demonyms"].contains("eng")) {
      std::set<std::string> forms;
      for (const char* g : {"m", "f"}) forms.insert(Str(c["demonyms"]["eng"], g));
      for (const std::string& d : forms) {
        if (d.empty()) continue;
        b.AddName(id, d, true, /*adjectival=*/true);
        b.AddName(id, Plural(d), true, /*adjectival=*/true);
      }
    }
  }
  for (const json& c : iso.value("3166-1", json::array())) {
    auto it = index.country.find(Str(c, "alpha_2"));
    if (it == index.country.end()) continue;
    for (const char* k : {"name", "official_name", "common_name"}) {
      const std::string n = Str(c, k);
      // "Korea, Republic of" is an index form, not something a text says.
      if (!n.empty() && n.find(',') == std::string::npos) b.AddName(it->second, n, false);
    }
  }
  return true;
}

}  // namespace faultline::places
