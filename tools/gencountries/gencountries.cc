// faultline-gencountries: writes the generated country dictionary (build/generated/countries.txt).
//
// Reads Debian's iso-codes table (/usr/share/iso-codes/json/iso_3166-1.json) and the npm package
// world-countries (node_modules/world-countries/countries.json) and writes one actor line per
// country in the format of docs/dictionaries.md:
//
//   Syria | Syrian Arab Republic | Damascus => SYR
//   adj: Syrian | Syrians => SYR
//
// Names are the common and official names of both sources, iso-codes' "Name, Inverted of" names put
// back in reading order, world-countries' alternative spellings, and the capitals of independent
// countries; names with Latin diacritics also get an ASCII spelling ("Bogotá" and "Bogota").
// Codes are ISO 3166-1 alpha-3, except where CAMEO uses another code (Kosovo KSV, East Timor TMP).
// A name claimed by two countries goes to the one where it is a main name rather than an alternative
// spelling or a capital, then to the independent one; if still tied it is dropped with a warning
// (data/actors/countries.txt decides such names by hand, e.g. "Congolese").
//
// Usage: faultline-gencountries --iso FILE --world FILE --out FILE [--verbose]
// --verbose lists the names and demonyms dropped as ambiguous.
// Exit status: 0 on success, 1 on bad input (message on stderr naming the file and how to get it).

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

// CAMEO country codes that differ from ISO 3166-1 alpha-3 (the key may be a source's own stand-in).
const std::map<std::string, std::string, std::less<>> kCameoCode = {
    {"UNK", "KSV"},  // Kosovo: world-countries writes UNK (no ISO code); CAMEO/Phoenix use KSV
    {"XKX", "KSV"},  // Kosovo's user-assigned code in some sources
    {"TLS", "TMP"},  // Timor-Leste: CAMEO keeps the pre-2002 code TMP
};

// Names that are ordinary English words, places elsewhere or common personal names, and would
// code wrongly more often than rightly. Compared after ASCII folding, case-sensitively.
const std::set<std::string, std::less<>> kSkipNames = {
    "Victoria",       // Seychelles' capital; Australian state, personal name
    "Hamilton",       // Bermuda; Canadian city, surname
    "Plymouth",       // Montserrat; English city
    "Jamestown",      // Saint Helena; US towns
    "Stanley",        // Falklands; personal name
    "The Valley",     // Anguilla
    "Georgetown",     // Guyana; Washington neighbourhood and university
    "San Jose",       // Costa Rica; California city
    "San José",
    "Male",           // Maldives' capital Malé, once folded to ASCII
    "Kingston",       // kept for Jamaica below; Norfolk Island's Kingston is dropped (not independent)
    "Timor",          // the island, shared with Indonesia
    "Lao",            // ethnic group and language as much as the country
    "Congo",          // two countries; data/actors/countries.txt decides
    "Korea",          // two countries; data/actors/countries.txt decides
    "Island",         // Iceland in Icelandic; an English word
    "Mann",           // Isle of Man in Manx; a surname
    "Dominique",      // Dominica in French; a first name
    "Thai", "Saudi", "Togolese",  // demonyms listed as names: they belong on the adj: line
    "French part", "Dutch part",  // from "Saint Martin (French part)"
    "Mexicanos", "Portuguesa", "Prathet", "the Abode of Peace",  // fragments, not names
};
// Names from kSkipNames that are nevertheless kept for one country.
const std::map<std::string, std::string, std::less<>> kKeepFor = {
    {"Kingston", "JAM"},
};

// Acronyms kept from alternative spellings (others, and all two-letter codes, are dropped: they
// would match ordinary words in all-capital headlines: IN, IT, NO, ME, TO, AM, BE).
const std::set<std::string, std::less<>> kKeepAcronyms = {"US", "USA", "UK", "UAE", "DRC", "DPRK",
                                                        "RSA"};

