// Line reading shared by the PETRARCH dictionary readers. PETRARCH files mix three
// comment styles: '#' to the end of a line, XML comments that may span lines, and lines
// starting with "<!" (a sloppy "<! --" opener occurs in the validation actors file).
// Every reader works on the cleaned lines so that it only sees dictionary content, but
// keeps each line's number so errors can name FILE:LINE.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

struct SourceLine {
  uint32_t number = 0;  // 1-based line number in the file
  std::string text;     // comments removed, trailing white space removed; never empty
  bool indented = false;  // started with a space or tab in the file
};

// Where '#' starts a comment. Actor, agent and ontology files put comments right after
// data ("[ZBW]#jw 9/30/91", "010:0x1000#Make Public Statement"); the verb file has
// codes such as "[###]" and only starts comments after white space or a ']'.
enum class HashComments { kAnywhere, kAfterSpace };

// Splits `content` into cleaned, non-blank lines.
std::vector<SourceLine> CleanLines(std::string_view content,
                                   HashComments hash = HashComments::kAnywhere);

// Reads a whole file; the error names the path.
Status ReadFileToString(const std::string& path, std::string* out);

// "FILE:LINE: reason: 'fragment'" — the message format of every dictionary loader.
Status LineError(std::string_view file, uint32_t line, std::string_view reason,
                 std::string_view fragment);

// Upper-case ASCII helpers: PETRARCH dictionaries are written in capitals.
std::string Trim(std::string_view s);
std::vector<std::string> SplitWhitespace(std::string_view s);

// A dictionary phrase ("MINAS_TIRITH", "Manchester United", "U.S.") as the folded tokens
// the tokenizer produces for the same words in text; '_' joins words; hyphen tokens are
// dropped because the coder ignores them on the text side as well.
std::vector<std::string> PhraseTokens(std::string_view phrase);

}  // namespace faultline::petrarch
