// The rule table of the date grammar (syntax in grammar.h). Order matters only between
// rules matching the same tokens: the earlier one wins. Spans follow TimeBank and
// TempEval-3: determiners and approximators ("the", "about", "more than") are part of the
// expression, prepositions ("on", "in", "since") are not.
#include "recognise/timex/grammar.h"

namespace faultline::timex {
namespace {

struct RuleSpec {
  std::string_view pattern;
  Kind kind;
  int fixed = 0;
};

constexpr RuleSpec kRules[] = {
    // Calendar dates, most specific first.
    {"WEEKDAY ,? MONTH DAY ,? YEAR", Kind::kDate},
    {"WEEKDAY ,? MONTH DAY", Kind::kDate},
    {"WEEKDAY ,? the? DAY of? MONTH ,? YEAR?", Kind::kDate},
    {"MONTH DAY ,? YEAR", Kind::kDate},
    {"MONTH DAY", Kind::kDate},
    {"DAY MONTH ,? YEAR", Kind::kDate},
    {"DAY MONTH", Kind::kDate},
    {"the? DAY of MONTH ,? YEAR?", Kind::kDate},
    {"MOD? -? MONTH ,? of? YEAR", Kind::kDate},
    {"MOD -? MONTH", Kind::kDate},
    {"the MOD of MONTH ,? YEAR?", Kind::kDate},
    {"the MOD of YEAR", Kind::kDate},
    {"MONTH", Kind::kDate},
    {"MONTH SHIFT year", Kind::kDate},
    {"MOD? -? YEAR", Kind::kDate},
    {"fiscal YEAR", Kind::kDate},
    {"the year YEAR", Kind::kDate},
    {"YEAR - MM - DD", Kind::kDate},
    {"MM / DD / YEAR", Kind::kDate},
    {"HOLIDAY day|eve?", Kind::kDate},
    {"SHIFT HOLIDAY day?", Kind::kDate},
    // Decades, centuries, seasons.
    {"the? MOD? -? DECADE", Kind::kDecade},
    {"the? ORD century", Kind::kCentury},
    {"the? MOD? -? SEASON of? YEAR", Kind::kSeason},
    {"the? MOD? SEASON", Kind::kSeason},
    {"SHIFT past? SEASON", Kind::kShiftName},
    {"SHIFT MONTH", Kind::kShiftName},
    // Quarters and halves.
    {"the? fiscal? ORD -? fiscal? UNIT1 of YEAR", Kind::kQuarter},
    {"the? fiscal? ORD -? fiscal? UNIT1", Kind::kQuarter},
    {"the? YEAR fiscal? ORD -? UNIT1", Kind::kQuarter},
    {"the? YEAR quarter|period", Kind::kQuarter, 8},
    {"its|the|this quarter", Kind::kShiftUnit, 3},
    {"the latest period", Kind::kShiftUnit, 3},
    {"the full year", Kind::kShiftUnit, 7},
    {"the year", Kind::kShiftUnit, 7},
    {"the? fiscal year", Kind::kShiftUnit},
    {"last POD", Kind::kDeictic, kYesterday},
    // Relative to the last mentioned date.
    {"the following|previous|prior|preceding UNIT1", Kind::kAnchored},
    {"the next day", Kind::kAnchored},
    {"the following|next|previous|prior|preceding POD", Kind::kAnchored},
    {"the previous|following|prior WEEKDAY", Kind::kAnchored},
    {"that same? UNIT1", Kind::kAnchored},
    {"the same UNIT1", Kind::kAnchored},
    {"earlier|later that|the same? UNIT1", Kind::kAnchored},
    {"the UNIT1 DIR", Kind::kAnchored},
    // Relative to the publication date.
    {"MOD? SHIFT UNIT1", Kind::kShiftUnit},
    {"the SHIFT UNIT1", Kind::kShiftUnit},
    {"the SHIFT fiscal UNIT1", Kind::kShiftUnit},
    {"earlier|later in the UNIT1", Kind::kShiftUnit},
    {"the MOD of the|this UNIT1", Kind::kShiftUnit},
    {"the MOD of SHIFT UNIT1", Kind::kShiftUnit},
    {"the? UNIT1 -? end", Kind::kShiftUnit},
    {"UNIT1 's end", Kind::kShiftUnit},
    {"the weekend", Kind::kShiftUnit, 6},
    {"APPROX? NUMA UNIT or? so? DIR", Kind::kAgo},
    {"APPROX? VAGUE UNITS DIR", Kind::kAgo},
    {"UNITS DIR", Kind::kAgo},
    {"the? comparable|corresponding? year - ago|earlier ORD? -? quarter|period|half?", Kind::kAgo, 4},
    {"SHIFT year 's ORD? -? quarter|half|period", Kind::kQuarter, 5},
    // Days.
    {"MOD? DEICTIC POD?", Kind::kDeictic},
    {"MOD? -? POD DEICTIC", Kind::kDeictic},
    {"MOD? this POD", Kind::kDeictic, kToday},
    {"MOD? SHIFT? coming? WEEKDAY POD?", Kind::kWeekday},
    {"APPROX? CLOCK", Kind::kTime},
    {"APPROX? CLOCK WEEKDAY", Kind::kTime},
    {"APPROX? CLOCK DEICTIC", Kind::kTime},
    {"APPROX? CLOCK ,? MONTH DAY ,? YEAR?", Kind::kTime},
    // Vague references.
    {"now|currently|nowadays|presently|current", Kind::kRef, kPresentRef},
    {"right now", Kind::kRef, kPresentRef},
    {"these days", Kind::kRef, kPresentRef},
    // "previously", "soon", "recent" and "the past" are left out: TimeBank annotates
    // them in a minority of their uses.
    {"more? recently|formerly|lately", Kind::kRef, kPastRef},
    {"as soon as possible", Kind::kRef, kFutureRef},
    {"the|a near|distant|foreseeable? future", Kind::kRef, kFutureRef},
    {"the near|short|long|medium term", Kind::kRef, kFutureRef},
    {"a later date", Kind::kRef, kFutureRef},
    {"the? recent|past UNITS", Kind::kRef, kPastRef},
    {"the? coming|future|upcoming UNITS", Kind::kRef, kFutureRef},
    // Durations.
    {"APPROX? NUMA more|additional|full? UNIT", Kind::kDuration},
    {"the|an? APPROX? NUM more|additional|full? UNITS", Kind::kDuration},
    {"APPROX? NUMA UNIT1 and a half", Kind::kDuration, 1},
    {"half a|an UNIT1", Kind::kDuration, 1},
    {"APPROX? NUM to|- NUM UNITS", Kind::kDuration},
    {"the? first|last|past|next|previous|coming|following|final|initial NUM more? UNITS", Kind::kDuration},
    {"the? first|last|past|next|previous|coming|following VAGUE UNITS", Kind::kDuration},
    {"APPROX? VAGUE UNITS", Kind::kDuration},
    {"NUM - UNIT1", Kind::kDuration},
    {"UNITS", Kind::kDuration},
    {"NUM - UNIT1 - long", Kind::kDuration},
    // Sets.
    {"every|each other? UNIT1", Kind::kSet},
    {"every|each NUM UNITS", Kind::kSet},
    {"every|each WEEKDAY POD?", Kind::kSet},
    {"every|each MONTH", Kind::kSet},
    {"every|each POD", Kind::kSet},
    {"SETW", Kind::kSet},
    {"once|twice a|per UNIT1", Kind::kSet},
};

std::vector<Rule> Compile() {
  std::vector<Rule> rules;
  rules.reserve(sizeof kRules / sizeof kRules[0]);
  for (const RuleSpec& s : kRules) {
    Rule r;
    r.kind = s.kind;
    r.fixed = s.fixed;
    // The table is part of the program: a bad pattern is a programming error caught by
    // the unit test that compiles every rule.
    if (CompilePattern(s.pattern, &r)) rules.push_back(r);
  }
  return rules;
}

}  // namespace

const std::vector<Rule>& Rules() {
  static const std::vector<Rule> rules = Compile();
  return rules;
}

size_t RuleSpecCount() { return sizeof kRules / sizeof kRules[0]; }

}  // namespace faultline::timex
