// TABARI validation suites (Validate.text): records of "DATE ID" then text whose /* */
// comment holds the expected events as "{ SOURCE / TARGET / CODE }" blocks, "{---}"
// (no event), "{###}" (discard), "{+++}" (complex), "-{" (stop checking here) or
// "{ OPTION: ... }" (change an option for the following records). Checking follows
// TABARI's own ProcessorClass::checkEvents, including its order-sensitivity.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "code/legacy/tabari_engine.h"
#include "code/legacy/tabari_project.h"
#include "faultline/status.h"

namespace faultline::tabari {

struct ValidationRecord {
  int line = 0;        // line of the header in the file
  std::string header;  // "950101  DEMO-01"
  std::string text;    // text lines joined, comment block included
};

// Splits a validation file into records the way TABARI reads text files: a record
// starts at a line beginning with a digit and runs to the next empty line.
Status ReadValidationRecords(const std::string& path, std::vector<ValidationRecord>* records);

struct RecordOutcome {
  std::string id;
  std::string text;                // the record text without its comment block
  std::string expected;            // the {...} blocks, space-separated
  std::vector<std::string> coded;  // "SRC / TGT / CODE", or the problem description
  bool passed = false;
  bool option_record = false;
  std::string reason;  // why it failed
};

struct ValidationReport {
  std::vector<RecordOutcome> records;
  int passed = 0, failed = 0;
};

// Runs the records of `setup.project`'s text file (or `text_path` when given) up to,
// not including, the FINAL record when `stop_at_final` is set.
Status RunTabariValidation(TabariSetup* setup, const std::string& text_path, bool stop_at_final,
                           ValidationReport* report);

// True for a .project file, a .text file, or a file with a TABARI .project beside it.
bool LooksLikeTabariSuite(const std::string& path);

// `faultline validate` for TABARI: loads the suite's project (or the dictionaries in
// `dictionaries` when not empty), runs it, prints each failing record (every record
// when `verbose`) and ends with "N passed, M failed". Errors only when the suite or its
// dictionaries cannot be read.
Status RunTabariValidationFile(const std::string& path, const std::string& dictionaries,
                               bool verbose, std::FILE* out, ValidationReport* report);

}  // namespace faultline::tabari
