// Normalise: turns a grammar Match into a TIMEX3 type and value, resolving relative
// expressions against the publication date (deixis) or the last mentioned date
// (narrative anchoring), and choosing past or future instances by the clause's tense.
#pragma once

#include <cstddef>

#include "recognise/timex/grammar.h"
#include "recognise/timex/point.h"
#include "recognise/timex/tense.h"

namespace faultline::timex {

struct Context {
  bool has_dct = false;
  Ymd dct;
  Tense tense = Tense::kUnknown;
  Point anchor;  // last mentioned date; invalid when none yet
};

struct Normalised {
  const char* type = "DATE";
  char value[40] = {0};
  Point point;                // the date denoted, when it is one
  bool updates_anchor = false;  // a date later expressions may be anchored on
  bool ok = false;            // false: the match is dropped (e.g. "the 5th quarter")
};

Normalised Normalise(const Match& m, const Rule& rule, const Context& ctx);

}  // namespace faultline::timex
