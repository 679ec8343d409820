// The words that give a count its meaning: cue words that name what happened to the
// counted group (killed, displaced, evacuated ...), the nouns that name what is counted
// (people, families, houses), qualifier phrases ("more than", "some") and the words that
// mark a number as something other than a count (money, measures, dates).
//
// Tables are built once on first use and only read afterwards, so lookups are safe from
// many threads and cost one hash probe.
#pragma once

#include <bit>
#include <cstdint>
#include <string_view>

namespace faultline {

enum class CountUnit : uint8_t { kNone, kPeople, kHouseholds, kHouses };
const char* CountUnitName(CountUnit unit);

// How a cue word relates to the counted group; a word may play several roles.
enum CueRole : uint8_t {
  kCueObject = 1,     // active verb whose object is counted: "killed 10", "displaced 5,000"
  kCueSubject = 2,    // verb whose subject is counted: "5,000 fled", "10 died"
  kCuePredicate = 4,  // participle or adjective said of the group: "were killed", "dead"
  kCueHead = 8,       // noun that is itself the counted thing: "10 deaths", "5,000 IDPs"
  kCueOfNoun = 16,    // event noun whose "of" phrase is counted: "the evacuation of 600"
  kCueHousing = 32,   // said of houses only: destroyed, damaged, collapsed
};

struct CountCue {
  std::string_view category;
  uint8_t roles = 0;
};

// The cue for a folded word form, or nullptr.
const CountCue* FindCountCue(std::string_view norm);

// What a noun counts: "people" -> people, "families" -> households, "homes" -> houses.
CountUnit FindUnitNoun(std::string_view norm);

// Verbs and adjectives that sit between a counted subject and its cue without changing
// who the cue is about: "were", "remained", "reported", "forced", "left", "to".
bool IsTransparentWord(std::string_view norm);

// Qualifier phrase ending just before token `end` (exclusive) within [begin, end): returns
// its length in tokens and sets `qualifier`, or 0. `norms(i)` gives the folded token i.
struct QualifierMatch {
  uint32_t length = 0;
  std::string_view qualifier;  // more_than, at_least, about, at_most, fewer_than, between
};
template <typename NormAt>
QualifierMatch MatchQualifier(NormAt norms, uint32_t begin, uint32_t end);

// Words that mark the number beside them as money, a measure, a time or a rank.
bool IsNonCountBefore(std::string_view norm);
bool IsNonCountAfter(std::string_view norm);
bool IsMonth(std::string_view norm);

// ---- implementation of the template ----
namespace count_lexicon_internal {
struct Phrase {
  std::string_view words[4];
  uint32_t size;
  std::string_view qualifier;
};
const Phrase* Qualifiers(uint32_t* count);
// Bit p is set for each phrase p of Qualifiers() whose last word is `word`.
uint64_t QualifiersEndingIn(std::string_view word);
}  // namespace count_lexicon_internal

template <typename NormAt>
QualifierMatch MatchQualifier(NormAt norms, uint32_t begin, uint32_t end) {
  QualifierMatch best;
  if (end <= begin) return best;
  // Asked before every number: the word before it rules out nearly all phrases at once.
  uint64_t candidates = count_lexicon_internal::QualifiersEndingIn(norms(end - 1));
  if (candidates == 0) return best;
  uint32_t n = 0;
  const count_lexicon_internal::Phrase* phrases = count_lexicon_internal::Qualifiers(&n);
  for (; candidates != 0; candidates &= candidates - 1) {
    const auto& ph = phrases[std::countr_zero(candidates)];
    if (ph.size > end - begin || ph.size <= best.length) continue;
    bool ok = true;
    for (uint32_t k = 0; k < ph.size && ok; ++k) ok = norms(end - ph.size + k) == ph.words[k];
    if (ok) best = QualifierMatch{ph.size, ph.qualifier};
  }
  return best;
}

}  // namespace faultline
