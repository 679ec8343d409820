// Event dates: gives every event a date from the temporal expressions (Document::timex).
//
// The expression in the event's clause (nearest the trigger, preferring one attached to
// the verb by a temporal preposition or directly next to it); else the nearest in its
// sentence; else the publication date. Only expressions that denote a calendar point
// count: DATE and TIME values that start with a year, not durations, sets or PAST_REF.
// Event::date is as precise as the expression ("2019-12-26", "2019-12", "2019"), and
// Event::date_precision says so: day, month, year, or approx for weeks, quarters,
// seasons and approximate expressions ("about a month ago"). provenance.date_rule records
// which rule decided: "clause", "sentence" or "publication".
#pragma once

#include <string>
#include <string_view>

#include "faultline/document.h"

namespace faultline {

void AttachEventDates(Document& doc);

// Converts a TIMEX3 value to an event date and precision; false when the value is no
// calendar point ("P3Y", "PAST_REF", "XXXX-WXX-4", "198"). Exposed for tests.
bool TimexToEventDate(std::string_view value, std::string* date, std::string* precision);

}  // namespace faultline
