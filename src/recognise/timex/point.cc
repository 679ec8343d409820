#include "recognise/timex/point.h"

#include <cstdio>

#include "recognise/timex/lexicon.h"

namespace faultline::timex {

Point DayPoint(const Ymd& d) {
  Point p;
  p.gran = Gran::kDay;
  p.year = d.year;
  p.month = d.month;
  p.day = d.day;
  return p;
}

Point MonthPoint(int year, int month) {
  Point p;
  p.gran = Gran::kMonth;
  p.year = year;
  p.month = month;
  return p;
}

Point YearPoint(int year) {
  Point p;
  p.gran = Gran::kYear;
  p.year = year;
  return p;
}

Point QuarterPoint(int year, int quarter) {
  Point p;
  p.gran = Gran::kQuarter;
  p.year = year;
  p.part = quarter;
  return p;
}

Point WeekPoint(const Ymd& d) {
  const IsoWeek w = IsoWeekOf(d);
  Point p;
  p.gran = Gran::kWeek;
  p.year = w.year;
  p.part = w.week;
  // Keep the Monday so that the week can be shifted and turned into a day.
  p.monday = DaysFromCivil(d) + 1 - Weekday(d);
  return p;
}

size_t FormatPoint(const Point& p, char* buf, size_t size) {
  static constexpr const char* kSeasons[] = {"", "SP", "SU", "FA", "WI"};
  static constexpr const char* kPods[] = {"", "MO", "AF", "EV", "NI", "", ""};
  char year[8];
  if (p.year_known) {
    std::snprintf(year, sizeof year, "%04d", p.year < 0 ? 0 : p.year % 10000);
  } else {
    std::snprintf(year, sizeof year, "XXXX");
  }
  int n = 0;
  switch (p.gran) {
    case Gran::kNone:
      n = std::snprintf(buf, size, "XXXX");
      break;
    case Gran::kCentury:
      n = std::snprintf(buf, size, "%02d", p.decade);
      break;
    case Gran::kDecade:
      n = std::snprintf(buf, size, "%03d", p.decade);
      break;
    case Gran::kYear:
      n = std::snprintf(buf, size, "%s", year);
      break;
    case Gran::kHalf:
      n = std::snprintf(buf, size, "%s-H%d", year, p.part);
      break;
    case Gran::kQuarter:
      n = std::snprintf(buf, size, "%s-Q%d", year, p.part);
      break;
    case Gran::kSeason:
      n = std::snprintf(buf, size, "%s-%s", year, kSeasons[p.part >= 1 && p.part <= 4 ? p.part : 0]);
      break;
    case Gran::kMonth:
      n = std::snprintf(buf, size, "%s-%02d", year, p.month);
      break;
    case Gran::kWeek:
    case Gran::kWeekend:
      if (p.weekday_only || !p.year_known) {
        n = p.weekday_only ? std::snprintf(buf, size, "XXXX-WXX-%d", p.weekday)
                           : std::snprintf(buf, size, "XXXX-WXX");
      } else {
        n = std::snprintf(buf, size, "%s-W%02d%s", year, p.part,
                          p.gran == Gran::kWeekend ? "-WE" : "");
      }
      break;
    case Gran::kDay:
      if (p.weekday_only) {
        n = std::snprintf(buf, size, "XXXX-WXX-%d", p.weekday);
      } else if (!p.year_known) {
        n = p.month > 0 ? std::snprintf(buf, size, "XXXX-%02d-%02d", p.month, p.day)
                        : std::snprintf(buf, size, "XXXX-XX-XX");
      } else {
        n = std::snprintf(buf, size, "%s-%02d-%02d", year, p.month, p.day);
      }
      break;
  }
  if (n < 0) n = 0;
  size_t len = static_cast<size_t>(n) < size ? static_cast<size_t>(n) : size - 1;
  if (p.gran == Gran::kDay && len + 7 < size) {
    int extra = 0;
    if (p.hour >= 0) {
      extra = p.minute >= 0 ? std::snprintf(buf + len, size - len, "T%02d:%02d", p.hour, p.minute)
                            : std::snprintf(buf + len, size - len, "T%02d", p.hour);
    } else if (p.pod >= kMorning && p.pod <= kNight) {
      extra = std::snprintf(buf + len, size - len, "T%s", kPods[p.pod]);
    }
    if (extra > 0) len += static_cast<size_t>(extra);
  }
  return len;
}

Point ShiftPoint(const Point& p, Gran unit, int n) {
  Point r = p;
  if (!p.year_known || p.weekday_only) return r;
  auto add_months = [&](int months) {
    const Ymd d = AddMonths(Ymd{p.year, p.month > 0 ? p.month : 1, p.day > 0 ? p.day : 1}, months);
    r.year = d.year;
    if (p.month > 0) r.month = d.month;
    if (p.day > 0) r.day = d.day;
  };
  switch (unit) {
    case Gran::kCentury:
      r.year += 100 * n;
      r.decade += (p.gran == Gran::kCentury ? 1 : 10) * n;
      break;
    case Gran::kDecade:
      r.year += 10 * n;
      r.decade += (p.gran == Gran::kDecade ? 1 : 0) * n;
      break;
    case Gran::kYear:
      if (p.gran == Gran::kDay) {
        add_months(12 * n);
      } else {
        r.year += n;
      }
      break;
    case Gran::kHalf:
    case Gran::kQuarter:
    case Gran::kMonth: {
      const int months = n * (unit == Gran::kHalf ? 6 : unit == Gran::kQuarter ? 3 : 1);
      if (p.gran == Gran::kQuarter) {
        const int q = p.year * 4 + (p.part - 1) + months / 3;
        r.year = q / 4;
        r.part = q % 4 + 1;
      } else if (p.gran == Gran::kMonth || p.gran == Gran::kDay) {
        add_months(months);
      } else {
        r.year += months / 12;
      }
      break;
    }
    case Gran::kWeek:
    case Gran::kWeekend:
    case Gran::kDay: {
      const int days = n * (unit == Gran::kDay ? 1 : 7);
      if (p.gran == Gran::kDay) {
        r = DayPoint(AddDays(p.ymd(), days));
        r.pod = p.pod;
      } else if (p.gran == Gran::kWeek || p.gran == Gran::kWeekend) {
        const Point w = WeekPoint(CivilFromDays(p.monday + days));
        r.year = w.year;
        r.part = w.part;
        r.monday = w.monday;
      }
      break;
    }
    default:
      break;
  }
  return r;
}

}  // namespace faultline::timex
