#include "recognise/places/place_rules.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "util/flat_map.h"

namespace faultline::places {
namespace {

// Length and first letter before the bytes: most words asked about are in no set, and this
// rules them out without a memcmp call per entry.
template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  if (w.empty()) return false;
  for (std::string_view s : set) {
    if (s.size() == w.size() && s[0] == w[0] && s == w) return true;
  }
  return false;
}

// Which (length, first byte) pairs a word list holds: most words asked about are in no list,
// and this turns them away with two loads (a false "maybe" only costs the scan).
class WordFilter {
 public:
  template <size_t N>
  explicit WordFilter(const std::array<std::string_view, N>& words) {
    for (std::string_view w : words) {
      if (!w.empty()) by_length_[Length(w)] |= Bit(w);
    }
  }
  bool MayContain(std::string_view w) const {
    return !w.empty() && (by_length_[Length(w)] & Bit(w)) != 0;
  }

 private:
  static size_t Length(std::string_view w) { return std::min<size_t>(w.size(), 31); }
  static uint64_t Bit(std::string_view w) {
    return uint64_t{1} << (static_cast<unsigned char>(w[0]) & 63);
  }
  uint64_t by_length_[32] = {};
};

}  // namespace

TypeHint TypeWordHint(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kAdmin1 = {
      "province", "provinces", "governorate", "governorates", "state", "oblast", "prefecture",
      "muhafazah", "wilaya", "region", "emirate", "canton"};
  static constexpr std::array<std::string_view, 6> kAdmin2 = {"county", "parish", "district",
                                                              "borough", "counties", "municipality"};
  static constexpr std::array<std::string_view, 5> kCity = {"city", "town", "village", "township",
                                                            "camp"};
  static const WordFilter admin1(kAdmin1), admin2(kAdmin2), city(kCity);
  if (admin1.MayContain(w) && In(kAdmin1, w)) return TypeHint::kAdmin1;
  if (admin2.MayContain(w) && In(kAdmin2, w)) return TypeHint::kAdmin2;
  if (city.MayContain(w) && In(kCity, w)) return TypeHint::kCity;
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
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsNameConnector(std::string_view w) {
  static constexpr std::array<std::string_view, 32> k = {
      "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
      "al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ez", "es", "ed", "en", "ul",
      "upon", "on", "-", "y"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
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
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsMediaHead(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "post", "times", "herald", "journal", "tribune", "gazette", "chronicle", "globe",
      "observer", "telegraph", "inquirer", "examiner", "daily", "sun", "courier", "standard",
      "dispatch", "bulletin", "enquirer", "review", "register", "mirror"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsPersonTitle(std::string_view w) {
  static constexpr std::array<std::string_view, 40> k = {
      "mr.", "mrs.", "ms.", "dr.", "miss", "mr", "mrs", "ms", "dr", "prof.", "president",
      "gov.", "governor", "mayor", "sen.", "senator", "rep.", "judge", "sheriff", "chief",
      "officer", "sgt.", "lt.", "capt.", "coach", "rev.", "pastor", "deputy", "det.", "gen.",
      "col.", "maj.", "commissioner", "councilman", "councilwoman", "sister", "brother",
      "father", "trooper", "attorney"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsPlacePrefixWord(std::string_view w) {
  static constexpr std::array<std::string_view, 18> k = {
      "greater", "downtown", "metro", "metropolitan", "upstate", "rural", "suburban", "central",
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "occupied",
      "inner"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsStreetWord(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "street", "st.", "avenue", "ave.", "ave", "road", "rd.", "boulevard", "blvd.", "drive",
      "dr.", "lane", "ln.", "parkway", "pkwy.", "highway", "hwy.", "way", "pike", "turnpike",
      "circle", "terrace"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsGenericPlaceWord(std::string_view w) {
  static constexpr std::array<std::string_view, 24> k = {
      "city", "state", "county", "gulf", "interior", "metro", "capital", "island", "river",
      "lake", "mount", "bay", "valley", "union", "house", "center", "centre", "park", "square",
      "village", "town", "district", "province", "region"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsGivenName(std::string_view w) {
  // Common given names of English-language news (US, UK, Canada, Australia), men's
  // and women's, with the usual short forms.
  static constexpr std::array<std::string_view, 389> k = {
      "aaron", "abby", "abigail", "adam", "adrian", "alan", "albert", "alex", "alexander",
      "alexandra", "alexis", "alfred", "alice", "alicia", "allen", "allison", "alyssa", "amanda",
      "amber", "amy", "andre", "andrea", "andrew", "andy", "angela", "angie", "ann", "anna", "anne",
      "annie", "anthony", "april", "arthur", "ashley", "audrey", "barbara", "barry", "ben",
      "benjamin", "bernard", "beth", "betty", "beverly", "bill", "billy", "bob", "bobby", "bonnie",
      "brad", "bradley", "brandon", "brenda", "brent", "brett", "brian", "brittany", "brooke",
      "bruce", "bryan", "caleb", "calvin", "cameron", "carl", "carla", "carlos", "carol",
      "caroline", "carolyn", "carrie", "casey", "catherine", "cathy", "chad", "charlene", "charles",
      "charlie", "cheryl", "chris", "christina", "christine", "christopher", "chuck", "cindy",
      "claire", "clara", "clarence", "claude", "clifford", "cody", "colin", "connie", "courtney",
      "craig", "crystal", "curtis", "cynthia", "dale", "dan", "dana", "daniel", "danielle", "danny",
      "darlene", "darrell", "dave", "david", "dawn", "dean", "debbie", "deborah", "debra", "denise",
      "dennis", "derek", "diana", "diane", "dolores", "don", "donald", "donna", "doris", "dorothy",
      "doug", "douglas", "duane", "dustin", "dylan", "earl", "eddie", "edith", "edward", "edwin",
      "eileen", "elaine", "eleanor", "elijah", "elizabeth", "ellen", "emily", "emma", "eric",
      "erica", "erin", "ernest", "ethan", "eugene", "evelyn", "frances", "francis", "frank", "fred",
      "frederick", "gabriel", "gail", "gary", "gene", "george", "gerald", "gina", "glen", "glenn",
      "gloria", "grace", "greg", "gregory", "hailey", "hannah", "harold", "harry", "hayley",
      "heather", "heidi", "helen", "henry", "herbert", "holly", "howard", "ian", "isaac", "jack",
      "jackie", "jacob", "jacqueline", "jake", "james", "jamie", "jan", "jane", "janet", "janice",
      "jared", "jason", "jean", "jeff", "jeffrey", "jenna", "jennifer", "jenny", "jeremy", "jerry",
      "jesse", "jessica", "jill", "jim", "jimmy", "joan", "joann", "joanne", "joe", "joel", "john",
      "johnny", "jon", "jonathan", "jose", "joseph", "josh", "joshua", "joy", "joyce", "juan",
      "judith", "judy", "julia", "julie", "justin", "karen", "kate", "katherine", "kathleen",
      "kathryn", "kathy", "katie", "kayla", "keith", "kelly", "ken", "kenneth", "kevin", "kim",
      "kimberly", "kristen", "kristina", "kyle", "larry", "laura", "lauren", "lawrence", "leah",
      "leonard", "leslie", "linda", "lindsay", "lindsey", "lisa", "lois", "lori", "louis", "louise",
      "lucy", "luke", "lynn", "marcus", "margaret", "maria", "marie", "marilyn", "mark", "marsha",
      "martha", "martin", "marvin", "mary", "matt", "matthew", "megan", "melanie", "melissa",
      "melvin", "michael", "michele", "michelle", "mike", "mildred", "mitchell", "molly", "monica",
      "nancy", "natalie", "nathan", "neil", "nicholas", "nick", "nicole", "norma", "norman", "pam",
      "pamela", "pat", "patricia", "patrick", "paul", "paula", "peggy", "peter", "phil", "philip",
      "phillip", "phyllis", "rachel", "ralph", "randy", "raymond", "rebecca", "renee", "rhonda",
      "richard", "rick", "rita", "rob", "robert", "roberta", "robin", "rodney", "roger", "ron",
      "ronald", "rose", "ruby", "russell", "ruth", "ryan", "sally", "sam", "samantha", "samuel",
      "sandra", "sandy", "sara", "sarah", "scott", "sean", "seth", "shannon", "shawn", "sheila",
      "shirley", "sophia", "stacy", "stanley", "stephanie", "stephen", "steve", "steven", "sue",
      "susan", "suzanne", "sylvia", "tammy", "tara", "ted", "teresa", "terry", "theresa", "thomas",
      "tim", "timothy", "tina", "todd", "tom", "tommy", "tony", "tracy", "travis", "valerie",
      "vanessa", "vernon", "veronica", "vicki", "victor", "vincent", "walter", "wanda", "warren",
      "wayne", "wendy", "william", "willie", "zachary"};
  // A hash set, built once: the finder asks about most capitalised words next to a name, and a
  // binary search among the names of one first letter cost a dozen string compares.
  static const FlatStringMap<char> set = [] {
    FlatStringMap<char> m;
    m.Reserve(k.size());
    for (std::string_view name : k) m[name] = 1;
    return m;
  }();
  return set.Find(w) != nullptr;
}

bool IsSpeechVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "said", "says", "told", "added", "explained", "noted", "asked", "testified", "wrote",
      "stated", "admitted", "recalled", "replied", "declined", "acknowledged", "insisted",
      "argued", "believes", "thinks", "recalls", "adds", "agreed"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsCalendarWord(std::string_view w) {
  static constexpr std::array<std::string_view, 19> k = {
      "january", "february", "march", "april", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "christmas"};
  static const WordFilter filter(k);
  return filter.MayContain(w) && In(k, w);
}

bool IsNonPlaceEntity(std::string_view f) {
  static constexpr std::array<std::string_view, 16> k = {
      "jewish", "muslim", "christian", "white house", "hamas", "hezbollah", "hizbollah", "fatah",
      "kremlin", "pentagon", "taliban", "al qaeda", "wal", "tri state", "native american",
      "african american"};
  static const WordFilter filter(k);
  return filter.MayContain(f) && In(k, f);
}

bool IsTransliteratedCountry(std::string_view c) {
  // Sorted ISO 3166-1 alpha-2 codes.
  static constexpr std::array<std::string_view, 66> k = {
      "AE", "AF", "AM", "BD", "BG", "BH", "BT", "BY", "CN", "DJ", "DZ", "EG", "EH", "ER", "ET",
      "GE", "GR", "HK", "IL", "IN", "IQ", "IR", "JO", "JP", "KG", "KH", "KM", "KP", "KR", "KW",
      "KZ", "LA", "LB", "LK", "LY", "MA", "MK", "MM", "MN", "MO", "MR", "MV", "NE", "NP", "OM",
      "PK", "PS", "QA", "RS", "RU", "SA", "SD", "SO", "SS", "SY", "TD", "TH", "TJ", "TM", "TN",
      "TW", "UA", "UZ", "YE", "ML", "XK"};
  // One bit per code, built once: the check runs for every loose-key hit.
  static const std::array<uint64_t, 11> bits = [] {
    std::array<uint64_t, 11> b{};
    for (std::string_view x : k) {
      const unsigned i = static_cast<unsigned>(x[0] - 'A') * 26 + static_cast<unsigned>(x[1] - 'A');
      b[i / 64] |= uint64_t{1} << (i % 64);
    }
    return b;
  }();
  if (c.size() != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z') return false;
  const unsigned i = static_cast<unsigned>(c[0] - 'A') * 26 + static_cast<unsigned>(c[1] - 'A');
  return (bits[i / 64] >> (i % 64)) & 1;
}

}  // namespace faultline::places
