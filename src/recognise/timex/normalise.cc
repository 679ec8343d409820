#include "recognise/timex/normalise.h"

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstring>

#include "recognise/timex/normalise_internal.h"

namespace faultline::timex {
namespace internal {

// How far ahead a past clause and how far back a future clause may place a date given
// without its year, in days.
constexpr int64_t kPastAhead = 60;
constexpr int64_t kFutureBehind = 7;

Gran UnitGran(int unit) {
  switch (unit) {
    case kDay: return Gran::kDay;
    case kWeek: case kFortnight: return Gran::kWeek;
    case kWeekend: return Gran::kWeekend;
    case kMonthUnit: return Gran::kMonth;
    case kQuarter: return Gran::kQuarter;
    case kHalf: return Gran::kHalf;
    case kYear: return Gran::kYear;
    case kDecade: return Gran::kDecade;
    case kCentury: case kMillennium: return Gran::kCentury;
    default: return Gran::kNone;
  }
}

int InferYear(const Context& ctx, int month, int day) {
  // Of the instances last year, this year and next year, the nearest to the publication
  // date, within what the tense allows: a past clause may still name a date a few weeks
  // ahead ("extended to Nov. 20"), a future clause one a few weeks back.
  const int64_t today = DaysFromCivil(ctx.dct);
  int best = ctx.dct.year;
  int64_t best_dist = INT64_MAX;
  for (int y = ctx.dct.year - 1; y <= ctx.dct.year + 1; ++y) {
    const Ymd first{y, month, day > 0 ? day : 1};
    const Ymd last{y, month, day > 0 ? day : DaysInMonth(y, month)};
    int64_t d = 0;  // signed distance from the publication date to the nearest day of it
    if (DaysFromCivil(first) > today) d = DaysFromCivil(first) - today;
    if (DaysFromCivil(last) < today) d = DaysFromCivil(last) - today;
    if (ctx.tense == Tense::kPast && d > kPastAhead) continue;
    if (ctx.tense == Tense::kFuture && d < -kFutureBehind) continue;
    const int64_t dist = d < 0 ? -d : d;
    if (dist < best_dist) {
      best_dist = dist;
      best = y;
    }
  }
  return best;
}

Point Dct(const Context& ctx) {
  Point p = DayPoint(ctx.dct);
  p.year_known = ctx.has_dct;
  return p;
}

void SetValue(Normalised& n, const Point& p) {
  FormatPoint(p, n.value, sizeof n.value);
  n.point = p;
  n.ok = true;
}

void SetText(Normalised& n, const char* text) {
  std::snprintf(n.value, sizeof n.value, "%s", text);
  n.ok = true;
}

}  // namespace internal

namespace {

using internal::InferYear;
using internal::SetText;
using internal::SetValue;

// Duration value: "P3Y", "PT48H", "PXW"; fractions go one unit down ("P2Y6M").
void FormatDuration(double num, int unit, bool vague, Normalised& n) {
  const char* t = UnitIsTime(unit) ? "T" : "";
  if (unit == kDecade || unit == kCentury || unit == kMillennium || unit == kFortnight) {
    const int years = unit == kDecade ? 10 : unit == kCentury ? 100 : 1000;
    if (vague || num < 0) {
      std::snprintf(n.value, sizeof n.value, "PX%s", unit == kDecade ? "DE" : unit == kCentury ? "CE" : unit == kFortnight ? "W" : "ML");
    } else if (unit == kFortnight) {
      std::snprintf(n.value, sizeof n.value, "P%gW", num * 2);
    } else {
      std::snprintf(n.value, sizeof n.value, "P%gY", num * years);
    }
    n.ok = true;
    return;
  }
  const char* u = UnitLetter(unit);
  if (vague || num < 0) {
    std::snprintf(n.value, sizeof n.value, "P%sX%s", t, u);
  } else if (num == std::floor(num)) {
    std::snprintf(n.value, sizeof n.value, "P%s%.0f%s", t, num, u);
  } else {
    // One unit down: years to months, days to hours, hours to minutes ...
    const double whole = std::floor(num);
    const double frac = num - whole;
    struct Down { int unit; double factor; const char* letter; bool time; };
    Down d{0, 0, "", false};
    if (unit == kYear) d = {kMonthUnit, 12, "M", false};
    if (unit == kMonthUnit) d = {kDay, 30, "D", false};
    if (unit == kWeek) d = {kDay, 7, "D", false};
    if (unit == kDay) d = {kHour, 24, "H", true};
    if (unit == kHour) d = {kMinute, 60, "M", true};
    if (unit == kMinute) d = {kSecond, 60, "S", true};
    const double sub = frac * d.factor;
    if (d.unit != 0 && sub == std::floor(sub)) {
      if (whole > 0) {
        std::snprintf(n.value, sizeof n.value, "P%s%.0f%s%s%.0f%s", t, whole, u,
                      d.time && !UnitIsTime(unit) ? "T" : "", sub, d.letter);
      } else {
        std::snprintf(n.value, sizeof n.value, "P%s%.0f%s", d.time ? "T" : "", sub, d.letter);
      }
    } else {
      std::snprintf(n.value, sizeof n.value, "P%s%g%s", t, num, u);
    }
  }
  n.ok = true;
}

void NormaliseDate(const Match& m, const Context& ctx, Normalised& n) {
  if (m.holiday != 0) {
    int month = 12, day = 25;
    if (m.holiday == kHalloween) { month = 10; day = 31; }
    const int year = m.year != kNoYear ? m.year : InferYear(ctx, month, kThanksgiving == m.holiday ? 28 : day);
    if (m.holiday == kThanksgiving) {
      // Fourth Thursday of November.
      const int first = Weekday(Ymd{year, 11, 1});
      month = 11;
      day = 1 + (4 - first + 7) % 7 + 21;
    }
    Point p = DayPoint(Ymd{year, month, day});
    p.year_known = m.year != kNoYear || ctx.has_dct;
    SetValue(n, p);
    n.updates_anchor = true;
    return;
  }
  if (m.month == 0) {
    if (m.year == kNoYear) return;
    SetValue(n, YearPoint(m.year));
    n.updates_anchor = true;
    return;
  }
  int year = m.year;
  bool known = true;
  if (year == kNoYear) {
    known = ctx.has_dct;
    year = known ? InferYear(ctx, m.month, m.day) : 0;
    if (m.shift != 0 && known) {
      // "June last year", "January this year"
      year = ctx.dct.year + (m.shift == kLast || m.shift == kPast || m.shift == kPrevious ? -1
                             : m.shift == kNext || m.shift == kFollowing ? 1 : 0);
    }
  }
  Point p;
  if (m.day > 0) {
    if (m.day > DaysInMonth(known ? year : 2000, m.month)) return;
    p = DayPoint(Ymd{year, m.month, m.day});
  } else {
    p = MonthPoint(year, m.month);
  }
  p.year_known = known;
  SetValue(n, p);
  n.updates_anchor = true;
}

void NormaliseQuarter(const Match& m, const Context& ctx, const Rule& rule, Normalised& n) {
  // "next year's first quarter": a quarter of a shifted year; "last year's quarter": the
  // same quarter a year ago.
  const int year_shift = rule.fixed == 5 ? (m.shift == kNext || m.shift == kFollowing ? 1
                                            : m.shift == kThis || m.shift == kCurrent ? 0 : -1)
                                         : 0;
  if (rule.fixed == 8) {
    // "the 1988 period": the quarter in focus, in that year.
    if (ctx.anchor.valid() && ctx.anchor.gran == Gran::kQuarter) {
      SetValue(n, QuarterPoint(m.year, ctx.anchor.part));
    } else {
      SetValue(n, YearPoint(m.year));
    }
    return;
  }
  if (rule.fixed != 5 && m.unit != kQuarter && m.unit != kHalf) return;
  const bool half = m.unit == kHalf;
  const int parts = half ? 2 : 4;
  int ord = m.ord;
  if (ord == 0 && rule.fixed == 5) {
    ord = ctx.anchor.valid() && ctx.anchor.gran == Gran::kQuarter ? ctx.anchor.part
                                                                  : QuarterOf(ctx.dct.month);
  }
  if (ord < 1 || ord > parts) return;
  int year = m.year;
  bool known = true;
  if (year == kNoYear) {
    known = ctx.has_dct;
    const int start_month = (ord - 1) * (12 / parts) + 1;
    const int end_month = start_month + 12 / parts - 1;
    const int y = ctx.dct.year;
    if (rule.fixed == 5) {
      year = y + year_shift;
    } else if (start_month <= ctx.dct.month) {
      // Started already: this year's, even in a future clause ("the third quarter will
      // show ..." in October is about the quarter just closed), unless it ended long ago
      // and the clause looks ahead ("the first quarter" in December).
      year = ctx.tense == Tense::kFuture && end_month + 6 < ctx.dct.month ? y + 1 : y;
    } else {
      year = ctx.tense == Tense::kFuture ? y : y - 1;
    }
  }
  Point p = QuarterPoint(year, ord);
  if (half) p.gran = Gran::kHalf;
  p.year_known = known;
  SetValue(n, p);
  n.updates_anchor = true;
}

void NormaliseSet(const Match& m, Normalised& n) {
  n.type = "SET";
  if (m.weekday != 0) {
    std::snprintf(n.value, sizeof n.value, "XXXX-WXX-%d", m.weekday);
  } else if (m.month != 0) {
    std::snprintf(n.value, sizeof n.value, "XXXX-%02d", m.month);
  } else if (m.pod >= kMorning && m.pod <= kNight) {
    static constexpr const char* kPods[] = {"", "MO", "AF", "EV", "NI"};
    std::snprintf(n.value, sizeof n.value, "XXXX-XX-XXT%s", kPods[m.pod]);
  } else {
    const int unit = m.set_unit != 0 ? m.set_unit : m.unit;
    if (unit == 0) return;
    double num = m.num > 0 ? m.num : 1;
    if (m.ord == 2) num = 2;  // "every other week", "every second day"
    FormatDuration(num, unit, false, n);
  }
  n.ok = true;
}

}  // namespace

Normalised Normalise(const Match& m, const Rule& rule, const Context& ctx) {
  Normalised n;
  switch (rule.kind) {
    case Kind::kDate:
      NormaliseDate(m, ctx, n);
      break;
    case Kind::kQuarter:
      NormaliseQuarter(m, ctx, rule, n);
      break;
    case Kind::kDecade: {
      Point p;
      p.gran = Gran::kDecade;
      p.decade = m.decade;
      p.year = m.decade * 10;
      SetValue(n, p);
      break;
    }
    case Kind::kCentury: {
      if (m.ord < 1 || m.ord > 21) break;
      Point p;
      p.gran = Gran::kCentury;
      p.decade = m.ord - 1;
      p.year = p.decade * 100;
      SetValue(n, p);
      break;
    }
    case Kind::kDuration:
      if (m.unit == kHalf) break;  // "a half", "one-half": fractions
      n.type = "DURATION";
      FormatDuration(rule.fixed == 1 ? (m.num > 0 ? m.num : 0) + 0.5 : m.num, m.unit,
                     m.vague || (m.num2 >= 0 && rule.fixed != 1), n);
      break;
    case Kind::kSet:
      NormaliseSet(m, n);
      break;
    case Kind::kRef:
      // "recent weeks" is a vague duration, "recent years" a vague past (as TimeBank).
      if (m.unit != 0 && m.unit != kYear && m.unit != kDecade && m.unit != kCentury &&
          rule.fixed == kPastRef) {
        n.type = "DURATION";
        FormatDuration(-1, m.unit, true, n);
        break;
      }
      n.type = "DATE";
      {
        const int ref = rule.fixed != 0 ? rule.fixed : m.ref;
        SetText(n, ref == kPastRef ? "PAST_REF" : ref == kFutureRef ? "FUTURE_REF" : "PRESENT_REF");
      }
      break;
    default:
      internal::NormaliseRelative(m, rule, ctx, n);
      break;
  }
  return n;
}

}  // namespace faultline::timex
