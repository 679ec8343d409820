#include "recognise/timex/lexicon.h"

#include <string_view>

#include "util/flat_map.h"
#include "util/word_filter.h"

namespace faultline::timex {
namespace {

// Looked up once per token of every article: a flat table, not a node-based map. Built
// once and never changed after, so the pointers LookupWord hands out stay valid.
using Table = FlatStringMap<WordInfo>;

void Add(Table& t, std::string_view w, WordClass c, int16_t WordInfo::*field, int v,
         bool plural = false) {
  WordInfo& e = t[w];
  e.cls |= c | (plural ? kPluralFlag : 0u);
  if (field != nullptr) e.*field = static_cast<int16_t>(v);
}

void AddMonths(Table& t) {
  static constexpr std::string_view kNames[12][3] = {{"january", "jan.", "jan"},
                                                     {"february", "feb.", "feb"},
                                                     {"march", "mar.", ""},
                                                     {"april", "apr.", "apr"},
                                                     {"may", "", ""},
                                                     {"june", "jun.", "jun"},
                                                     {"july", "jul.", "jul"},
                                                     {"august", "aug.", "aug"},
                                                     {"september", "sept.", "sep."},
                                                     {"october", "oct.", "oct"},
                                                     {"november", "nov.", "nov"},
                                                     {"december", "dec.", "dec"}};
  for (int m = 0; m < 12; ++m) {
    for (std::string_view w : kNames[m]) {
      if (!w.empty()) Add(t, w, kMonth, &WordInfo::month, m + 1);
    }
  }
  Add(t, "sept", kMonth, &WordInfo::month, 9);
}

void AddWeekdays(Table& t) {
  static constexpr std::string_view kNames[7][4] = {
      {"monday", "mon.", "", ""},    {"tuesday", "tue.", "tues.", "tues"},
      {"wednesday", "wed.", "", ""}, {"thursday", "thu.", "thur.", "thurs."},
      {"friday", "fri.", "", ""},    {"saturday", "sat.", "", ""},
      {"sunday", "sun.", "", ""}};
  static constexpr std::string_view kPlural[7] = {"mondays", "tuesdays",  "wednesdays", "thursdays",
                                                  "fridays", "saturdays", "sundays"};
  for (int d = 0; d < 7; ++d) {
    for (std::string_view w : kNames[d]) {
      if (!w.empty()) Add(t, w, kWeekday, &WordInfo::weekday, d + 1);
    }
    Add(t, kPlural[d], kWeekday, &WordInfo::weekday, d + 1, true);
  }
}

void AddUnits(Table& t) {
  struct U {
    std::string_view one, many;
    Unit u;
  };
  static constexpr U kUnits[] = {{"second", "seconds", kSecond},
                                 {"minute", "minutes", kMinute},
                                 {"hour", "hours", kHour},
                                 {"day", "days", kDay},
                                 {"week", "weeks", kWeek},
                                 {"weekend", "weekends", kWeekend},
                                 {"fortnight", "fortnights", kFortnight},
                                 {"month", "months", kMonthUnit},
                                 {"quarter", "quarters", kQuarter},
                                 {"half", "halves", kHalf},
                                 {"year", "years", kYear},
                                 {"decade", "decades", kDecade},
                                 {"century", "centuries", kCentury},
                                 {"millennium", "millennia", kMillennium},
                                 {"yr", "yrs", kYear},
                                 {"hr", "hrs", kHour},
                                 {"min", "mins", kMinute}};
  for (const U& u : kUnits) {
    Add(t, u.one, kUnit, &WordInfo::unit, u.u);
    Add(t, u.many, kUnit, &WordInfo::unit, u.u, true);
  }
  Add(t, "night", kUnit, &WordInfo::unit, kDay);
  Add(t, "nights", kUnit, &WordInfo::unit, kDay, true);
  static constexpr std::pair<std::string_view, Unit> kSets[] = {
      {"hourly", kHour},        {"daily", kDay},
      {"nightly", kDay},        {"weekly", kWeek},
      {"monthly", kMonthUnit},  {"yearly", kYear},
      {"biweekly", kFortnight}, {"fortnightly", kFortnight}};
  for (const auto& [w, u] : kSets) Add(t, w, kSetWord, &WordInfo::set_unit, u);
}

void AddNumbers(Table& t) {
  static constexpr std::string_view kOnes[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) Add(t, kOnes[i], kNumWord, &WordInfo::num, i);
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 8; ++i) Add(t, kTens[i], kNumWord, &WordInfo::num, (i + 2) * 10);
  Add(t, "hundred", kNumWord, &WordInfo::num, 100);
  Add(t, "thousand", kNumWord, &WordInfo::num, 1000);
  Add(t, "dozen", kNumWord, &WordInfo::num, 12);
  static constexpr std::string_view kOrd[] = {
      "first",     "second",      "third",      "fourth",     "fifth",
      "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
      "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (int i = 0; i < 20; ++i) Add(t, kOrd[i], kOrdWord, &WordInfo::ord, i + 1);
  Add(t, "thirtieth", kOrdWord, &WordInfo::ord, 30);
  static constexpr std::string_view kVagueWords[] = {"several", "few",      "many",   "some",
                                                     "couple",  "numerous", "recent", "past"};
  for (std::string_view w : kVagueWords) Add(t, w, kVague, nullptr, 0);
}

void AddDeixis(Table& t) {
  Add(t, "today", kDeictic, &WordInfo::deictic, kToday);
  Add(t, "yesterday", kDeictic, &WordInfo::deictic, kYesterday);
  Add(t, "tomorrow", kDeictic, &WordInfo::deictic, kTomorrow);
  Add(t, "tonight", kDeictic, &WordInfo::deictic, kTonight);
  // Only the words the rules use: a class makes a token a place where matching starts.
  static constexpr std::pair<std::string_view, Ref> kRefs[] = {
      {"now", kPresentRef},      {"currently", kPresentRef}, {"current", kPresentRef},
      {"nowadays", kPresentRef}, {"presently", kPresentRef}, {"recently", kPastRef},
      {"formerly", kPastRef},    {"lately", kPastRef},       {"future", kFutureRef},
      {"soon", kFutureRef}};
  for (const auto& [w, r] : kRefs) Add(t, w, kRef, &WordInfo::ref, r);
  static constexpr std::pair<std::string_view, PartOfDay> kPods[] = {{"morning", kMorning},
                                                                     {"mornings", kMorning},
                                                                     {"afternoon", kAfternoon},
                                                                     {"afternoons", kAfternoon},
                                                                     {"evening", kEvening},
                                                                     {"evenings", kEvening},
                                                                     {"night", kNight},
                                                                     {"nights", kNight},
                                                                     {"noon", kNoon},
                                                                     {"midday", kNoon},
                                                                     {"midnight", kMidnight},
                                                                     {"overnight", kNight},
                                                                     {"mid-afternoon", kAfternoon}};
  for (const auto& [w, p] : kPods) Add(t, w, kPartOfDay, &WordInfo::pod, p);
}

void AddModifiers(Table& t) {
  static constexpr std::pair<std::string_view, Shift> kShifts[] = {
      {"last", kLast},      {"this", kThis},         {"next", kNext},
      {"past", kPast},      {"previous", kPrevious}, {"following", kFollowing},
      {"coming", kNext},    {"current", kCurrent},   {"latest", kLast},
      {"prior", kPrevious}, {"upcoming", kNext},     {"preceding", kPrevious}};
  for (const auto& [w, s] : kShifts) Add(t, w, kShift, &WordInfo::shift, s);
  static constexpr std::pair<std::string_view, Mod> kMods[] = {
      {"early", kEarly},     {"mid", kMid},       {"late", kLate},
      {"beginning", kStart}, {"start", kStart},   {"end", kEnd},
      {"middle", kMid},      {"earlier", kEarly}, {"later", kLate}};
  for (const auto& [w, m] : kMods) Add(t, w, kMod, &WordInfo::mod, m);
  static constexpr std::string_view kApproxWords[] = {
      "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over",  "under",
      "just",  "only",   "barely", "fully",  "another", "more",          "less", "fewer", "at",
      "up",    "well",   "no",     "as",     "a"};
  for (std::string_view w : kApproxWords) Add(t, w, kApprox, nullptr, 0);
  static constexpr std::pair<std::string_view, Dir> kDirs[] = {
      {"ago", kAgo},     {"earlier", kEarlier}, {"later", kLater},     {"before", kBefore},
      {"after", kAfter}, {"hence", kHence},     {"afterward", kLater}, {"afterwards", kLater}};
  for (const auto& [w, d] : kDirs) Add(t, w, kDir, &WordInfo::dir, d);
  static constexpr std::pair<std::string_view, Season> kSeasons[] = {{"spring", kSpring},
                                                                     {"summer", kSummer},
                                                                     {"fall", kFall},
                                                                     {"autumn", kFall},
                                                                     {"winter", kWinter}};
  for (const auto& [w, s] : kSeasons) Add(t, w, kSeason, &WordInfo::season, s);
  for (std::string_view w : {"every", "each", "per"}) Add(t, w, kQuant, nullptr, 0);
  static constexpr std::pair<std::string_view, Holiday> kHolidays[] = {
      {"christmas", kChristmas}, {"thanksgiving", kThanksgiving}, {"halloween", kHalloween}};
  for (const auto& [w, h] : kHolidays) Add(t, w, kHoliday, &WordInfo::holiday, h);
}

const Table& BuildTable() {
  static const Table* table = [] {
    auto* t = new Table();
    AddMonths(*t);
    AddWeekdays(*t);
    AddUnits(*t);
    AddNumbers(*t);
    AddDeixis(*t);
    AddModifiers(*t);
    return t;
  }();
  return *table;
}

// The table's few hundred words: nearly every token of news is none of them.
const WordFilter& TableWords() {
  static const WordFilter* filter = new WordFilter(WordFilter::OfKeys(BuildTable()));
  return *filter;
}

}  // namespace

const WordInfo* LookupWord(std::string_view norm) {
  if (norm.empty() || norm.size() > 14 || !TableWords().MayContain(norm)) return nullptr;
  const Table& t = BuildTable();
  return t.Find(norm);
}

const char* UnitLetter(int unit) {
  switch (unit) {
    case kSecond:
      return "S";
    case kMinute:
      return "M";
    case kHour:
      return "H";
    case kDay:
      return "D";
    case kWeek:
      return "W";
    case kWeekend:
      return "WE";
    case kFortnight:
      return "W";
    case kMonthUnit:
      return "M";
    case kQuarter:
      return "Q";
    case kHalf:
      return "H";
    case kYear:
      return "Y";
    case kDecade:
      return "DE";
    case kCentury:
      return "CE";
    case kMillennium:
      return "L";
    default:
      return "X";
  }
}

bool UnitIsTime(int unit) { return unit == kSecond || unit == kMinute || unit == kHour; }

}  // namespace faultline::timex
