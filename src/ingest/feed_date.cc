#include "ingest/feed_date.h"

#include <cctype>
#include <cstdio>
#include <sstream>

#include "ingest/html_extract.h"

namespace faultline {
namespace {

bool ValidDay(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= (m == 2 && !leap ? 28 : kDays[m - 1]);
}

std::string Format(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string ParseFeedDate(std::string_view value) {
  std::string iso = IsoDatePrefix(value);
  if (!iso.empty()) {
    int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)),
        d = std::stoi(iso.substr(8, 2));
    return ValidDay(y, m, d) ? iso : "";
  }
  // RFC 822: optional "Day," then "DD Mon YYYY".
  std::string s(value);
  if (size_t comma = s.find(','); comma != std::string::npos) s = s.substr(comma + 1);
  std::istringstream in(s);
  int d = 0, y = 0;
  std::string mon;
  if (!(in >> d >> mon >> y)) return "";
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (mon.size() < 3) return "";
  std::string m3 = mon.substr(0, 3);
  for (char& c : m3) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int m = 0;
  for (int i = 0; i < 12; ++i) {
    if (m3 == kMonths[i]) m = i + 1;
  }
  if (y < 100) y += y < 70 ? 2000 : 1900;  // RFC 822 two-digit years
  return ValidDay(y, m, d) ? Format(y, m, d) : "";
}

}  // namespace faultline
