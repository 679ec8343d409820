// One line of a TABARI dictionary file: "PHRASE [CODE] ;comment", normalised the way
// TABARI's ReadFiles::parseLine does it (upper case, inner hyphens become "_", blanks
// around "{", "|" and "}"), plus the file walk shared by the readers.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::tabari {

struct TabariLine {
  std::string phrase;  // normalised phrase; empty for a code-only line
  std::string code;    // "[...]" text, or "---" when the line has none
  bool has_code = false;
  std::string comment;  // after ';'
};

// Parses a trimmed, non-comment line. `code_optional` accepts a phrase without [...].
Status ParseTabariLine(std::string_view line, bool code_optional, TabariLine* out);

// Reads `path` and calls `fn(line_number, trimmed_text)` for each line TABARI reads:
// blank lines and lines starting with '/' or '#' are skipped, a line starting with '~'
// ends the file. The callback's error is returned prefixed with "PATH:LINE: ".
Status ForEachTabariLine(const std::string& path,
                         const std::function<Status(int, const std::string&)>& fn);
// The same over `text`, naming it `name` in errors.
Status ForEachTabariLineIn(const std::string& name, std::string_view text,
                           const std::function<Status(int, const std::string&)>& fn);
// Reads a whole file; NotFound when it cannot be opened.
Status ReadTabariFile(const std::string& path, std::string* text);

// "PATH:LINE: message: 'fragment'".
Status LineError(const std::string& path, int line, const std::string& message,
                 std::string_view fragment);

}  // namespace faultline::tabari
