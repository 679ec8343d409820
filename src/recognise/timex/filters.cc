#include "recognise/timex/filters.h"

#include <string_view>

namespace faultline::timex {
namespace {

// Words that introduce a time: a bare "May", "fall" or "summer" after them is a date.
bool TemporalPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in", "of", "since", "until", "till", "by", "from", "through", "during", "before",
      "after", "early", "late", "mid", "last", "next", "this", "between", "on", "throughout",
      "that", "past", "coming", "into", "-", "each", "every"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Nouns that make a four-digit number a count, not a year.
bool CountedNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "people", "persons", "men", "women", "children", "troops", "soldiers", "civilians",
      "refugees", "families", "households", "homes", "houses", "dollars", "euros", "pounds",
      "tons", "tonnes", "barrels", "shares", "feet", "meters", "metres", "miles", "kilometers",
      "kilometres", "km", "percent", "%", "points", "units", "jobs", "workers", "employees",
      "members", "students", "votes", "acres", "hectares", "residents", "police", "officers",
      "fighters", "militants", "rebels", "prisoners", "deaths", "cases", "victims", "yards",
      "hours", "days", "years", "rounds", "cars", "vehicles", "protesters", "killed", "dead",
      "times", "others", "more", "customers", "patients", "copies", "pieces", "sq", "square",
      "new", "bpd", "mw", "mph", "calories", "words", "pages", "metric"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Words after which "a year" is a rate, not a duration.
bool Rate(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "million", "billion", "thousand", "hundred", "percent", "%", "times", "twice", "once",
      "hours", "days", "flights", "seats", "dollars", "cents", "barrels", "tons", "shares",
      "trillion", "points", "miles", "visits", "meetings", "people"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

bool RejectMatch(const Match& m, const Rule& rule, const std::vector<Atom>& a) {
  const uint32_t len = m.end - m.begin;
  const std::string_view prev = m.begin > 0 ? a[m.begin - 1].norm : std::string_view();
  const std::string_view next = m.end < a.size() ? a[m.end].norm : std::string_view();
  // A lone ambiguous month ("May", "March") or season needs a temporal preposition.
  if (len == 1 && (m.weak || (rule.kind == Kind::kSeason && m.year == kNoYear))) {
    if (!TemporalPreposition(prev)) return true;
  }
  if (rule.kind == Kind::kSeason && m.year == kNoYear) {
    if (next == "of") return true;  // "the fall of Kabul"
    if (len == 2 && m.mod == 0 && !TemporalPreposition(prev)) return true;
  }
  if (rule.kind == Kind::kDuration) {
    const std::string_view head = a[m.begin].norm;
    // "a quarter of the vote", "a second attempt": fractions and ordinals.
    if (m.unit == kQuarter && m.num == 1 && !m.plural) return true;
    if (m.unit == kSecond && (head == "a" || head == "second") && m.end < a.size() &&
        !a[m.end].punct) {
      return true;
    }
    // Bare plurals of small units are too often figurative ("minutes apart", "60 Minutes").
    if (len == 1 && (m.unit == kSecond || m.unit == kMinute || m.unit == kHour ||
                     m.unit == kQuarter)) {
      return true;
    }
    if (next == "old" || (next == "-" && m.end + 1 < a.size() && a[m.end + 1].norm == "old")) {
      return true;  // an age: "52 years old", "6-year-old"
    }
    // A rate: "$500 million a year", "four flights a week", "24 hours a day".
    const std::string_view first = a[m.begin].norm;
    if (len == 2 && (first == "a" || first == "an" || first == "per") && m.begin > 0 &&
        (a[m.begin - 1].number >= 0 || Rate(prev))) {
      return true;
    }
  }
  // A four-digit number alone: a year unless it counts something or is money.
  if (rule.kind == Kind::kDate && m.month == 0 && m.holiday == 0 && len == 1 &&
      m.year != kNoYear) {
    if (CountedNoun(next) || prev == "$" || prev == "€" || prev == "£" || prev == "#" ||
        prev == "no." || prev == "number" || prev == "than" || prev == "some" ||
        prev == "about" || prev == "nearly" || prev == "over" || prev == "almost") {
      return true;
    }
    if (!next.empty() && (next == "," || next == ".") && m.end + 1 < a.size() &&
        a[m.end + 1].digits >= 0 && !a[m.end + 1].space_before) {
      return true;  // part of a larger number
    }
    if (m.year < 1000) return true;
  }
  return false;
}

}  // namespace faultline::timex
