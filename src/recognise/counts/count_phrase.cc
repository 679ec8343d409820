#include "recognise/counts/count_phrase.h"

namespace faultline {
namespace {

bool IsAnyOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (auto x : words) {
    if (w == x) return true;
  }
  return false;
}

// Words that may stand between a qualifier and its number: "about another 73,000".
bool IsFiller(std::string_view w) {
  return IsAnyOf(w, {"another", "additional", "further", "a", "an", "extra"});
}

// A plural demonym or group name written with a capital: "Afghans", "Iraqis", "Syrians".
bool IsCapitalisedPlural(const Token& t) {
  return t.capitalised && t.pos == Pos::kProperNoun && t.norm.size() > 3 && t.norm.back() == 's';
}

bool CanModifyHead(const Token& t) {
  switch (t.pos) {
    case Pos::kAdj:
    case Pos::kNoun:
    case Pos::kProperNoun:
    case Pos::kAdv:
      return true;
    case Pos::kVerb:  // participles the tagger left as verbs: "displaced people"
      return t.verb_past_participle || t.verb_gerund;
    case Pos::kPunct:
      return t.norm == "-";
    default:
      return false;
  }
}

// Finds the counted noun from token j on: "people", "Idlib residents", "internally
// displaced persons", "conflict-related displacements". Returns kNoToken when none.
// Text extracted from PDFs glues words: "1.5 million peoplecould", "96,000 peoplebetwe".
CountUnit GluedUnit(const Token& t) {
  for (std::string_view unit : {"people", "persons", "families", "households"}) {
    if (t.norm.size() > unit.size() + 2 && std::string_view(t.norm).starts_with(unit) &&
        t.pos != Pos::kProperNoun) {
      return FindUnitNoun(unit);
    }
  }
  return CountUnit::kNone;
}

uint32_t FindHead(const std::vector<Token>& toks, uint32_t j, uint32_t se, CountUnit* unit) {
  for (uint32_t k = j; k < se && k < j + 5; ++k) {
    if (k == j && GluedUnit(toks[k]) != CountUnit::kNone) {
      *unit = GluedUnit(toks[k]);
      return k;
    }
    CountUnit u = FindUnitNoun(toks[k].norm);
    if (u != CountUnit::kNone) {
      // "family members": the last noun of a compound is the head.
      if (k + 1 < se) {
        CountUnit next = FindUnitNoun(toks[k + 1].norm);
        if (next != CountUnit::kNone && toks[k + 1].pos != Pos::kVerb) {
          u = next;
          ++k;
        }
      }
      *unit = u;
      return k;
    }
    if (IsCapitalisedPlural(toks[k]) &&
        (k + 1 >= se || (toks[k + 1].pos != Pos::kNoun && toks[k + 1].pos != Pos::kProperNoun))) {
      *unit = CountUnit::kPeople;
      return k;
    }
    if (!CanModifyHead(toks[k])) break;
  }
  return kNoToken;
}

// "no one", "nobody", "no deaths", "no immediate casualties": a count of zero.
bool ReadNegated(const std::vector<Token>& toks, uint32_t i, uint32_t se, CountPhrase* out) {
  const std::string_view w = toks[i].norm;
  uint32_t head = kNoToken;
  if (w == "nobody" || w == "none") {
    head = i;
  } else if (w == "no" && i + 1 < se) {
    uint32_t k = i + 1;
    if (k + 1 < se && IsAnyOf(toks[k].norm, {"immediate", "reported", "known", "further",
                                              "other", "confirmed", "civilian", "human"})) {
      ++k;
    }
    const CountCue* cue = FindCountCue(toks[k].norm);
    if (toks[k].norm == "one" || (cue && (cue->roles & kCueHead)) ||
        FindUnitNoun(toks[k].norm) == CountUnit::kPeople) {
      head = k;
    }
  }
  if (head == kNoToken) return false;
  *out = CountPhrase();
  out->begin = out->num_begin = i;
  out->num_end = i + 1;
  out->head = head;
  out->np_end = head + 1;
  out->unit = CountUnit::kPeople;
  out->negated = true;
  out->number.end = i + 1;
  return true;
}

bool IsDateOrMeasure(const std::vector<Token>& toks, uint32_t sb, uint32_t se, uint32_t before,
                     const ParsedNumber& n) {
  if (before > sb && IsNonCountBefore(toks[before - 1].norm)) return true;
  if (n.end < se) {
    const std::string_view next = toks[n.end].norm;
    if (IsNonCountAfter(next)) return true;
    if (n.digits && n.value <= 31 && IsMonth(next)) return true;
    // "7-year-old", "a 3-2 vote" was read as a range already; a hyphen and a word is a measure.
    if (next == "-" && n.end + 1 < se && toks[n.end + 1].pos != Pos::kNum) return true;
  }
  if (before > sb && n.digits && IsMonth(toks[before - 1].norm)) return true;
  // Part of a hyphenated name: "Nok-Ten", "MiG-29".
  if (before > sb + 1 && toks[before - 1].norm == "-" && toks[before - 2].pos != Pos::kNum) {
    return true;
  }
  return false;
}

}  // namespace

