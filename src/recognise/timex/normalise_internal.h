// Helpers shared by the normaliser's files (normalise.cc: calendar names, durations and
// sets; relative.cc: expressions resolved against the publication or last mentioned date).
#pragma once

#include "recognise/timex/normalise.h"

namespace faultline::timex::internal {

// Granularity a unit word denotes: "year" -> kYear, "week" -> kWeek.
Gran UnitGran(int unit);

// The year of a month (and day, 0 if none) mentioned without one: the past instance in a
// past clause, the future one in a future clause, else the publication year.
int InferYear(const Context& ctx, int month, int day);

// The point a date resolves to, or an unresolved one when there is no publication date.
Point Dct(const Context& ctx);

void SetValue(Normalised& n, const Point& p);
void SetText(Normalised& n, const char* text);

// Weekdays, "yesterday", clock times and "the following year" (deixis.cc).
bool NormaliseDeixis(const Match& m, const Rule& rule, const Context& ctx, Normalised& out);
Ymd FindWeekday(const Ymd& from, int wd, int dir, bool strict);
int ShiftSign(int shift);
Point UnitPoint(const Ymd& d, Gran g);
int Rank(Gran g);

bool NormaliseRelative(const Match& m, const Rule& rule, const Context& ctx, Normalised& out);

}  // namespace faultline::timex::internal
