#include "recognise/timex/elements.h"

#include "util/flat_map.h"

namespace faultline::timex {
namespace {

bool Has(const Atom& a, WordClass c) { return a.word != nullptr && (a.word->cls & c); }

// Multi-word approximators; single words come from the lexicon (kApprox).
int MatchApprox(const std::vector<Atom>& a, size_t i) {
  static constexpr std::string_view kPairs[][3] = {
      {"more", "than", ""},   {"less", "than", ""},    {"fewer", "than", ""},
      {"at", "least", ""},    {"up", "to", ""},        {"at", "most", ""},
      {"well", "over", ""},   {"no", "more", "than"},  {"no", "less", "than"},
      {"as", "many", "as"},   {"as", "much", "as"},    {"as", "long", "as"},
      {"as", "little", "as"}, {"a", "little", "over"}, {"just", "over", ""},
      {"just", "under", ""}};
  static constexpr std::string_view kSingle[] = {
      "about", "around", "nearly", "almost", "roughly", "approximately", "some",
      "over",  "under",  "barely", "fully",  "another", "only",          "just"};
  // Asked at every candidate token: its first word decides in one lookup whether any
  // pair (tried first, as they are longer) or single word can match at all.
  enum : uint8_t { kStartsPair = 1, kIsSingle = 2 };
  static const auto* kFirst = [] {
    auto* first = new FlatStringMap<uint8_t>();
    for (const auto& p : kPairs) (*first)[p[0]] |= kStartsPair;
    for (std::string_view w : kSingle) (*first)[w] |= kIsSingle;
    return first;
  }();
  const uint8_t* kind = kFirst->Find(a[i].norm);
  if (kind == nullptr) return 0;
  if (*kind & kStartsPair) {
    for (const auto& p : kPairs) {
      size_t n = p[2].empty() ? 2 : 3;
      if (i + n > a.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) ok = a[i + k].norm == p[k];
      if (ok) return static_cast<int>(n);
    }
  }
  return (*kind & kIsSingle) ? 1 : 0;
}

int MatchVague(const std::vector<Atom>& a, size_t i, Match& m) {
  std::string_view w = a[i].norm;
  if ((w == "a" || w == "the") && i + 1 < a.size() && a[i + 1].norm == "few") {
    m.vague = true;
    return 2;
  }
  if (w == "several" || w == "few" || w == "many" || w == "some" || w == "numerous") {
    m.vague = true;
    return 1;
  }
  return 0;
}

int MatchClock(const std::vector<Atom>& a, size_t i, Match& m) {
  size_t j = i;
  if (a[i].clock_h >= 0) {
    m.hour = a[i].clock_h;
    m.minute = a[i].clock_m;
    ++j;
  } else if (a[i].digits >= 1 && a[i].digits <= 12 && a[i].ndigits <= 2 && i + 1 < a.size() &&
             (a[i + 1].norm == "a.m." || a[i + 1].norm == "p.m." || a[i + 1].norm == "am" ||
              a[i + 1].norm == "pm" || a[i + 1].norm == "o'clock")) {
    m.hour = a[i].digits;
    m.minute = 0;
    ++j;
  } else if (a[i].norm == "noon" || a[i].norm == "midday") {
    m.hour = 12;
    m.minute = 0;
    return 1;
  } else if (a[i].norm == "midnight") {
    m.hour = 24;
    m.minute = -1;
    return 1;
  } else {
    return 0;
  }
  if (j < a.size()) {
    std::string_view w = a[j].norm;
    if (w == "p.m." || w == "pm") {
      if (m.hour < 12) m.hour += 12;
      ++j;
    } else if (w == "a.m." || w == "am") {
      if (m.hour == 12) m.hour = 0;
      ++j;
    } else if (w == "o'clock") {
      ++j;
    } else if (a[i].clock_h < 0) {
      return 0;
    }
  }
  static constexpr std::string_view kZones[] = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst",
                                                "pdt", "gmt", "utc", "et",  "bst", "cet"};
  if (j < a.size()) {
    for (std::string_view z : kZones) {
      if (a[j].norm == z) {
        ++j;
        break;
      }
    }
  }
  return static_cast<int>(j - i);
}

}  // namespace

