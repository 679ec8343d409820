// Day-level deixis: "yesterday", "this morning", weekdays, clock times, and expressions
// anchored on the last mentioned date ("the following year", "that day", "the day before").
#include "recognise/timex/normalise_internal.h"

namespace faultline::timex::internal {
namespace {

// A day point that cannot be resolved without a publication date: "XXXX-XX-XX".
Point UnknownDay() {
  Point p;
  p.gran = Gran::kDay;
  p.year_known = false;
  return p;
}

void Finish(Normalised& out, Point p, const Match& m) {
  if (m.hour >= 0) {
    p.hour = m.hour;
    p.minute = m.minute;
    out.type = "TIME";
  } else if (m.pod >= kMorning && m.pod <= kNight) {
    p.pod = m.pod;
    out.type = "TIME";
  }
  SetValue(out, p);
  out.updates_anchor = p.year_known;
}

// The day a weekday name denotes, seen from `from`.
Ymd WeekdayDate(const Match& m, const Context& ctx, const Ymd& from) {
  switch (m.shift) {
    case kLast: case kPast: case kPrevious: return FindWeekday(from, m.weekday, -1, true);
    case kNext: case kFollowing: return FindWeekday(from, m.weekday, 1, true);
    case kThis: case kCurrent: return AddDays(from, m.weekday - Weekday(from));
    default: break;
  }
  // News reports schedules in the present ("meet Monday"): present and future look ahead.
  const bool ahead = ctx.tense == Tense::kFuture || ctx.tense == Tense::kPresent;
  return FindWeekday(from, m.weekday, ahead ? 1 : -1, false);
}

bool WeekdayExpr(const Match& m, const Context& ctx, Normalised& out) {
  if (m.plural) {
    Point p;
    p.gran = Gran::kDay;
    p.weekday_only = true;
    p.weekday = m.weekday;
    Finish(out, p, m);
    out.type = "SET";
    out.updates_anchor = false;
    return true;
  }
  if (!ctx.has_dct) {
    Point p;
    p.gran = Gran::kDay;
    p.weekday_only = true;
    p.weekday = m.weekday;
    Finish(out, p, m);
    out.updates_anchor = false;
    return true;
  }
  Ymd from = ctx.dct;
  // "the previous Friday" looks back from the day the story is at.
  if ((m.shift == kPrevious || m.shift == kFollowing) && ctx.anchor.valid() &&
      ctx.anchor.gran == Gran::kDay && ctx.anchor.year_known) {
    from = ctx.anchor.ymd();
  }
  // "Friday night" is annotated as the day in TimeBank; only "this morning", "last night"
  // (deixis) carry the part of the day.
  Match day_only = m;
  day_only.pod = 0;
  Finish(out, DayPoint(WeekdayDate(m, ctx, from)), day_only);
  return true;
}

bool DeicticExpr(const Match& m, const Rule& rule, const Context& ctx, Normalised& out) {
  const int which = m.deictic != 0 ? m.deictic : rule.fixed;
  if (!ctx.has_dct) {
    if (which == kToday && m.pod == 0) {
      SetText(out, "PRESENT_REF");
      return true;
    }
    Finish(out, UnknownDay(), m);
    return true;
  }
  const int offset = which == kYesterday ? -1 : which == kTomorrow ? 1 : 0;
  Finish(out, DayPoint(AddDays(ctx.dct, offset)), m);
  return true;
}

bool TimeExpr(const Match& m, const Context& ctx, Normalised& out) {
  Point day;
  if (m.month != 0 && m.day != 0) {
    const int year = m.year != kNoYear ? m.year : ctx.has_dct ? InferYear(ctx, m.month, m.day) : 0;
    day = DayPoint(Ymd{year, m.month, m.day});
    day.year_known = m.year != kNoYear || ctx.has_dct;
  } else if (!ctx.has_dct) {
    day = UnknownDay();
  } else if (m.weekday != 0) {
    day = DayPoint(WeekdayDate(m, ctx, ctx.dct));
  } else {
    const int offset = m.deictic == kYesterday ? -1 : m.deictic == kTomorrow ? 1 : 0;
    day = DayPoint(AddDays(ctx.dct, offset));
  }
  Finish(out, day, m);
  out.type = "TIME";
  return true;
}

// "the following year", "that day", "the day before", "earlier that day".
bool AnchoredExpr(const Match& m, const Context& ctx, Normalised& out) {
  const Point& a = ctx.anchor;
  const bool anchored = a.valid() && a.year_known && !a.weekday_only;
  if (m.weekday != 0) return WeekdayExpr(m, ctx, out);
  Gran g = m.unit != 0 ? UnitGran(m.unit) : Gran::kDay;  // "the next morning": a day
  if (g == Gran::kNone) return false;
  int sign = ShiftSign(m.shift);
  if (m.dir == kBefore || m.dir == kEarlier) sign = m.unit != 0 && m.dir == kBefore ? -1 : sign;
  if (m.dir == kAfter) sign = 1;
  Point base;
  if (anchored && Rank(a.gran) >= Rank(g) && Rank(a.gran) != 3) {
    base = UnitPoint(a.gran == Gran::kWeek ? CivilFromDays(a.monday)
                                           : Ymd{a.year, a.month > 0 ? a.month : 1,
                                                 a.day > 0 ? a.day : 1}, g);
  } else if (anchored && Rank(a.gran) == 3 && g == Gran::kYear) {
    base = YearPoint(a.year);
  } else if (anchored) {
    // The anchor is coarser than the unit ("that day" after "in 1998"): the year is known,
    // the day is not.
    Point p = UnitPoint(Ymd{a.year, a.month > 0 ? a.month : 1, 1}, Rank(a.gran) < 4 ? Gran::kYear : Gran::kMonth);
    SetValue(out, p);
    return true;
  } else if (ctx.has_dct) {
    base = UnitPoint(ctx.dct, g);
  } else {
    Point p;
    p.gran = g;
    p.year_known = false;
    SetValue(out, p);
    return true;
  }
  Point r = ShiftPoint(base, g, sign);
  if (g == Gran::kDay) {
    Match day_only = m;
    day_only.pod = 0;
    Finish(out, r, day_only);
  } else {
    SetValue(out, r);
  }
  return true;
}

}  // namespace

bool NormaliseDeixis(const Match& m, const Rule& rule, const Context& ctx, Normalised& out) {
  switch (rule.kind) {
    case Kind::kWeekday: return WeekdayExpr(m, ctx, out);
    case Kind::kDeictic: return DeicticExpr(m, rule, ctx, out);
    case Kind::kTime: return TimeExpr(m, ctx, out);
    case Kind::kAnchored: return AnchoredExpr(m, ctx, out);
    default: return false;
  }
}

}  // namespace faultline::timex::internal
