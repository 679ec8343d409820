// Core vocabulary of the TABARI-compatible coder: word types, phrase elements and the
// connector values that say how consecutive words of a dictionary phrase may match.
//
// The numeric values follow TABARI 0.8 on purpose: several of its behaviours depend on
// them (a synset element is recognised by a flag bit shared with two connectors, the
// symbol literals occupy the first sixteen literal ids, pronoun classes are literal id
// ranges). Keeping the values makes the port checkable against the original line by line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace faultline::tabari {

enum class WordType : uint8_t {
  kNull,
  kActor,
  kAgent,
  kVerb,
  kTime,
  kAttrib,
  kDeterm,
  kNoun,
  kAdjctv,
  kAuxil,
  kByword,
  kComma,
  kPronoun,
  kConj,
  kPrep,
  kPlural,
  kNumber,
  kIssue,
  kSynym,
  kClause,
  kCompound,
  kReference,
  kSubord,
  kReplace,
  kNullTag,
  kHalt
};

// Literal ids below kSymbolLimit are the pattern symbols, in TABARI's order.
constexpr int kCommaLit = 1;
constexpr int kNumberLit = 2;
constexpr int kVerbLit = 3;      // *
constexpr int kSourceLit = 4;    // $
constexpr int kTargetLit = 5;    // +
constexpr int kAttribLit = 6;    // @
constexpr int kCompoundLit = 7;  // %
constexpr int kSkipLit = 8;      // ^
constexpr int kOpenLit = 9;      // {
constexpr int kOrLit = 10;       // |
constexpr int kCloseLit = 11;    // }
constexpr int kReplaceLit = 15;
constexpr int kSymbolLimit = 16;

// Connector after a phrase word. "Part" allows a stem (prefix) match, "Skip" allows
// words in between; the flag bits are tested individually by the matchers.
constexpr uint16_t kConnFullNext = 0x0000;  // WORD_   exact, adjacent
constexpr uint16_t kConnPartNext = 0x4000;  // WORD~_  stem, adjacent
constexpr uint16_t kConnFullSkip = 0x0400;  // WORD_ + blank: exact, gap allowed
constexpr uint16_t kConnPartSkip = 0x4400;  // WORD + blank: stem, gap allowed
constexpr uint16_t kConnEqual = 0x0010;     // WORD=   exact, no regular endings
constexpr uint16_t kFlagSynm = 0x0002;      // element is a synset (id is its root)
constexpr uint16_t kFlagSynmFS = 0x0402;
constexpr uint16_t kFlagSynmPN = 0x4002;

struct PhraseElem {
  int id = 0;  // literal id, or the synset's root index when conn has kFlagSynm
  uint16_t conn = 0;
  friend bool operator==(const PhraseElem&, const PhraseElem&) = default;
};
using Phrase = std::vector<PhraseElem>;

// Code ids fixed by TABARI's code store; anything <= kCodeBlank is "no actor".
constexpr int kCodeNull = 1;     // ---
constexpr int kCodeComplex = 2;  // +++
constexpr int kCodeDiscard = 3;  // ###
constexpr int kCodeBlank = 4;    // ***

}  // namespace faultline::tabari
