#include "recognise/counts/count_predicate.h"

namespace faultline {
namespace {

// How far a predicate may be from its subject, in tokens.
constexpr uint32_t kWindow = 22;

bool Is(const Token& t, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (t.norm == w) return true;
  }
  return false;
}

bool EndsClause(const Token& t) {
  if (Is(t, {".", ";", ":", "!", "?", "but"})) return true;
  return t.pos == Pos::kSubord && t.norm != "that" && t.norm != "since";
}

// Where a group is put up: "in 21 camps", "staying with host families", "in shelters".
std::string_view PlaceCategory(const Token& t) {
  if (Is(t, {"camp", "camps"})) return "in_relief_camp";
  if (Is(t, {"shelter", "shelters", "centre", "centres", "center", "centers", "tents",
             "host"})) {
    return "sheltered";
  }
  return {};
}

std::string_view PlaceAhead(const std::vector<Token>& toks, uint32_t k, uint32_t se,
                            uint32_t span) {
  for (uint32_t m = k; m < se && m < k + span; ++m) {
    if (EndsClause(toks[m])) break;
    std::string_view c = PlaceCategory(toks[m]);
    if (!c.empty()) return c;
  }
  return {};
}

// Multi-word predicates: "took refuge", "sought shelter", "lost their lives", "left their
// homes", "stayed in shelters", "living in camps", "swept away".
std::string_view Phrasal(const std::vector<Token>& toks, uint32_t k, uint32_t se) {
  const Token& t = toks[k];
  auto next_is = [&](uint32_t off, std::initializer_list<std::string_view> w) {
    return k + off < se && Is(toks[k + off], w);
  };
  if (Is(t, {"took", "take", "takes", "taking", "taken", "found", "find"}) &&
      (next_is(1, {"shelter", "refuge"}) || next_is(2, {"shelter", "refuge"}))) {
    return "sheltered";
  }
  if (Is(t, {"sought", "seek", "seeking", "seeks"}) &&
      (next_is(1, {"refuge", "safety", "sanctuary"}) || next_is(2, {"refuge", "safety"}))) {
    return "fled";
  }
  if (Is(t, {"lost", "lose", "losing"}) && next_is(1, {"their", "its", "his", "her"})) {
    if (next_is(2, {"lives", "life"})) return "killed";
    if (next_is(2, {"homes", "houses", "home", "house", "belongings"})) return "homeless";
  }
  if (Is(t, {"left", "leave", "leaving", "leaves", "abandoned", "abandon"}) &&
      next_is(1, {"their", "the", "its", "his", "her"}) &&
      next_is(2, {"homes", "home", "houses", "villages", "village", "town", "city", "area"})) {
    return "fled";
  }
  if (Is(t, {"swept", "washed"}) && next_is(1, {"away"})) return "housing_destroyed";
  if (Is(t, {"moved", "move", "moving", "moves"}) && next_is(1, {"away", "out"})) return "fled";
  if (Is(t, {"stay", "stays", "stayed", "staying", "live", "lives", "lived", "living",
             "sheltering", "sheltered", "accommodated", "housed"})) {
    return PlaceAhead(toks, k + 1, se, 7);
  }
  return {};
}

// A token that starts an object noun phrase after a verb: "killed 10", "killed the".
bool StartsObject(const Token& t) {
  return t.pos == Pos::kDet || t.pos == Pos::kNum || t.pos == Pos::kPron ||
         t.pos == Pos::kProperNoun;
}

}  // namespace

bool CueFitsUnit(const CountCue& cue, CountUnit unit, bool house_seen) {
  if (cue.roles & kCueHousing) return unit == CountUnit::kHouses || house_seen;
  if (unit != CountUnit::kHouses) return true;
  return cue.category == "evacuated" || cue.category == "affected";
}

