// The date grammar: a table of short token patterns (rules.cc), each naming the kind of
// expression it recognises. Patterns are written as space-separated elements:
//
//   the? SHIFT UNIT1          "the past year", "last month"
//   APPROX? NUMA UNIT ago     "about a month ago"
//
// Upper-case elements are word classes that fill slots of a Match (MONTH fills month, NUM
// fills num ...); lower-case elements are literal words, '|' separating alternatives; a
// trailing '?' makes an element optional. Patterns are compiled once; matching is a small
// backtracking search over at most kMaxRuleElements elements, so a match is bounded in
// length and the cost per token does not depend on the sentence.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "recognise/timex/atoms.h"

namespace faultline::timex {

enum class Kind : uint8_t {
  kDate,       // calendar date, month, year, possibly without a year
  kDecade,
  kCentury,
  kSeason,     // season, possibly with a year or shift
  kShiftUnit,  // "last month", "this week", "early next year"
  kShiftName,  // "last May", "next spring"
  kQuarter,    // "the third quarter", "second-half", "fiscal 1989"
  kAgo,        // "two years ago", "a year earlier"
  kAnchored,   // "the following year", "that day", "the day before"
  kDeictic,    // "yesterday", "this morning", "last night"
  kWeekday,
  kTime,       // clock times
  kRef,        // PAST_REF / PRESENT_REF / FUTURE_REF
  kDuration,
  kSet,
};

constexpr int kNoYear = -100000;

// Slots filled while matching a rule. Small values are 16-bit: the search copies a Match
// at every element it tries.
struct Match {
  uint32_t begin = 0, end = 0;  // atom indices, half open
  uint16_t rule = 0;
  int16_t month = 0, day = 0, weekday = 0, season = 0, unit = 0, ord = 0, shift = 0, mod = 0;
  int16_t pod = 0, deictic = 0, ref = 0, dir = 0, set_unit = 0, holiday = 0, decade = -1;
  int16_t hour = -1, minute = -1;
  int year = kNoYear;
  double num = -1, num2 = -1;  // count, and the upper end of a range
  bool vague = false, plural = false, approx = false, fiscal = false, half_more = false;
  bool weak = false;  // matched only through an ambiguous word ("May", "fall")
};

enum class Elem : uint8_t {
  kLiteral, kMonth, kWeekday, kSeason, kUnit, kUnits, kUnit1, kNum, kNumA, kVague, kDay,
  kYear, kDecade, kOrd, kShift, kMod, kApprox, kPartOfDay, kClock, kDeictic, kRef, kDir,
  kSetWord, kQuant, kHoliday, kMm, kDd,
};

// Element types fit the low 32 bits of Rule::start_mask; literal buckets the high ones.
static_assert(static_cast<int>(Elem::kDd) < 32);

constexpr int kMaxRuleElements = 10;
constexpr int kMaxLiteralWords = 12;

struct Element {
  Elem type = Elem::kLiteral;
  bool optional = false;
  uint8_t nwords = 0;
  std::array<std::string_view, kMaxLiteralWords> words{};
  // The start bits (StartBits) an atom must share for the element to match there: its
  // type's bit, or for a literal the buckets of its words.
  uint64_t bits = 0;
};

struct Rule {
  std::string_view pattern;
  Kind kind;
  int fixed = 0;  // kind-specific constant, e.g. the Ref of "the future"
  uint8_t nelems = 0;
  std::array<Element, kMaxRuleElements> elems{};
  // Bit (1 << Elem) for every element type the rule can start with; MatchAt skips rules
  // whose start cannot match the token, so most rules cost one AND per position.
  uint64_t start_mask = 0;
};

// The compiled rule table (rules.cc).
const std::vector<Rule>& Rules();
// Number of rules written in the table; equals Rules().size() when every pattern compiles.
size_t RuleSpecCount();

// Longest match of any rule starting at atom i; false when none. Ties go to the earlier
// rule in the table.
bool MatchAt(const std::vector<Atom>& atoms, uint32_t i, Match* out);
// The same answer by the plain search: every rule, every element at every atom, no start
// bits and no rule index. Slow; the reference the tests and the fuzz target hold MatchAt to.
bool MatchAtExhaustive(const std::vector<Atom>& atoms, uint32_t i, Match* out);

// Compiles a pattern; false (and a partly filled rule) when it has a syntax error. Exposed
// for tests and the fuzz target.
bool CompilePattern(std::string_view pattern, Rule* rule);
uint64_t StartMask(const Rule& rule);

}  // namespace faultline::timex