struct Name {
  std::string text;
  int rank = 0;  // 0 main name, 1 alternative spelling, 2 capital
};

struct Country {
  std::string code;
  std::string canonical;
  bool independent = true;
  std::vector<Name> names;
  std::vector<std::string> demonyms;
};

// Returns the file's JSON or an explanation of what is missing and how to install it.
std::optional<json> ReadJson(const std::string& path, const std::string& how_to_get, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path + ": " + how_to_get;
    return std::nullopt;
  }
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    *error = path + ": not valid JSON (" + e.what() + "): " + how_to_get;
    return std::nullopt;
  }
}

// ASCII spelling of a name with Latin-1 / Latin Extended-A letters; other text is kept as is.
std::string FoldToAscii(std::string_view s) {
  static const std::map<std::string, std::string, std::less<>> kFold = {
      {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"ā", "a"}, {"ă", "a"},
      {"À", "A"}, {"Á", "A"}, {"Â", "A"}, {"Ã", "A"}, {"Ä", "A"}, {"Å", "A"}, {"Ā", "A"},
      {"ç", "c"}, {"Ç", "C"}, {"č", "c"}, {"Č", "C"}, {"ć", "c"},
      {"è", "e"}, {"é", "e"}, {"ê", "e"}, {"ë", "e"}, {"ē", "e"}, {"ě", "e"},
      {"È", "E"}, {"É", "E"}, {"Ê", "E"}, {"Ë", "E"},
      {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"}, {"ī", "i"}, {"ı", "i"}, {"Í", "I"}, {"Î", "I"}, {"İ", "I"},
      {"ñ", "n"}, {"Ñ", "N"}, {"ň", "n"},
      {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"ō", "o"},
      {"Ò", "O"}, {"Ó", "O"}, {"Ô", "O"}, {"Õ", "O"}, {"Ö", "O"}, {"Ø", "O"},
      {"ù", "u"}, {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ū", "u"}, {"ů", "u"},
      {"Ù", "U"}, {"Ú", "U"}, {"Û", "U"}, {"Ü", "U"},
      {"ý", "y"}, {"ÿ", "y"}, {"Ý", "Y"},
      {"š", "s"}, {"Š", "S"}, {"ş", "s"}, {"Ş", "S"}, {"ž", "z"}, {"Ž", "Z"}, {"ğ", "g"},
      {"ř", "r"}, {"ł", "l"}, {"Ł", "L"}, {"ţ", "t"}, {"ț", "t"}, {"ș", "s"},
      {"’", "'"}, {"ʻ", "'"},
  };
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    len = std::min(len, s.size() - i);
    const std::string_view ch = s.substr(i, len);
    if (auto it = kFold.find(ch); it != kFold.end()) {
      out += it->second;
    } else {
      out += ch;
    }
    i += len;
  }
  return out;
}

// True if every letter of the name is Latin (ASCII, Latin-1 Supplement, Latin Extended-A/B) and it
// contains none of the dictionary format's own separators.
bool UsableName(std::string_view s) {
  if (s.empty() || s.find('|') != s.npos || s.find("=>") != s.npos || s.find('#') != s.npos ||
      s.find('[') != s.npos || s.find(']') != s.npos || s.find(':') != s.npos) {
    return false;
  }
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c >> 5) == 0x6 && i + 1 < s.size()) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      if (cp > 0x24F && cp != 0x2BB) return false;  // beyond Latin Extended-B (ʻ is allowed)
      i += 2;
      continue;
    }
    if ((c >> 4) == 0xE && i + 2 < s.size()) {
      const unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      if (cp != 0x2019) return false;  // only the typographic apostrophe
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}

// A boolean field that may be missing or null (world-countries has "independent": null for some).
bool Flag(const json& e, const char* key) {
  const auto it = e.find(key);
  return it != e.end() && it->is_boolean() && it->get<bool>();
}

