// Runs a PETRARCH XML validation suite (see petrarch_records.h) through PetrarchCoder on
// faultline's own segmentation and tagging of each record's text, and reports: every
// failing record with its expected and coded events, the share of expected events
// found, the extra (unexpected) events per record, and a last line "N passed, M failed".
//
// Records with evaluate="false" are skipped, as are records that expect a parser error
// ("bad_input_parse": faultline reads text, not the parse). Records that expect
// "noevents" or a discard or dateline error pass when nothing is coded.
#pragma once

#include <cstdio>
#include <string>

#include "faultline/status.h"
#include "segment/lexicon.h"

namespace faultline::petrarch {

struct ValidationSummary {
  int passed = 0, failed = 0, skipped = 0;
  int expected = 0;  // expected events in evaluated records
  int found = 0;     // of those, coded
  int extra = 0;     // coded events not expected
  double found_share() const { return expected == 0 ? 1.0 : static_cast<double>(found) / expected; }
  double extra_per_record() const {
    const int n = passed + failed;
    return n == 0 ? 0.0 : static_cast<double>(extra) / n;
  }
};

// `dictionaries` may be empty: then the files named by the suite's <Environment> (or
// else recognised) in the XML file's directory are used.
Status RunPetrarchValidation(const std::string& xml_path, const std::string& dictionaries,
                             const Lexicon& lexicon, bool verbose, std::FILE* out,
                             ValidationSummary* summary);

}  // namespace faultline::petrarch
