#include "recognise/counts/count_category.h"

#include "recognise/counts/count_predicate.h"

namespace faultline {
namespace {

bool Is(const Token& t, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (t.norm == w) return true;
  }
  return false;
}

// Verbs that push a group somewhere without naming how: "forced 2,500 people out of
// their homes", "forced 17,000 to leave". The rest of the clause says what happened.
bool IsLightVerb(const Token& t) {
  return Is(t, {"forced", "forcing", "force", "forces", "drove", "driven", "drive", "driving",
                "pushed", "pushing", "chased", "left", "leaving", "leaves", "made", "rendered",
                "caused", "causing"});
}

struct LeftCue {
  std::string_view category;
  const CountCue* verb = nullptr;  // set when a verb takes the phrase as its object
  bool light = false;
};

// The word before the phrase that governs it: a verb taking it as object, an event noun
// with "of", "home to", "death toll ... to".
LeftCue ScanLeft(const std::vector<Token>& toks, uint32_t sb, const CountPhrase& p) {
  LeftCue out;
  uint32_t k = p.begin;
  int skipped = 0;
  while (k > sb && skipped < 4) {
    const Token& t = toks[k - 1];
    if (Is(t, {",", "the", "an", "a", "another", "additional", "further", "total", "some",
               "over", "all"}) ||
        t.pos == Pos::kAdv) {
      --k;
      ++skipped;
      continue;
    }
    break;
  }
  if (k == sb) return out;
  const Token& t = toks[k - 1];
  // "a total of 77 houses", "the evacuation of 618,000 people", "a population of"
  if (t.norm == "of" && k - 1 > sb) {
    uint32_t m = k - 2;
    if (toks[m].pos == Pos::kAdj && m > sb) --m;  // "the temporary relocation of"
    const CountCue* cue = FindCountCue(toks[m].norm);
    if (cue && (cue->roles & kCueOfNoun)) out.category = cue->category;
    return out;
  }
  if (t.norm == "to" && k - 1 > sb && toks[k - 2].norm == "home") {
    out.category = "population";
    return out;
  }
  // "the death toll rose to 25", "a toll of 25"
  for (uint32_t m = k; m > sb && m + 5 > k; --m) {
    if (toks[m - 1].norm == "toll") {
      if (m - 1 > sb && toks[m - 2].norm == "injury") return out;
      out.category = "killed";
      return out;
    }
    if (toks[m - 1].pos == Pos::kPunct) break;
  }
  // "claimed 10 lives", "cost 30 lives"
  if (p.head != kNoToken && toks[p.head].norm == "lives" &&
      Is(t, {"claimed", "claiming", "claim", "claims", "cost", "costing", "costs", "took"})) {
    out.category = "killed";
    return out;
  }
  if (IsLightVerb(t)) {
    out.light = true;
    return out;
  }
  const CountCue* cue = FindCountCue(t.norm);
  if (cue && (cue->roles & kCueObject) && t.pos != Pos::kNoun) {
    // "were killed 10" does not occur; a be-auxiliary before makes it passive and the
    // number is something else ("were evacuated 10 km").
    if (!(k - 1 > sb && toks[k - 2].pos == Pos::kAux && toks[k - 2].norm != "have" &&
          toks[k - 2].norm != "has" && toks[k - 2].norm != "had")) {
      out.category = cue->category;
      out.verb = cue;
    }
  }
  return out;
}

// "forced 2,500 people out of their homes", "drove 300 families from their villages".
bool OutOfHomes(const std::vector<Token>& toks, uint32_t j, uint32_t se) {
  if (j >= se) return false;
  return toks[j].norm == "out" || toks[j].norm == "from";
}

// Cues inside the noun phrase: "3,500 displaced people", "29 deaths", "7,300 collapsed houses".
std::string_view ScanNounPhrase(const std::vector<Token>& toks, const CountPhrase& p) {
  if (p.head == kNoToken) return {};
  for (uint32_t k = p.num_end; k <= p.head; ++k) {
    const CountCue* cue = FindCountCue(toks[k].norm);
    if (!cue) continue;
    const uint8_t want = k == p.head ? kCueHead : (kCuePredicate | kCueHead);
    if ((cue->roles & want) && CueFitsUnit(*cue, p.unit, false)) return cue->category;
  }
  return {};
}

// Labels in tables and lists: "Number of displaced: 452", "IDPs total 122 387",
// "Completely destroyed housing: 146". Only for a number that ends its sentence.
std::string_view ScanLabel(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                           const CountPhrase& p) {
  if (p.np_end < se && toks[p.np_end].norm != "(") return {};
  bool house = false;
  for (uint32_t k = p.begin; k > sb && k + 5 > p.begin; --k) {
    if (FindUnitNoun(toks[k - 1].norm) == CountUnit::kHouses) house = true;
  }
  for (uint32_t k = p.begin; k > sb && k + 5 > p.begin; --k) {
    const CountCue* cue = FindCountCue(toks[k - 1].norm);
    if (cue && CueFitsUnit(*cue, house ? CountUnit::kHouses : p.unit, house)) return cue->category;
  }
  return {};
}

// "the number of displaced families is estimated to be 349", "This brings to 332,000 the
// number of people displaced": the category is named by the noun phrase after "number of".
std::string_view ScanNumberOf(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                              const CountPhrase& p) {
  const uint32_t from = p.begin > sb + 14 ? p.begin - 14 : sb;
  const uint32_t to = std::min<uint32_t>(se, p.np_end + 3);
  for (uint32_t k = from; k + 1 < to; ++k) {
    if (std::string_view(toks[k].norm) != "number" || toks[k + 1].norm != "of") continue;
    for (uint32_t m = k + 2; m < se && m < k + 6; ++m) {
      const CountCue* cue = FindCountCue(toks[m].norm);
      if (cue && (cue->roles & (kCuePredicate | kCueHead))) return cue->category;
    }
  }
  return {};
}

// An -ing form after a bare number ("175,500 staying", "2,000 fleeing"), whatever the
// tagger made of it; "during" and other prepositions are not.
bool IsParticiple(const Token& t) {
  if (t.verb_gerund) return true;
  const std::string& w = t.norm;
  return t.pos != Pos::kPrep && t.pos != Pos::kSubord && w.size() > 5 &&
         w.compare(w.size() - 3, 3, "ing") == 0;
}

}  // namespace

