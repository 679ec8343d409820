// Relative expressions: resolved against the publication date ("yesterday", "last week",
// "Thursday", "two years ago") or the last mentioned date ("a year earlier", "the
// following month", "that day").
#include <cstdio>

#include "recognise/timex/normalise_internal.h"

namespace faultline::timex::internal {

int ShiftSign(int shift) {
  switch (shift) {
    case kLast: case kPast: case kPrevious: return -1;
    case kNext: case kFollowing: return 1;
    default: return 0;
  }
}

// The point of the unit containing day d: its year, quarter, month, week ...
Point UnitPoint(const Ymd& d, Gran g) {
  switch (g) {
    case Gran::kYear: return YearPoint(d.year);
    case Gran::kQuarter: return QuarterPoint(d.year, QuarterOf(d.month));
    case Gran::kHalf: {
      Point p = QuarterPoint(d.year, d.month <= 6 ? 1 : 2);
      p.gran = Gran::kHalf;
      return p;
    }
    case Gran::kMonth: return MonthPoint(d.year, d.month);
    case Gran::kWeek: return WeekPoint(d);
    case Gran::kDay: return DayPoint(d);
    case Gran::kDecade: {
      Point p;
      p.gran = Gran::kDecade;
      p.decade = d.year / 10;
      p.year = d.year;
      return p;
    }
    case Gran::kCentury: {
      Point p;
      p.gran = Gran::kCentury;
      p.decade = d.year / 100;
      p.year = d.year;
      return p;
    }
    default: return DayPoint(d);
  }
}

// The weekday `wd` nearest to `from` in direction dir (-1 on or before, +1 on or after);
// strict excludes `from` itself.
Ymd FindWeekday(const Ymd& from, int wd, int dir, bool strict) {
  int delta = wd - Weekday(from);
  if (dir < 0) {
    if (delta > 0 || (strict && delta == 0)) delta -= 7;
  } else {
    if (delta < 0 || (strict && delta == 0)) delta += 7;
  }
  return AddDays(from, delta);
}

// The weekend (Saturday) nearest the publication date in the clause's direction.
Point Weekend(const Context& ctx, int sign) {
  const int dir = sign != 0 ? sign : ctx.tense == Tense::kFuture ? 1 : -1;
  Ymd sat = FindWeekday(ctx.dct, 6, dir, sign != 0);
  if (sign == 0 && Weekday(ctx.dct) == 7) sat = AddDays(ctx.dct, -1);
  Point p = WeekPoint(sat);
  p.gran = Gran::kWeekend;
  return p;
}

namespace {

void Unresolved(Normalised& out, Gran g) {
  Point p;
  p.gran = g == Gran::kWeekend ? Gran::kWeek : g;
  p.year_known = false;
  SetValue(out, p);
}

bool ShiftUnit(const Match& m, const Rule& rule, const Context& ctx, Normalised& out) {
  // Fixed units: "the quarter" (3), "the weekend" (6), "the full year" (7).
  Gran g = rule.fixed == 3 ? Gran::kQuarter : rule.fixed == 6 ? Gran::kWeekend
           : rule.fixed == 7 ? Gran::kYear : UnitGran(m.unit);
  if (g == Gran::kNone) return false;
  if (!ctx.has_dct) {
    Unresolved(out, g);
    return true;
  }
  int sign = rule.fixed == 3 ? -1 : ShiftSign(m.shift);
  if (g == Gran::kWeekend) {
    SetValue(out, Weekend(ctx, sign));
  } else if (g == Gran::kQuarter && rule.fixed == 3 && ctx.anchor.valid() &&
             ctx.anchor.gran == Gran::kQuarter && m.shift == 0) {
    // "the quarter" after "the third quarter" is that quarter.
    SetValue(out, ctx.anchor);
  } else if (g == Gran::kQuarter && rule.fixed == 3) {
    // "the quarter", "the latest quarter": the last one reported.
    SetValue(out, ShiftPoint(UnitPoint(ctx.dct, g), g, -1));
  } else {
    SetValue(out, ShiftPoint(UnitPoint(ctx.dct, g), g, sign));
  }
  out.updates_anchor = true;
  return true;
}

bool ShiftName(const Match& m, const Context& ctx, Normalised& out) {
  const int sign = ShiftSign(m.shift);
  if (m.month != 0) {
    if (!ctx.has_dct) {
      Point p = MonthPoint(0, m.month);
      p.year_known = false;
      SetValue(out, p);
      return true;
    }
    int y = ctx.dct.year;
    if (sign < 0 && m.month >= ctx.dct.month) --y;
    if (sign > 0 && m.month <= ctx.dct.month) ++y;
    SetValue(out, MonthPoint(y, m.month));
    out.updates_anchor = true;
    return true;
  }
  if (m.season != 0) {
    Point p;
    p.gran = Gran::kSeason;
    p.part = m.season;
    p.year = ctx.dct.year;
    p.year_known = ctx.has_dct;
    const int start = m.season * 3;  // SP 3, SU 6, FA 9, WI 12
    if (sign < 0) p.year -= 1;
    if (sign > 0 && start <= ctx.dct.month) p.year += 1;
    SetValue(out, p);
    return true;
  }
  return false;
}

bool Season(const Match& m, const Context& ctx, Normalised& out) {
  Point p;
  p.gran = Gran::kSeason;
  p.part = m.season;
  if (m.year != kNoYear) {
    p.year = m.year;
  } else {
    p.year_known = ctx.has_dct;
    p.year = InferYear(ctx, m.season * 3, 0);
  }
  SetValue(out, p);
  return true;
}

}  // namespace

// Granularity order, coarse to fine, to keep the coarser of two.
int Rank(Gran g) {
  switch (g) {
    case Gran::kCentury: return 0;
    case Gran::kDecade: return 1;
    case Gran::kYear: return 2;
    case Gran::kHalf: case Gran::kQuarter: case Gran::kSeason: return 3;
    case Gran::kMonth: return 4;
    case Gran::kWeek: case Gran::kWeekend: return 5;
    default: return 6;
  }
}

namespace {

// "two years ago", "a year earlier", "the year-ago quarter".
bool Ago(const Match& matched, const Rule& rule, const Context& ctx, Normalised& out) {
  Match m = matched;
  if (rule.fixed == 4) {  // "year-ago", "year-earlier"
    m.num = 1;
    m.unit = kYear;
    m.dir = kEarlier;
  }
  const bool from_anchor = m.dir == kEarlier || m.dir == kLater || m.dir == kBefore ||
                           m.dir == kAfter || rule.fixed == 4;
  const int sign = (m.dir == kLater || m.dir == kAfter || m.dir == kHence) ? 1 : -1;
  if (m.vague || m.num < 0 || m.num != static_cast<int>(m.num)) {
    SetText(out, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    return true;
  }
  // The step in a unit ShiftPoint knows, and the granularity of the answer: "a week ago"
  // is a day, "a decade ago" a year, "three hours ago" that day.
  int n = static_cast<int>(m.num) * sign;
  Gran step = UnitGran(m.unit);
  Gran g = step;
  switch (m.unit) {
    case kDecade: step = Gran::kYear; n *= 10; g = Gran::kYear; break;
    case kCentury: case kMillennium: step = Gran::kYear; n *= 100; g = Gran::kYear; break;
    case kFortnight: step = Gran::kWeek; n *= 2; g = Gran::kDay; break;
    case kWeek: case kWeekend: step = Gran::kWeek; g = Gran::kDay; break;
    case kHalf: step = Gran::kMonth; n *= 6; g = Gran::kMonth; break;
    case kSecond: case kMinute: case kHour: step = Gran::kDay; n = 0; g = Gran::kDay; break;
    default: break;
  }
  const Point& anchor = ctx.anchor;
  const bool anchored = anchor.valid() && anchor.year_known && !anchor.weekday_only;
  // Financial reporting compares with the year-ago quarter: keep the anchor's quarter.
  if (step == Gran::kYear && anchored && anchor.gran == Gran::kQuarter) {
    SetValue(out, ShiftPoint(anchor, Gran::kYear, n));
    return true;
  }
  if (m.ord >= 1 && m.ord <= 4 && ctx.has_dct) {
    SetValue(out, QuarterPoint(ctx.dct.year + n, m.ord));
    return true;
  }
  if (from_anchor && anchored && Rank(anchor.gran) != 3 && Rank(anchor.gran) != 5) {
    Point base = anchor;
    base.pod = 0;
    base.hour = -1;
    // Shifting a day by years keeps the day ("a year earlier" than Sept. 30); shifting a
    // year by days cannot be finer than the year.
    if (step == Gran::kYear || Rank(anchor.gran) < Rank(g)) g = anchor.gran;
    const Point shifted = ShiftPoint(base, step, n);
    SetValue(out, UnitPoint(Ymd{shifted.year, shifted.month > 0 ? shifted.month : 1,
                                shifted.day > 0 ? shifted.day : 1}, g));
    // The story moves on with "A year later ... The following month"; "a year earlier" is
    // mostly a comparison and leaves the story where it was.
    out.updates_anchor = sign > 0;
    return true;
  }
  if (!ctx.has_dct) {
    Unresolved(out, g);
    return true;
  }
  const Point shifted = ShiftPoint(DayPoint(ctx.dct), step, n);
  SetValue(out, UnitPoint(shifted.ymd(), g));
  return true;
}

}  // namespace

bool NormaliseRelative(const Match& m, const Rule& rule, const Context& ctx, Normalised& out) {
  switch (rule.kind) {
    case Kind::kShiftUnit: return ShiftUnit(m, rule, ctx, out);
    case Kind::kShiftName: return ShiftName(m, ctx, out);
    case Kind::kSeason: return Season(m, ctx, out);
    case Kind::kAgo: return Ago(m, rule, ctx, out);
    default: return NormaliseDeixis(m, rule, ctx, out);
  }
}

}  // namespace faultline::timex::internal
