// RecogniseTimex: fills Document::timex with TIMEX3 expressions (span, type, value) found
// in the tagged tokens and resolved against the publication date Document::date. Without
// a publication date relative expressions stay unresolved in TIMEX3 style ("XXXX-XX-XX",
// "PRESENT_REF"). Needs no resources: its tables are compiled in.
#pragma once

#include "faultline/document.h"

namespace faultline {

void RecogniseTimex(Document& doc);

}  // namespace faultline
