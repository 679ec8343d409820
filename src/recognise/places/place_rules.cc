#include "recognise/places/place_rules.h"

#include <array>

namespace faultline::places {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

}  // namespace

TypeHint TypeWordHint(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kAdmin1 = {
      "province", "provinces", "governorate", "governorates", "state", "oblast", "prefecture",
      "muhafazah", "wilaya", "region", "emirate", "canton"};
  static constexpr std::array<std::string_view, 6> kAdmin2 = {"county", "parish", "district",
                                                              "borough", "counties", "municipality"};
  static constexpr std::array<std::string_view, 5> kCity = {"city", "town", "village", "township",
                                                            "camp"};
  if (In(kAdmin1, w)) return TypeHint::kAdmin1;
  if (In(kAdmin2, w)) return TypeHint::kAdmin2;
  if (In(kCity, w)) return TypeHint::kCity;
  return TypeHint::kNone;
}

bool HintMatches(TypeHint hint, PlaceKind kind) {
  switch (hint) {
    case TypeHint::kAdmin1: return kind == PlaceKind::kAdmin1 || kind == PlaceKind::kRegion;
    case TypeHint::kAdmin2: return kind == PlaceKind::kAdmin2;
    case TypeHint::kCity: return kind == PlaceKind::kCity;
    case TypeHint::kRegion: return kind == PlaceKind::kRegion || kind == PlaceKind::kAdmin1;
    case TypeHint::kNone: return true;
  }
  return true;
}

bool IsDirectionWord(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "northern", "southern", "eastern", "western", "northeastern", "northwestern",
      "southeastern", "southwestern", "central", "north-eastern", "north-western",
      "south-eastern", "south-western", "north", "south", "east", "west", "northeast",
      "northwest", "southeast", "southwest", "rural"};
  return In(k, w);
}

bool IsNameConnector(std::string_view w) {
  static constexpr std::array<std::string_view, 32> k = {
      "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
      "al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ez", "es", "ed", "en", "ul",
      "upon", "on", "-", "y"};
  return In(k, w);
}

bool IsBorderWord(std::string_view w) {
  return w == "border" || w == "borders" || w == "frontier" || w == "border-crossing";
}

bool IsNearWord(std::string_view w) {
  return w == "near" || w == "outside" || w == "outskirts" || w == "nearby" || w == "around";
}

bool IsLocativePreposition(std::string_view w) {
  static constexpr std::array<std::string_view, 14> k = {
      "in", "at", "near", "from", "to", "into", "outside", "across", "around", "of",
      "toward", "towards", "throughout", "within"};
  return In(k, w);
}

bool IsMediaHead(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "post", "times", "herald", "journal", "tribune", "gazette", "chronicle", "globe",
      "observer", "telegraph", "inquirer", "examiner", "daily", "sun", "courier", "standard",
      "dispatch", "bulletin", "enquirer", "review", "register", "mirror"};
  return In(k, w);
}

bool IsPersonTitle(std::string_view w) {
  static constexpr std::array<std::string_view, 40> k = {
      "mr.", "mrs.", "ms.", "dr.", "miss", "mr", "mrs", "ms", "dr", "prof.", "president",
      "gov.", "governor", "mayor", "sen.", "senator", "rep.", "judge", "sheriff", "chief",
      "officer", "sgt.", "lt.", "capt.", "coach", "rev.", "pastor", "deputy", "det.", "gen.",
      "col.", "maj.", "commissioner", "councilman", "councilwoman", "sister", "brother",
      "father", "trooper", "attorney"};
  return In(k, w);
}

bool IsPlacePrefixWord(std::string_view w) {
  static constexpr std::array<std::string_view, 18> k = {
      "greater", "downtown", "metro", "metropolitan", "upstate", "rural", "suburban", "central",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "occupied",
      "inner"};
  return In(k, w);
}

bool IsStreetWord(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "street", "st.", "avenue", "ave.", "ave", "road", "rd.", "boulevard", "blvd.", "drive",
      "dr.", "lane", "ln.", "parkway", "pkwy.", "highway", "hwy.", "way", "pike", "turnpike",
      "circle", "terrace"};
  return In(k, w);
}

bool IsGenericPlaceWord(std::string_view w) {
  static constexpr std::array<std::string_view, 24> k = {
      "city", "state", "county", "gulf", "interior", "metro", "capital", "island", "river",
      "lake", "mount", "bay", "valley", "union", "house", "center", "centre", "park", "square",
      "village", "town", "district", "province", "region"};
  return In(k, w);
}

}  // namespace faultline::places