bool IsAllCapsShort(std::string_view s) {
  if (s.size() > 6) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

// "Korea, Republic of" -> "Republic of Korea"; "Congo, The Democratic Republic of the" ->
// "The Democratic Republic of the Congo". Other names with a comma are returned empty.
std::string Uninvert(std::string_view s) {
  const auto comma = s.rfind(", ");
  if (comma == s.npos) return std::string(s);
  const std::string_view head = s.substr(0, comma);
  const std::string_view tail = s.substr(comma + 2);
  if (head.find(',') != head.npos) return {};
  if (tail.ends_with(" of") || tail.ends_with(" of the")) {
    return std::string(tail) + " " + std::string(head);
  }
  return {};
}

// Strips a trailing parenthetical: "Holy See (Vatican City State)" -> {"Holy See", "Vatican City State"}.
std::vector<std::string> SplitParenthetical(const std::string& s) {
  const auto open = s.find(" (");
  if (open == s.npos || !s.ends_with(")")) return {s};
  return {s.substr(0, open), s.substr(open + 2, s.size() - open - 3)};
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// How the coder compares names (case-insensitively): "the State of Palestine" and "The State of
// Palestine" are one alias.
std::string Key(std::string_view s) {
  std::string k(s);
  for (char& ch : k) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return k;
}

std::string Cameo(const std::string& alpha3) {
  if (auto it = kCameoCode.find(alpha3); it != kCameoCode.end()) return it->second;
  return alpha3;
}

// The plural a demonym takes as a noun ("Syrian" -> "Syrians"); empty if it has none of its own
// ("Chinese", "British", "Swiss", "French").
std::string Plural(const std::string& demonym) {
  static const std::map<std::string, std::string, std::less<>> kIrregular = {
      {"Motswana", "Batswana"}, {"Mosotho", "Basotho"}};
  if (auto it = kIrregular.find(demonym); it != kIrregular.end()) return it->second;
  for (std::string_view end : {"ese", "sh", "ch", "ss", "s", "x", "z", "ic", "y", "Kiribati", "Vanuatu"}) {
    if (demonym.ends_with(end)) return {};
  }
  return demonym + "s";
}

// "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each.
std::vector<std::string> SplitDemonyms(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t comma = s.find(", ", start);
    std::size_t orw = s.find(" or ", start);
    std::size_t end = std::min(comma, orw);
    out.push_back(Trim(s.substr(start, end == s.npos ? s.npos : end - start)));
    if (end == s.npos) break;
    start = end + (end == comma ? 2 : 4);
  }
  return out;
}

class Generator {
 public:
  void AddName(Country& c, const std::string& raw, int rank) {
    for (std::string part : SplitParenthetical(Trim(raw))) {
      part = Trim(part);
      if (part.find(',') != part.npos) part = Uninvert(part);
      if (part.empty() || !UsableName(part)) continue;
      if (rank == 1 && IsAllCapsShort(part) && !kKeepAcronyms.contains(part)) continue;
      for (const std::string& spelling : {part, FoldToAscii(part)}) {
        if (kSkipNames.contains(spelling)) {
          auto keep = kKeepFor.find(spelling);
          if (keep == kKeepFor.end() || keep->second != c.code) continue;
        }
        if (std::none_of(c.names.begin(), c.names.end(), [&](const Name& n) { return Key(n.text) == Key(spelling); })) {
          c.names.push_back({spelling, rank});
        }
      }
    }
  }

  void AddDemonym(Country& c, const std::string& raw) {
    for (const std::string& d : SplitDemonyms(Trim(raw))) AddOneDemonym(c, d);
  }

  void AddOneDemonym(Country& c, const std::string& d) {
    if (d.empty() || !UsableName(d) || d.find(',') != d.npos) return;
    const bool is_name = std::any_of(c.names.begin(), c.names.end(), [&](const Name& n) { return n.text == d; });
    for (const std::string& form : {d, FoldToAscii(d), is_name ? std::string() : Plural(d),
                                    is_name ? std::string() : Plural(FoldToAscii(d))}) {
      if (form.empty()) continue;
      if (std::find(c.demonyms.begin(), c.demonyms.end(), form) == c.demonyms.end()) {
        c.demonyms.push_back(form);
      }
    }
  }

  Country& Get(const std::string& code) {
    auto [it, inserted] = countries_.try_emplace(code);
    if (inserted) it->second.code = code;
    return it->second;
  }

  void ReadIso(const json& iso) {
    for (const json& e : iso.at("3166-1")) {
      Country& c = Get(Cameo(e.at("alpha_3").get<std::string>()));
      if (e.contains("common_name")) AddName(c, e["common_name"].get<std::string>(), 0);
      AddName(c, e.at("name").get<std::string>(), 0);
      if (e.contains("official_name")) AddName(c, e["official_name"].get<std::string>(), 0);
    }
  }

  void ReadWorld(const json& world) {
    for (const json& e : world) {
      Country& c = Get(Cameo(e.at("cca3").get<std::string>()));
      const json& name = e.at("name");
      const std::string common = name.at("common").get<std::string>();
      if (UsableName(common) && common.find(',') == common.npos) c.canonical = common;
      c.independent = Flag(e, "independent") || Flag(e, "unMember");
      // The common name goes first so that it becomes the canonical name.
      std::vector<Name> before = std::move(c.names);
      c.names.clear();
      AddName(c, common, 0);
      for (Name& n : before) {
        if (std::none_of(c.names.begin(), c.names.end(), [&](const Name& m) { return Key(m.text) == Key(n.text); })) {
          c.names.push_back(std::move(n));
        }
      }
      AddName(c, name.at("official").get<std::string>(), 0);
      for (const json& alt : e.value("altSpellings", json::array())) {
        if (alt.get<std::string>() == e.value("cca2", std::string()) && alt != "US") continue;
        AddName(c, alt.get<std::string>(), 1);
      }
      if (c.independent) {
        for (const json& cap : e.value("capital", json::array())) AddName(c, cap.get<std::string>(), 2);
      }
      if (e.contains("demonyms") && e["demonyms"].contains("eng")) {
        const json& eng = e["demonyms"]["eng"];
        for (const char* key : {"m", "f"}) {
          if (eng.contains(key)) AddDemonym(c, eng[key].get<std::string>());
        }
      }
    }
  }

  // Gives each name claimed by several countries to one of them (see the header comment).
  void ResolveClashes() {
    ResolveNames();
    ResolveDemonyms();
  }

  void Write(std::ostream& out) const {
    out << "# Generated by faultline-gencountries from Debian iso-codes (iso_3166-1.json) and npm\n"
           "# world-countries (countries.json). Do not edit: add to data/actors/countries.txt instead.\n"
           "# Format: docs/dictionaries.md.\n\n";
    for (const auto& [code, c] : countries_) {
      if (c.names.empty()) continue;
      std::vector<std::string> names;
      if (!c.canonical.empty()) names.push_back(c.canonical);
      for (const Name& n : c.names) {
        if (std::none_of(names.begin(), names.end(), [&](const std::string& m) { return Key(m) == Key(n.text); })) {
          names.push_back(n.text);
        }
      }
      out << Join(names) << " => " << code << "\n";
      if (!c.demonyms.empty()) out << "adj: " << Join(c.demonyms) << " => " << code << "\n";
    }
  }

  std::size_t size() const { return countries_.size(); }
  void set_verbose(bool verbose) { verbose_ = verbose; }

 private:
  static std::string Join(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) {
      if (!s.empty()) s += " | ";
      s += x;
    }
    return s;
  }

  void ResolveNames() {
    std::map<std::string, std::vector<std::pair<Country*, int>>> owners;
    for (auto& [code, c] : countries_) {
      for (const Name& n : c.names) owners[Key(n.text)].push_back({&c, n.rank});
    }
    for (auto& [text, list] : owners) {
      if (list.size() < 2) continue;
      std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second < b.second;
        return a.first->independent > b.first->independent;
      });
      const bool tie = list[0].second == list[1].second && list[0].first->independent == list[1].first->independent;
      for (std::size_t i = tie ? 0 : 1; i < list.size(); ++i) {
        auto& names = list[i].first->names;
        std::erase_if(names, [&](const Name& n) { return Key(n.text) == text; });
        if (Key(list[i].first->canonical) == text) list[i].first->canonical.clear();
      }
      if (tie && verbose_) std::cerr << "faultline-gencountries: dropped ambiguous name '" << text << "'\n";
    }
  }

  void ResolveDemonyms() {
    std::map<std::string, std::vector<Country*>> owners;
    for (auto& [code, c] : countries_) {
      for (const std::string& d : c.demonyms) owners[d].push_back(&c);
    }
    for (auto& [text, list] : owners) {
      if (list.size() < 2) continue;
      const auto independent = std::count_if(list.begin(), list.end(), [](Country* c) { return c->independent; });
      for (Country* c : list) {
        if (independent == 1 && c->independent) continue;
        std::erase(c->demonyms, text);
      }
      if (independent != 1 && verbose_) {
        std::cerr << "faultline-gencountries: dropped ambiguous demonym '" << text << "'\n";
      }
    }
  }

  std::map<std::string, Country> countries_;
  bool verbose_ = false;
};