std::string_view FindCountCategory(const std::vector<Token>& toks, uint32_t sb, uint32_t se,
                                   const CountPhrase& p) {
  const LeftCue left = ScanLeft(toks, sb, p);
  // The object of a verb must fit it: "destroyed 150 houses", not "destroyed 150 people".
  const bool left_ok = !left.category.empty() && (!left.verb || CueFitsUnit(*left.verb, p.unit, false));
  if (p.head == kNoToken && !left_ok) {
    // A bare number needs its verb right after it: "more than 3,000 fled", "1,000 were
    // evacuated"; otherwise "Bana Alabed, 7," would count.
    uint32_t n = p.num_end;
    while (n < se && toks[n].pos == Pos::kAdv) ++n;  // "9,000 later returned"
    const Token* next = n < se ? &toks[n] : nullptr;
    const bool verbal = next && (next->pos == Pos::kAux || next->pos == Pos::kModal ||
                                 next->pos == Pos::kVerb || next->verb_past_participle ||
                                 IsParticiple(*next) ||  // "at least 175,500 staying in shelters"
                                 FindCountCue(next->norm) || next->norm == "who" ||
                                 (left.light && next->norm == "to"));
    if (!verbal) {
      std::string_view label = ScanLabel(toks, sb, se, p);
      return label.empty() ? ScanNumberOf(toks, sb, se, p) : label;
    }
  }
  const Predicate pred = ScanPredicate(toks, se, p);
  if (!pred.strong.empty()) return pred.strong;
  if (left_ok) return left.category;
  if (pred.agent) return {};
  if (left.light && OutOfHomes(toks, p.np_end, se)) return "fled";
  std::string_view np = ScanNounPhrase(toks, p);
  if (!np.empty()) return np;
  if (!pred.weak.empty()) return pred.weak;
  std::string_view label = ScanLabel(toks, sb, se, p);
  if (label.empty()) label = ScanNumberOf(toks, sb, se, p);
  // A group of people whose fate the clause does not name is still a figure worth
  // reporting ("About 18,000 people arrived in Kodok"), with no category.
  if (label.empty() && p.head != kNoToken && !p.number.vague && p.unit != CountUnit::kHouses) {
    return kUncategorised;
  }
  return label;
}

}  // namespace faultline
