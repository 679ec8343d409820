#include "analyse/day.h"

#include <chrono>
#include <cstdio>

namespace faultline::analyse {

std::optional<int> ParseDay(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  for (size_t i : {0, 1, 2, 3}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
    y = y * 10 + (iso[i] - '0');
  }
  for (size_t i : {5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  }
  m = (iso[5] - '0') * 10 + (iso[6] - '0');
  d = (iso[8] - '0') * 10 + (iso[9] - '0');
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<int>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string FormatDay(int day) {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace faultline::analyse