int Usage() {
  std::cerr << "usage: faultline-gencountries --iso iso_3166-1.json --world countries.json --out countries.txt"
               " [--verbose]\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string iso_path = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::string world_path = "node_modules/world-countries/countries.json";
  std::string out_path;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--verbose") {
      verbose = true;
      continue;
    }
    if (i + 1 >= argc) return Usage();
    if (arg == "--iso") {
      iso_path = argv[++i];
    } else if (arg == "--world") {
      world_path = argv[++i];
    } else if (arg == "--out") {
      out_path = argv[++i];
    } else {
      return Usage();
    }
  }
  if (out_path.empty()) return Usage();

  std::string error;
  const auto iso = ReadJson(iso_path,
                            "install the Debian package iso-codes (apt-get install iso-codes)", &error);
  if (!iso) {
    std::cerr << "faultline-gencountries: " << error << "\n";
    return 1;
  }
  const auto world = ReadJson(world_path,
                              "install the npm package world-countries (run `npm install` in the "
                              "source directory, which reads package.json, or `npm install "
                              "world-countries --save`)",
                              &error);
  if (!world) {
    std::cerr << "faultline-gencountries: " << error << "\n";
    return 1;
  }

  Generator gen;
  gen.set_verbose(verbose);
  try {
    gen.ReadIso(*iso);
    gen.ReadWorld(*world);
  } catch (const json::exception& e) {
    std::cerr << "faultline-gencountries: unexpected layout in " << iso_path << " or " << world_path << ": "
              << e.what() << "\n";
    return 1;
  }
  gen.ResolveClashes();

  const std::filesystem::path out_file(out_path);
  if (out_file.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(out_file.parent_path(), ec);
  }
  // Write to a temporary file and rename, so an interrupted run never leaves half a dictionary.
  const std::string tmp = out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      std::cerr << "faultline-gencountries: cannot write " << tmp << "\n";
      return 1;
    }
    gen.Write(out);
    if (!out.flush()) {
      std::cerr << "faultline-gencountries: error writing " << tmp << "\n";
      return 1;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out_path, ec);
  if (ec) {
    std::cerr << "faultline-gencountries: cannot rename " << tmp << " to " << out_path << ": " << ec.message()
              << "\n";
    return 1;
  }
  return 0;
}