bool ReadCountPhrase(const std::vector<Token>& toks, uint32_t sb, uint32_t se, uint32_t i,
                     CountPhrase* out) {
  // A string_view: its compares with literals check the size first, inline.
  const std::string_view w = toks[i].norm;
  if (w == "no" || w == "nobody" || w == "none") return ReadNegated(toks, i, se, out);
  // The qualifier ends at the number, or before a filler: "about another 73,000".
  uint32_t qual_end = i;
  if (qual_end > sb && IsFiller(toks[qual_end - 1].norm) && w != "a" && w != "an") --qual_end;
  auto norm_at = [&](uint32_t k) -> std::string_view { return toks[k].norm; };
  QualifierMatch q = MatchQualifier(norm_at, sb, qual_end);
  ParsedNumber n;
  if (!ParseNumber(toks, i, se, q.qualifier == "between", &n)) return false;
  if (q.qualifier == "between" && !n.range) q = QualifierMatch();
  const uint32_t begin = q.length ? qual_end - q.length : i;
  if (IsDateOrMeasure(toks, sb, se, begin, n)) return false;
  // "one" and "a" are too common to be counts unless a counted noun follows at once.
  const bool weak = (w == "one" || w == "a" || w == "an") && !n.range;

  CountPhrase p;
  p.begin = begin;
  p.num_begin = i;
  p.num_end = n.end;
  p.number = n;
  p.qualifier = q.length ? q.qualifier : std::string_view("exact");
  uint32_t j = n.end;
  // "thousands of innocent civilians", "500 of the 4,000 villagers"
  if (j < se && std::string_view(toks[j].norm) == "of") {
    ++j;
    if (j < se && (toks[j].pos == Pos::kDet || toks[j].norm == "them")) ++j;
    // "500 of the 4,000 villagers": the part counts what the whole counts.
    if (j + 1 < se && toks[j].pos == Pos::kNum && toks[j].norm[0] >= '0' && toks[j].norm[0] <= '9') ++j;
  }
  p.head = FindHead(toks, j, se, &p.unit);
  if (weak && p.head != n.end) return false;
  // A number before some other noun counts that noun: "ten buses", "14 districts".
  // An -ing word before a preposition is a participle, not a noun: "175,500 staying in".
  const bool participle = j + 1 < se && toks[j + 1].pos == Pos::kPrep && toks[j].norm.size() > 5 &&
                          toks[j].norm.compare(toks[j].norm.size() - 3, 3, "ing") == 0;
  if (p.head == kNoToken && j < se && j == n.end && !participle &&
      (toks[j].pos == Pos::kNoun || toks[j].pos == Pos::kProperNoun ||
       (toks[j].pos == Pos::kAdj && !toks[j].verb_past_participle)) &&
      !(FindCountCue(toks[j].norm) && (FindCountCue(toks[j].norm)->roles & kCuePredicate))) {
    return false;
  }
  if (n.year_like && p.head != n.end) return false;
  p.np_end = p.head == kNoToken ? n.end : p.head + 1;
  *out = p;
  return true;
}

}  // namespace faultline