int MatchElem(const Element& e, const std::vector<Atom>& a, size_t i, Match& m) {
  if (i >= a.size()) return 0;
  const Atom& t = a[i];
  const WordInfo* w = t.word;
  switch (e.type) {
    case Elem::kLiteral:
      for (uint8_t k = 0; k < e.nwords; ++k) {
        if (t.norm == e.words[k]) {
          // A literal shifter ("the following|previous UNIT1") still says which way.
          if (Has(t, kShift) && m.shift == 0) m.shift = w->shift;
          return 1;
        }
      }
      return 0;
    case Elem::kMonth:
      if (!Has(t, kMonth) || !t.cap) return 0;
      m.month = w->month;
      // "May" the modal, "March" the verb, "Jan" the name: alone they need context.
      if (t.norm == "may" || t.norm == "march" ||
          (t.norm.size() <= 4 && t.norm != "june" && t.norm != "july" && t.norm.back() != '.')) {
        m.weak = true;
      }
      return 1;
    case Elem::kWeekday:
      if (!Has(t, kWeekday) || !t.cap) return 0;
      m.weekday = w->weekday;
      m.plural = (w->cls & kPluralFlag) != 0;
      return 1;
    case Elem::kSeason:
      if (!Has(t, kSeason)) return 0;
      m.season = w->season;
      return 1;
    case Elem::kUnit:
    case Elem::kUnits:
    case Elem::kUnit1: {
      if (!Has(t, kUnit)) return 0;
      const bool plural = (w->cls & kPluralFlag) != 0;
      if ((e.type == Elem::kUnits && !plural) || (e.type == Elem::kUnit1 && plural)) return 0;
      m.unit = w->unit;
      m.plural = plural;
      return 1;
    }
    case Elem::kNum:
    case Elem::kNumA: {
      double v = 0;
      int n = ParseCardinal(a, i, &v);
      if (n == 0 && e.type == Elem::kNumA && (t.norm == "a" || t.norm == "an")) {
        v = 1;
        n = 1;
      }
      if (n == 0) return 0;
      if (m.num >= 0) {
        m.num2 = v;
      } else {
        m.num = v;
      }
      return n;
    }
    case Elem::kVague:
      return MatchVague(a, i, m);
    case Elem::kDay: {
      int d = 0;
      int n = 0;
      if (t.digits >= 1 && t.digits <= 31 && t.ndigits <= 2) {
        d = t.digits;
        n = 1;
      } else {
        n = ParseOrdinal(a, i, &d);
      }
      if (n == 0 || d < 1 || d > 31) return 0;
      m.day = d;
      return n;
    }
    case Elem::kYear: {
      int y = 0;
      const int n = ParseYear(a, i, &y);
      if (n > 0) m.year = y;
      return n;
    }
    case Elem::kDecade:
      if (t.decade >= 0) {
        m.decade = t.decade;
        return 1;
      }
      if ((t.norm == "'" || t.norm == "’") && i + 1 < a.size() && a[i + 1].decade >= 0 &&
          !a[i + 1].space_before) {
        m.decade = a[i + 1].decade;
        return 2;
      }
      return 0;
    case Elem::kOrd: {
      int o = 0;
      const int n = ParseOrdinal(a, i, &o);
      if (n > 0) m.ord = o;
      return n;
    }
    case Elem::kShift:
      if (!Has(t, kShift)) return 0;
      m.shift = w->shift;
      return 1;
    case Elem::kMod:
      if (!Has(t, kMod)) return 0;
      m.mod = w->mod;
      return 1;
    case Elem::kApprox: {
      const int n = MatchApprox(a, i);
      if (n > 0) m.approx = true;
      return n;
    }
    case Elem::kPartOfDay:
      if (!Has(t, kPartOfDay)) return 0;
      m.pod = w->pod;
      return 1;
    case Elem::kClock:
      return MatchClock(a, i, m);
    case Elem::kDeictic:
      if (!Has(t, kDeictic)) return 0;
      m.deictic = w->deictic;
      return 1;
    case Elem::kRef:
      if (!Has(t, kRef)) return 0;
      m.ref = w->ref;
      return 1;
    case Elem::kDir:
      if (!Has(t, kDir)) return 0;
      // "two days after the attack": a preposition, the timex is only "two days".
      if ((w->dir == kBefore || w->dir == kAfter) && i + 1 < a.size() && !a[i + 1].punct) return 0;
      m.dir = w->dir;
      return 1;
    case Elem::kSetWord:
      if (!Has(t, kSetWord)) return 0;
      m.set_unit = w->set_unit;
      return 1;
    case Elem::kQuant:
      return Has(t, kQuant) ? 1 : 0;
    case Elem::kHoliday:
      if (!Has(t, kHoliday) || !t.cap) return 0;
      m.holiday = w->holiday;
      return 1;
    case Elem::kMm:
      if (t.digits < 1 || t.digits > 12 || t.ndigits > 2) return 0;
      m.month = t.digits;
      return 1;
    case Elem::kDd:
      if (t.digits < 1 || t.digits > 31 || t.ndigits > 2) return 0;
      m.day = t.digits;
      return 1;
  }
  return 0;
}

