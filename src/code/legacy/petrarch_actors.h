// Reader for PETRARCH/Phoenix actor dictionaries (*actors*.txt):
//
//   GOLLUM                      # a base name starts an entry
//   +SMEAGOL                    # '+' adds a synonym
//       [HOB <950601]           # codes, on the name line or on their own lines, with an
//       [HOBGOV 19950601 - 19990815]   # optional date restriction: <D on or before D,
//       [HOBREB >990816]        # >D on or after D, A-B between A and B (inclusive)
//   UN_ [IGOUNO]                # '_' joins the words of a name
//
// Dates are YYYYMMDD or PETRARCH's YYMMDD (YY <= 30 is 20YY). As in PETRARCH, a range
// ending on the day another range of the same entry starts ends the day before, and the
// code "---" means "not an actor" for its dates. An entry without any code is kept out
// of the dictionary (PETRARCH would store it codeless, so it never yields an actor).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

// Days since 1970-01-01 of a proleptic Gregorian date; used for date comparisons and
// the "day before" adjustment.
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d);

// Parses a dictionary date (YYYYMMDD, or YYMMDD with PETRARCH's 7-character leniency)
// into YYYYMMDD. False when it is not a date.
bool ParsePetrarchDate(std::string_view s, int32_t* yyyymmdd);

struct DatedCode {
  std::string code;          // "HOBGOV"; "---" is the null code
  int32_t from = 0;          // inclusive YYYYMMDD; 0 = open
  int32_t to = 99999999;     // inclusive YYYYMMDD
  bool dated = false;
};

struct ActorEntry {
  std::vector<std::vector<std::string>> names;  // folded tokens of the base name and synonyms
  std::vector<DatedCode> codes;
  std::string id;  // "FILE:LINE" of the base name
};

// The code for an article dated `date` (YYYYMMDD, 0 = unknown): the first dated code
// covering the date, else the undated code, else empty. "---" resolves to empty.
std::string ResolveActorCode(const std::vector<DatedCode>& codes, int32_t date);

struct ActorDictionary {
  std::vector<ActorEntry> entries;
  size_t codeless = 0;  // entries dropped for lack of a code
  std::vector<std::string> warnings;  // tolerated oddities, "FILE:LINE: what: 'line'"
};

// Parses `content` (named `file` in messages) and appends its entries.
Status ParseActors(std::string_view file, std::string_view content, ActorDictionary* dict);
Status LoadActors(const std::string& path, ActorDictionary* dict);

}  // namespace faultline::petrarch