Predicate ScanPredicate(const std::vector<Token>& toks, uint32_t se, const CountPhrase& p) {
  Predicate out;
  bool verbal = false;  // an auxiliary or copula-like verb seen: what follows is predicated
  bool house_seen = false;
  const uint32_t limit = std::min<uint32_t>(se, p.np_end + kWindow);
  for (uint32_t k = p.np_end; k < limit; ++k) {
    const Token& t = toks[k];
    if (t.norm == "(") {  // parentheticals: "2,400 families (8,200 people) were displaced"
      while (k + 1 < limit && toks[k].norm != ")") ++k;
      continue;
    }
    // Asides: "2,800 people, including five with disabilities, took refuge".
    if (Is(t, {"including", "among"}) && k > p.np_end && toks[k - 1].norm == ",") {
      while (k + 1 < limit && toks[k].norm != ",") ++k;
      continue;
    }
    // Restatements: "3,800 families, or more than 18,000 people, were displaced".
    if (t.norm == "or" && k + 1 < limit) {
      uint32_t m = k + 1;
      while (m < limit && m < k + 5 && toks[m].pos != Pos::kNum) ++m;
      if (m < limit && toks[m].pos == Pos::kNum) {
        k = m;
        continue;
      }
    }
    std::string_view phrasal = Phrasal(toks, k, se);
    if (!phrasal.empty() && (phrasal != "housing_destroyed" || p.unit == CountUnit::kHouses)) {
      out.strong = phrasal;
      return out;
    }
    if (EndsClause(t)) break;
    // Another count starts its own clause, unless it restates this one: "2,400 families,
    // or 12,000 people, were evacuated".
    // A number inside a prepositional phrase ("in 14 districts", "on 24 November") does not.
    if (t.pos == Pos::kNum && k > p.np_end && !Is(toks[k - 1], {"(", "of", "and"}) &&
        !Is(toks[k - 1], {"in", "on", "at", "across", "from", "between", "since", "by",
                          "during", "until", "of", "into", "to"})) {
      break;
    }
    // A relative clause after another noun is about that noun: "the earthquake, which".
    if (t.pos == Pos::kWh && k > p.np_end + 1 && toks[k - 1].norm != ")") break;
    if (t.norm == "in" || t.norm == "at" || t.norm == "to") {
      // "1,900 people were still in nine evacuation centres"; without a verb it is a
      // location of the noun phrase: "joined 195,000 Iraqis in 21 camps".
      std::string_view place = PlaceAhead(toks, k + 1, se, 4);
      if (!place.empty() && verbal) {
        out.strong = place;
        return out;
      }
      if (out.weak.empty()) out.weak = place;
    }
    if (FindUnitNoun(t.norm) == CountUnit::kHouses) house_seen = true;
    const CountCue* cue = FindCountCue(t.norm);
    if (cue && (cue->roles & (kCuePredicate | kCueSubject | kCueObject)) &&
        CueFitsUnit(*cue, p.unit, house_seen) &&
        (t.pos != Pos::kNoun || !(cue->roles & (kCueObject | kCueSubject)) ||
         (k == p.np_end && (cue->roles & kCuePredicate)))) {  // "40 wounded"
      std::string_view cat = cue->category;
      // "damaged or destroyed": the worse of the two.
      if (cat == "housing_damaged" && k + 2 < limit && Is(toks[k + 1], {"or", "and"})) {
        const CountCue* next = FindCountCue(toks[k + 2].norm);
        if (next && next->category == "housing_destroyed") cat = next->category;
      }
      const bool pred = cue->roles & kCuePredicate;
      const bool subj = cue->roles & kCueSubject;
      if (verbal && (pred || subj)) {
        out.strong = cat;
        return out;
      }
      if (subj) {  // "5,000 fled", "10 died", "people fleeing the violence"
        out.strong = cat;
        return out;
      }
      const bool object_follows = k + 1 < se && StartsObject(toks[k + 1]);
      if (object_follows) {  // "5 gunmen killed 10 people": the group is the agent
        out.agent = out.weak.empty();
        return out;
      }
      if (pred) {
        if (out.weak.empty() || out.weak == "in_relief_camp" || out.weak == "sheltered") {
          out.weak = cat;  // reduced relative: keep looking for a finite predicate
        }
        continue;
      }
      return out;  // "5 gunmen killing ..." without an object: leave it
    }
    if (t.pos == Pos::kAux || t.pos == Pos::kModal || IsTransparentWord(t.norm)) {
      if (t.pos == Pos::kAux || t.pos == Pos::kModal || t.pos == Pos::kVerb) verbal = true;
      continue;
    }
    if (t.pos == Pos::kVerb) {
      // A finite verb that is not a cue ends the search ("returned home", "arrived in");
      // gerunds after a preposition ("by flooding") do not.
      const bool after_prep = k > p.np_end && toks[k - 1].pos == Pos::kPrep;
      if (!after_prep && !(t.verb_gerund && !verbal)) break;
    }
  }
  return out;
}

}  // namespace faultline