namespace {

uint64_t Bit(Elem e) { return uint64_t{1} << static_cast<int>(e); }

// Element types that may match at atom i: a cheap over-approximation of MatchElem. Every
// element the grammar tries is first checked against them, so they must stay a superset.
uint64_t ComputeStartBits(const std::vector<Atom>& a, size_t i) {
  const Atom& t = a[i];
  uint64_t b = uint64_t{1} << (32 + LiteralBucket(t.norm));
  // The lexicon marks every word an approximator or vague count can start with.
  if (Has(t, kApprox) && MatchApprox(a, i) > 0) b |= Bit(Elem::kApprox);
  if (Has(t, kVague) ||
      ((t.norm == "a" || t.norm == "the") && i + 1 < a.size() && a[i + 1].norm == "few")) {
    b |= Bit(Elem::kVague);
  }
  if (t.digits >= 0 || t.number >= 0) {
    b |= Bit(Elem::kNum) | Bit(Elem::kNumA) | Bit(Elem::kDay) | Bit(Elem::kYear) |
         Bit(Elem::kClock) | Bit(Elem::kMm) | Bit(Elem::kDd);
  }
  if (t.ord_digits > 0) b |= Bit(Elem::kDay) | Bit(Elem::kOrd);
  if (t.decade >= 0 || t.norm == "'" || t.norm == "’") b |= Bit(Elem::kDecade) | Bit(Elem::kYear);
  if (t.clock_h >= 0) b |= Bit(Elem::kClock);
  if (t.norm == "a" || t.norm == "an" || t.norm == "couple") {
    b |= Bit(Elem::kNumA) | Bit(Elem::kNum);
  }
  const WordInfo* w = t.word;
  if (w == nullptr) return b;
  const uint32_t c = w->cls;
  if (c & kMonth) b |= Bit(Elem::kMonth);
  if (c & kWeekday) b |= Bit(Elem::kWeekday);
  if (c & kSeason) b |= Bit(Elem::kSeason);
  if (c & kUnit) b |= Bit(Elem::kUnit) | Bit(Elem::kUnits) | Bit(Elem::kUnit1);
  if (c & kNumWord) {
    b |= Bit(Elem::kNum) | Bit(Elem::kNumA) | Bit(Elem::kDay) | Bit(Elem::kYear) | Bit(Elem::kOrd);
  }
  if (c & kOrdWord) b |= Bit(Elem::kDay) | Bit(Elem::kOrd);
  if (c & kPartOfDay) b |= Bit(Elem::kPartOfDay) | Bit(Elem::kClock);
  if (c & kDeictic) b |= Bit(Elem::kDeictic);
  if (c & kRef) b |= Bit(Elem::kRef);
  if (c & kShift) b |= Bit(Elem::kShift);
  if (c & kMod) b |= Bit(Elem::kMod);
  if (c & kDir) b |= Bit(Elem::kDir);
  if (c & kSetWord) b |= Bit(Elem::kSetWord);
  if (c & kQuant) b |= Bit(Elem::kQuant);
  if (c & kHoliday) b |= Bit(Elem::kHoliday);
  return b;
}

}  // namespace

uint64_t StartBits(const std::vector<Atom>& a, size_t i) {
  const Atom& t = a[i];
  if (t.start_bits != 0) return t.start_bits;
  t.start_bits = ComputeStartBits(a, i);
  return t.start_bits;
}

}  // namespace faultline::timex
