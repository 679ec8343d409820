// Point: a calendar value at some granularity (a day, a week, a quarter, a decade ...), the
// thing a DATE or TIME timex denotes. Formats itself as a TIMEX3 value without allocating.
#pragma once

#include <cstddef>
#include <cstdint>

#include "recognise/timex/calendar.h"

namespace faultline::timex {

enum class Gran : unsigned char {
  kNone, kCentury, kDecade, kYear, kHalf, kQuarter, kSeason, kMonth, kWeek, kWeekend, kDay
};

struct Point {
  Gran gran = Gran::kNone;
  bool year_known = true;  // false: "XXXX" (no publication date to resolve against)
  int year = 0;
  int month = 0;    // kMonth, kDay
  int day = 0;      // kDay
  int part = 0;     // kQuarter 1..4, kHalf 1..2, kSeason 1..4, kWeek/kWeekend ISO week
  int decade = 0;   // kDecade: 198 for the 1980s; kCentury: 19 for the 1900s
  int pod = 0;      // PartOfDay suffix for kDay
  int hour = -1, minute = -1;
  bool weekday_only = false;  // "XXXX-WXX-4": a weekday without a date
  int weekday = 0;
  int64_t monday = 0;  // kWeek/kWeekend: the week's Monday, days since 1970-01-01

  bool valid() const { return gran != Gran::kNone; }
  Ymd ymd() const { return Ymd{year, month, day}; }
};

Point DayPoint(const Ymd& d);
Point MonthPoint(int year, int month);
Point YearPoint(int year);
Point QuarterPoint(int year, int quarter);
Point WeekPoint(const Ymd& any_day_in_week);

// Writes the TIMEX3 value into buf (NUL terminated); returns its length.
size_t FormatPoint(const Point& p, char* buf, size_t size);

// The point `n` units of the given granularity away from p, at p's granularity; units
// coarser than p shift p itself ("a year earlier" than 1989-Q3 is 1988-Q3).
Point ShiftPoint(const Point& p, Gran unit, int n);

// Quarter (1..4) of a month.
inline int QuarterOf(int month) { return (month - 1) / 3 + 1; }

}  // namespace faultline::timex
