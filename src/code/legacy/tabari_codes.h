// TABARI code strings: actor codes with date restrictions and coded compounds, event
// codes with pairs and precedence marks, time-shift codes. Parsing follows TABARI's
// rules (e.g. a lone date-restricted actor code gets "[---]" as its fallback).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/legacy/tabari_tables.h"
#include "faultline/status.h"

namespace faultline::tabari {

// Days since 1 Jan 1904 of a YYMMDD (two-digit years pivot at 2030) or YYYYMMDD date.
// Returns false when the text is not a valid date in that form.
bool ParseTabariDate(std::string_view s, bool four_digit_year, long* julian);
// The inverse, as TABARI prints shifted dates.
std::string FormatTabariDate(long julian, bool four_digit_year);

struct ActorItem {
  int actor = 0;
  int agent = 0;
};

struct DatedBlock {
  enum class Kind { kDefault, kBefore, kAfter, kBetween };
  Kind kind = Kind::kDefault;
  long d1 = 0, d2 = 0;
  std::vector<ActorItem> items;  // several items: a coded compound "A/B/C"
};

struct ActorCode {
  std::vector<DatedBlock> blocks;
  // The items that apply on `julian`, or nullptr when no block does.
  const std::vector<ActorItem>* Resolve(long julian) const;
};

struct EventCode {
  int code = 0;
  bool sub = false, dom = false;  // "?" subordinate, "!" dominant
  int pair = 0;                   // "A:B" paired code
  bool pair_sub = false, pair_dom = false;
  bool IsPlainNull() const { return code == kCodeNull && !sub && !dom && pair == 0; }
};

struct TimeCode {
  bool is_index = false;  // value is a code id (---, ###, +++)
  int value = 0;          // otherwise a shift in days
};

// `text` is the "[...]" part of a dictionary line. Errors name the fragment.
Status ParseActorCode(std::string_view text, CodeTable* codes, ActorCode* out);
Status ParseAgentCode(std::string_view text, CodeTable* codes, int* out);
Status ParseEventCode(std::string_view text, CodeTable* codes, EventCode* out);
Status ParseTimeCode(std::string_view text, TimeCode* out);

}  // namespace faultline::tabari
