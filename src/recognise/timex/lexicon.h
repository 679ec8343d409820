// The closed vocabulary of temporal expressions: month, weekday and season names, units,
// number words, ordinals, shifters ("last", "next"), modifiers ("early", "late") and the
// deictic words ("today", "now"). One hash lookup per token classifies it; the table is
// built once on first use and is read-only afterwards, so it is safe to share between
// threads.
#pragma once

#include <cstdint>
#include <string_view>

namespace faultline::timex {

// Word classes, as bits: a word can be several ("may" is a month and a modal, "second" a
// unit and an ordinal).
enum WordClass : uint32_t {
  kMonth = 1u << 0,      // val 1..12
  kWeekday = 1u << 1,    // val 1 (Monday) .. 7; plural forms set kPluralFlag
  kSeason = 1u << 2,     // val Season
  kUnit = 1u << 3,       // val Unit; plural forms set kPluralFlag
  kNumWord = 1u << 4,    // cardinal: val 0..90, 100, 1000 (see number.h for phrases)
  kOrdWord = 1u << 5,    // ordinal: val 1..31 ("first", "twentieth")
  kPartOfDay = 1u << 6,  // val PartOfDay
  kDeictic = 1u << 7,    // val Deictic
  kRef = 1u << 8,        // val Ref: a vague reference to past, present or future
  kShift = 1u << 9,      // val Shift
  kMod = 1u << 10,       // val Mod
  kApprox = 1u << 11,    // "about", "nearly": part of the span, no effect on the value
  kDir = 1u << 12,       // val Dir: "ago", "earlier", "later"
  kSetWord = 1u << 13,   // val Unit: "daily", "weekly"
  kVague = 1u << 14,     // "several", "few", "many": an unknown count
  kHoliday = 1u << 15,   // val Holiday
  kQuant = 1u << 16,     // "every", "each", "per"
  kPluralFlag = 1u << 30,
};

enum Season : int16_t { kSpring = 1, kSummer, kFall, kWinter };
enum Unit : int16_t {
  kSecond = 1, kMinute, kHour, kDay, kWeek, kWeekend, kFortnight, kMonthUnit, kQuarter, kHalf,
  kYear, kDecade, kCentury, kMillennium
};
enum PartOfDay : int16_t { kMorning = 1, kAfternoon, kEvening, kNight, kNoon, kMidnight };
enum Deictic : int16_t { kToday = 1, kYesterday, kTomorrow, kTonight };
enum Ref : int16_t { kPastRef = 1, kPresentRef, kFutureRef };
// Shift: last (-1), this (0), next (+1); kPast covers "past"/"previous" which with a count
// make a duration ("the past three months") and without one a date ("the past year").
enum Shift : int16_t { kLast = 1, kThis, kNext, kPast, kPrevious, kFollowing, kCurrent };
enum Mod : int16_t { kEarly = 1, kMid, kLate, kStart, kEnd };
enum Dir : int16_t { kAgo = 1, kEarlier, kLater, kBefore, kAfter, kHence };
enum Holiday : int16_t { kChristmas = 1, kChristmasEve, kNewYearsDay, kNewYearsEve, kThanksgiving,
                         kIndependenceDay, kHalloween, kValentines };

struct WordInfo {
  uint32_t cls = 0;
  int16_t month = 0, weekday = 0, season = 0, unit = 0, num = 0, ord = 0, pod = 0, deictic = 0,
          ref = 0, shift = 0, mod = 0, dir = 0, set_unit = 0, holiday = 0;
};

// The classes of a folded token (lower case, with its period for abbreviations), or
// nullptr when it is no temporal word.
const WordInfo* LookupWord(std::string_view norm);

// Unit of a TIMEX3 duration letter: "Y", "M", "W", "D", "H" ... and its time flag.
const char* UnitLetter(int unit);
bool UnitIsTime(int unit);

}  // namespace faultline::timex
