// Calendar arithmetic for normalising temporal expressions: proleptic Gregorian days,
// weekdays, ISO weeks and month/quarter steps. Everything is integer maths on the stack so
// that resolving a date never allocates.
#pragma once

#include <cstdint>
#include <string_view>

namespace faultline::timex {

struct Ymd {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Days since 1970-01-01 (negative before).
int64_t DaysFromCivil(const Ymd& d);
Ymd CivilFromDays(int64_t days);

// ISO weekday of a date: Monday 1 .. Sunday 7.
int Weekday(const Ymd& d);
int DaysInMonth(int year, int month);
Ymd AddDays(const Ymd& d, int64_t n);
// Adds months, clamping the day to the month's length (Jan 31 + 1 month = Feb 28/29).
Ymd AddMonths(const Ymd& d, int n);

struct IsoWeek {
  int year = 0;
  int week = 0;  // 1..53
};
IsoWeek IsoWeekOf(const Ymd& d);

// Parses "YYYY-MM-DD" (anything after the tenth character is ignored). False when it is
// not a valid date.
bool ParseIsoDate(std::string_view s, Ymd* out);

bool ValidYmd(const Ymd& d);

}  // namespace faultline::timex
