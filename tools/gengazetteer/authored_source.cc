#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "sources.h"

namespace faultline::places {
namespace {

// Calls `row` for each non-comment line of a TSV file with its fields; false on a short line.
template <typename Fn>
bool ForEachRow(const std::string& path, size_t min_fields, Fn row) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "faultline-gengazetteer: cannot read %s\n", path.c_str());
    return false;
  }
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line, '\t');
    if (f.size() < min_fields) {
      std::fprintf(stderr, "faultline-gengazetteer: %s:%d: expected %zu tab-separated fields\n",
                   path.c_str(), n, min_fields);
      return false;
    }
    if (!row(f, n)) return false;
  }
  return true;
}

PlaceKind KindOf(const std::string& k) {
  if (k == "BORDER") return PlaceKind::kBorder;
  if (k == "CONT") return PlaceKind::kContinent;
  return PlaceKind::kRegion;
}

}  // namespace

bool ReadRegions(const std::string& path, GazetteerBuilder& b, const SourceIndex& index) {
  return ForEachRow(path, 6, [&](const std::vector<std::string>& f, int n) {
    if (f[5] == "CENTRE") {
      // Moves a country's point: world-countries and GeoNames disagree on a few.
      auto it = index.country.find(f[4]);
      if (it == index.country.end()) {
        std::fprintf(stderr, "faultline-gengazetteer: %s:%d: unknown country '%s'\n", path.c_str(), n, f[4].c_str());
        return false;
      }
      b.entry(it->second).lat = std::atof(f[2].c_str());
      b.entry(it->second).lon = std::atof(f[3].c_str());
      return true;
    }
    BuildEntry e;
    e.name = f[0];
    e.lat = std::atof(f[2].c_str());
    e.lon = std::atof(f[3].c_str());
    e.countries = f[4];
    e.country = f[4].substr(0, 2);
    e.feature = f[5];
    e.kind = KindOf(f[5]);
    const std::vector<std::string> cs = Split(f[4], ',');
    for (const std::string& c : cs) {
      if (!c.empty() && !index.country.count(c)) {
        std::fprintf(stderr, "faultline-gengazetteer: %s:%d: unknown country code '%s'\n", path.c_str(), n,
                     c.c_str());
        return false;
      }
    }
    const uint32_t id = b.Add(e);
    b.AddName(id, e.name, true);
    for (const std::string& alias : Split(f[1], '|')) b.AddName(id, alias, false);
    if (e.kind == PlaceKind::kBorder && cs.size() == 2) {
      const bool ordered = cs[0] < cs[1];
      b.AddCodeKey("border:" + (ordered ? cs[0] + "|" + cs[1] : cs[1] + "|" + cs[0]), id);
    }
    return true;
  });
}

bool ReadAliases(const std::string& path, GazetteerBuilder& b, const SourceIndex& index) {
  return ForEachRow(path, 3, [&](const std::vector<std::string>& f, int n) {
    const std::string& target = f[1];
    uint32_t id = kNoEntry;
    if (target.rfind("iso:", 0) == 0) {
      auto it = index.country.find(target.substr(4));
      if (it != index.country.end()) id = it->second;
    } else if (target.rfind("iso2:", 0) == 0) {
      auto it = index.admin1_iso.find(target.substr(5));
      if (it != index.admin1_iso.end()) id = it->second;
    } else if (target.rfind("gn:", 0) == 0) {
      auto it = index.geonameid.find(std::atoll(target.c_str() + 3));
      if (it != index.geonameid.end()) id = it->second;
    }
    if (id == kNoEntry) {
      std::fprintf(stderr, "faultline-gengazetteer: %s:%d: no place for target '%s'\n", path.c_str(), n,
                   target.c_str());
      return false;
    }
    const bool adjectival = f[2].find("adj") != std::string::npos;
    if (f[2].rfind("exact", 0) == 0) {
      b.AddExactName(id, f[0], adjectival);
    } else {
      b.AddName(id, f[0], false, adjectival);
    }
    return true;
  });
}

}  // namespace faultline::places
