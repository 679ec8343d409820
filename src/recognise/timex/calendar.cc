#include "recognise/timex/calendar.h"

namespace faultline::timex {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every proleptic date.
int64_t DaysFromCivil(const Ymd& d) {
  const int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return Ymd{year, month, day};
}

int Weekday(const Ymd& d) {
  const int64_t days = DaysFromCivil(d);
  // 1970-01-01 was a Thursday (4).
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

Ymd AddDays(const Ymd& d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

Ymd AddMonths(const Ymd& d, int n) {
  int m0 = d.year * 12 + (d.month - 1) + n;
  Ymd r;
  r.year = m0 >= 0 ? m0 / 12 : (m0 - 11) / 12;
  r.month = m0 - r.year * 12 + 1;
  const int dim = DaysInMonth(r.year, r.month);
  r.day = d.day > dim ? dim : d.day;
  return r;
}

IsoWeek IsoWeekOf(const Ymd& d) {
  // The ISO week belongs to the year of its Thursday.
  const Ymd thursday = AddDays(d, 4 - Weekday(d));
  const int64_t jan1 = DaysFromCivil(Ymd{thursday.year, 1, 1});
  const int64_t ordinal = DaysFromCivil(thursday) - jan1;
  return IsoWeek{thursday.year, static_cast<int>(ordinal / 7) + 1};
}

bool ValidYmd(const Ymd& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

bool ParseIsoDate(std::string_view s, Ymd* out) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](size_t b, size_t n, int* v) {
    int x = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
  };
  Ymd d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return false;
  if (!ValidYmd(d)) return false;
  *out = d;
  return true;
}

}  // namespace faultline::timex
