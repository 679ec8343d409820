#include "recognise/counts/count_lexicon.h"

#include <initializer_list>

#include "util/flat_map.h"

namespace faultline {
namespace {

using Words = std::initializer_list<std::string_view>;

// Every table is asked of most tokens near a number, nearly always to miss: flat tables,
// whose miss is one hash and a probe or two, not node-based maps with a std::hash each.
using WordSet = FlatStringMap<uint8_t>;

const WordSet* MakeSet(Words words) {
  auto* set = new WordSet();
  for (std::string_view w : words) (*set)[w] = 1;
  return set;
}

const FlatStringMap<CountCue>& Cues() {
  static const auto* table = [] {
    auto* t = new FlatStringMap<CountCue>();
    auto add = [&](std::string_view cat, uint8_t roles, Words forms) {
      for (auto f : forms) {
        CountCue& c = (*t)[f];
        c.category = cat;
        c.roles |= roles;
      }
    };
    constexpr uint8_t kObj = kCueObject, kSubj = kCueSubject, kPred = kCuePredicate;
    // Transitive verbs: base, third person and gerund take the counted group as object;
    // the past form is also a participle said of it ("were killed", "10 people killed").
    auto transitive = [&](std::string_view cat, Words active, Words past, uint8_t extra = 0) {
      add(cat, kObj | extra, active);
      add(cat, kObj | kPred | extra, past);
    };
    transitive("killed", {"kill", "kills", "killing"}, {"killed"});
    transitive("killed", {"murder", "murders", "murdering"}, {"murdered"});
    transitive("killed", {"massacre", "massacres", "massacring"}, {"massacred", "slain"});
    transitive("killed", {"execute", "executes", "executing"}, {"executed"});
    add("killed", kSubj, {"die", "dies", "died", "dying", "perish", "perished", "perishes"});
    add("killed", kPred, {"dead"});
    add("killed", kCueHead, {"deaths", "death", "fatalities", "bodies", "casualties", "dead"});
    add("killed", kCueOfNoun, {"deaths", "death", "killing", "killings", "massacre", "murder"});
    transitive("injured", {"injure", "injures", "injuring"}, {"injured"});
    transitive("injured", {"wound", "wounds", "wounding"}, {"wounded"});
    transitive("injured", {"hurt", "hurts", "hurting"}, {"hurt"});
    add("injured", kCueHead, {"injuries", "wounded", "injured"});
    add("missing", kPred, {"missing", "unaccounted"});
    transitive("abducted", {"abduct", "abducts", "abducting"}, {"abducted"});
    transitive("abducted", {"kidnap", "kidnaps", "kidnapping"}, {"kidnapped"});
    add("abducted", kCueHead, {"hostages", "abductees"});
    add("abducted", kCueOfNoun, {"abduction", "kidnapping"});
    transitive("arrested", {"arrest", "arrests", "arresting"}, {"arrested"});
    transitive("arrested", {"detain", "detains", "detaining"}, {"detained"});
    transitive("arrested", {"jail", "jails", "jailing"}, {"jailed"});
    add("arrested", kCueHead, {"arrests", "detainees"});
    add("arrested", kCueOfNoun, {"arrest", "arrests", "detention"});
    transitive("displaced", {"displace", "displaces", "displacing"}, {"displaced"});
    transitive("displaced", {"uproot", "uproots", "uprooting"}, {"uprooted"});
    add("displaced", kCueHead, {"idps", "idp", "displacements", "displaced", "refugees"});
    add("displaced", kCueOfNoun, {"displacement", "displacements"});
    add("fled", kSubj | kPred, {"flee", "flees", "fled", "fleeing", "escape", "escaped",
                                "escaping", "escapes"});
    // Evacuate, relocate and shelter are both transitive and intransitive.
    add("evacuated", kObj | kSubj | kPred, {"evacuate", "evacuates", "evacuated", "evacuating"});
    add("evacuated", kCueHead, {"evacuees"});
    add("evacuated", kCueOfNoun, {"evacuation", "evacuations"});
    add("sheltered", kObj | kSubj | kPred, {"shelter", "shelters", "sheltered", "sheltering"});
    add("sheltered", kObj | kPred, {"accommodated", "housed", "accommodating"});
    add("relocated", kObj | kSubj | kPred, {"relocate", "relocates", "relocated", "relocating",
                                            "resettle", "resettles", "resettled", "resettling"});
    add("relocated", kSubj, {"migrate", "migrates", "migrated", "migrating"});
    add("relocated", kCueOfNoun, {"relocation", "resettlement"});
    add("homeless", kPred, {"homeless", "shelterless"});
    // Returns are reported beside displacement (IOM, IDMC): "6,700 people returned".
    add("returned", kSubj | kPred, {"return", "returns", "returned", "returning"});
    add("returned", kCueHead, {"returnees"});
    constexpr uint8_t kHouse = kCueHousing;
    transitive("housing_destroyed", {"destroy", "destroys", "destroying"}, {"destroyed"}, kHouse);
    transitive("housing_destroyed", {"raze", "razes", "razing"}, {"razed"}, kHouse);
    transitive("housing_destroyed", {"flatten", "flattens", "flattening"}, {"flattened"}, kHouse);
    transitive("housing_destroyed", {"demolish", "demolishes", "demolishing"}, {"demolished"},
               kHouse);
    add("housing_destroyed", kSubj | kPred | kHouse, {"collapsed", "collapse", "burnt", "burned"});
    transitive("housing_damaged", {"damage", "damages", "damaging"}, {"damaged"}, kHouse);
    add("housing_damaged", kPred | kHouse, {"flooded", "inundated"});
    add("uninhabitable", kPred | kHouse, {"uninhabitable"});
    transitive("affected", {"affect", "affects", "affecting"}, {"affected"});
    add("population", kCueOfNoun, {"population"});
    return t;
  }();
  return *table;
}

const FlatStringMap<CountUnit>& Units() {
  static const auto* table = [] {
    auto* t = new FlatStringMap<CountUnit>();
    for (auto w : Words{
             "people", "persons", "person", "individuals", "individual", "residents", "inhabitants",
             "villagers", "civilians", "civilian", "children", "child", "kids", "women", "men",
             "adults", "girls", "boys", "babies", "infants", "orphans", "refugees", "migrants",
             "idps", "idp", "evacuees", "returnees", "students", "pupils", "soldiers", "troops",
             "servicemen", "militants", "fighters", "rebels", "insurgents", "jihadists", "gunmen",
             "policemen", "officers", "protesters", "protestors", "demonstrators", "workers",
             "miners", "farmers", "herders", "fishermen", "passengers", "pilgrims", "worshippers",
             "members", "supporters", "journalists", "victims", "casualties", "deaths",
             "fatalities", "bodies", "detainees", "prisoners", "hostages", "suspects", "tourists",
             "nationals", "citizens", "locals", "employees", "doctors", "patients", "teachers",
             "displacements", "injuries", "lives", "arrests",
             "abductees", "mineros", "personas", "personnes", "individus", "survivors",
             "occupants", "dwellers", "squatters", "settlers", "pastoralists", "peasants"}) {
      (*t)[w] = CountUnit::kPeople;
    }
    for (auto w : Words{"families", "family", "households", "household", "familias", "familles",
                        "familis", "menages"}) {
      (*t)[w] = CountUnit::kHouseholds;
    }
    for (auto w : Words{"houses", "house", "homes", "home", "buildings", "dwellings", "shelters",
                        "huts", "structures", "apartments", "flats", "residences", "homesteads",
                        "housing", "casas", "maisons"}) {
      (*t)[w] = CountUnit::kHouses;
    }
    return t;
  }();
  return *table;
}

const WordSet& Transparent() {
  static const auto* set = MakeSet({
      "be", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "get",
      "got", "gotten", "remain", "remains", "remained", "remaining", "become", "became",
      "becomes", "left", "leaving", "made", "rendered", "reported", "reportedly", "estimated",
      "believed", "thought", "feared", "expected", "confirmed", "registered", "verified",
      "recorded", "forced", "force", "forcing", "ordered", "need", "needed", "needing",
      "continue", "continued", "continues", "seem", "seemed", "appear", "appeared", "still",
      "said", "known", "presumed", "listed", "counted", "found", "taken", "to", "not", "already",
      "also", "now", "newly", "temporarily", "currently", "officially", "allegedly", "pre",
      "-", "emptively", "preemptively", "pre-emptively", "safely", "again", "later", "all",
      "both", "who", "that", "which", "would", "could", "may", "might", "will", "can", "must",
      "should", "likely", "unlikely", "expected", "feared", "internally", "being", "all",
      "forcibly", "just", "only", "since", "so", "far", "far,", "subsequently", "then"});
  return *set;
}

const WordSet& NonCountBefore() {
  static const auto* set = MakeSet({
      "$", "£", "€", "¥", "us$", "usd", "eur", "rs", "rs.", "inr", "aged", "age", "ages",
      "no.", "number", "route", "highway", "flight", "resolution", "article", "chapter", "page",
      "category", "magnitude", "level", "phase", "grade", "room", "gate", "platform", "code",
      "#", "covid", "sdg", "g", "mh", "f", "su", "mig", "boeing", "airbus", "rs"});
  return *set;
}

const WordSet& NonCountAfter() {
  static const auto* set = MakeSet({
      "%", "percent", "per", "pc", "pct", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "bst",
      "utc", "km", "kilometres", "kilometers", "kilometre", "kilometer", "km/h", "kph", "mph",
      "miles", "mile", "metres", "meters", "metre", "meter", "m", "cm", "mm", "millimetres",
      "kg", "kilograms", "tonnes", "tons", "tonne", "ton", "hectares", "acres", "degrees",
      "magnitude", "points", "times", "years", "year", "months", "month", "weeks", "week",
      "days", "day", "hours", "hour", "minutes", "minute", "seconds", "decades", "centuries",
      "votes", "seats", "st", "nd", "rd", "th", "dollars", "dollar", "euros", "euro", "pounds",
      "yuan", "rupees", "francs", "shillings", "naira", "cedis", "pesos", "riyals", "dinars",
      "usd", "bn", "mn", "feet", "ft", "inches", "litres", "liters", "gallons", "barrels",
      "mw", "gw", "kw", "calibre", "caliber", "mm.", "km.", "storeys", "floors"});
  return *set;
}

const WordSet& Months() {
  static const auto* set = MakeSet({
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec"});
  return *set;
}

}  // namespace

const char* CountUnitName(CountUnit unit) {
  switch (unit) {
    case CountUnit::kPeople: return "people";
    case CountUnit::kHouseholds: return "households";
    case CountUnit::kHouses: return "houses";
    case CountUnit::kNone: break;
  }
  return "";
}

const CountCue* FindCountCue(std::string_view norm) { return Cues().Find(norm); }

CountUnit FindUnitNoun(std::string_view norm) {
  const CountUnit* unit = Units().Find(norm);
  return unit ? *unit : CountUnit::kNone;
}

bool IsTransparentWord(std::string_view norm) { return Transparent().Find(norm) != nullptr; }
bool IsNonCountBefore(std::string_view norm) { return NonCountBefore().Find(norm) != nullptr; }
bool IsNonCountAfter(std::string_view norm) { return NonCountAfter().Find(norm) != nullptr; }
bool IsMonth(std::string_view norm) { return Months().Find(norm) != nullptr; }

namespace count_lexicon_internal {

const Phrase* Qualifiers(uint32_t* count) {
  static const Phrase kPhrases[] = {
      {{"more", "than"}, 2, "more_than"},      {{"over"}, 1, "more_than"},
      {{"above"}, 1, "more_than"},             {{"in", "excess", "of"}, 3, "more_than"},
      {{"upwards", "of"}, 2, "more_than"},     {{"greater", "than"}, 2, "more_than"},
      {{"exceeding"}, 1, "more_than"},         {{"at", "least"}, 2, "at_least"},
      {{"no", "fewer", "than"}, 3, "at_least"}, {{"no", "less", "than"}, 3, "at_least"},
      {{"not", "less", "than"}, 3, "at_least"}, {{"a", "minimum", "of"}, 3, "at_least"},
      {{"about"}, 1, "about"},                 {{"around"}, 1, "about"},
      {{"some"}, 1, "about"},                  {{"approximately"}, 1, "about"},
      {{"roughly"}, 1, "about"},               {{"nearly"}, 1, "about"},
      {{"almost"}, 1, "about"},                {{"an", "estimated"}, 2, "about"},
      {{"estimated"}, 1, "about"},             {{"close", "to"}, 2, "about"},
      {{"approx."}, 1, "about"},               {{"circa"}, 1, "about"},
      {{"an", "approximate"}, 2, "about"},     {{"up", "to"}, 2, "at_most"},
      {{"as", "many", "as"}, 3, "at_most"},    {{"at", "most"}, 2, "at_most"},
      {{"no", "more", "than"}, 3, "at_most"},  {{"not", "more", "than"}, 3, "at_most"},
      {{"a", "maximum", "of"}, 3, "at_most"},  {{"fewer", "than"}, 2, "fewer_than"},
      {{"less", "than"}, 2, "fewer_than"},     {{"under"}, 1, "fewer_than"},
      {{"below"}, 1, "fewer_than"},            {{"between"}, 1, "between"},
      {{"from"}, 1, "between"},
  };
  constexpr uint32_t kCount = sizeof(kPhrases) / sizeof(kPhrases[0]);
  static_assert(kCount <= 64, "QualifiersEndingIn keeps one bit a phrase");
  *count = kCount;
  return kPhrases;
}

uint64_t QualifiersEndingIn(std::string_view word) {
  static const auto* table = [] {
    auto* t = new FlatStringMap<uint64_t>();
    uint32_t n = 0;
    const Phrase* phrases = Qualifiers(&n);
    for (uint32_t p = 0; p < n; ++p) {
      (*t)[phrases[p].words[phrases[p].size - 1]] |= uint64_t{1} << p;
    }
    return t;
  }();
  const uint64_t* bits = table->Find(word);
  return bits ? *bits : 0;
}

}  // namespace count_lexicon_internal
}  // namespace faultline
