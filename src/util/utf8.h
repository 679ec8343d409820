// UTF-8 helpers shared by every stage: validation with a precise error position,
// code point decoding, byte -> code point offset conversion for output, and the
// text fold used for matching (NFC, lower case, typographic quotes and dashes to ASCII).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::utf8 {

// OK when `text` is well-formed UTF-8 without NUL bytes. Otherwise the message names
// the byte offset and what is wrong there ("invalid UTF-8 at byte 17").
Status Validate(std::string_view text);

// Decodes the code point starting at text[i]; advances i. Requires valid UTF-8.
// ASCII is decoded inline; the rest out of line (NextMultibyte).
char32_t NextMultibyte(std::string_view text, size_t& i);
inline char32_t Next(std::string_view text, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return NextMultibyte(text, i);
}
void Append(std::string& out, char32_t cp);

// Maps byte offsets to code point offsets for one text. Built once per document.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // Code point index of the character starting at byte `b` (or of the end).
  uint32_t ToCodePoint(uint32_t b) const;
  // Byte offset of code point index `cp`; the text size when past the end.
  uint32_t ToByte(uint32_t cp) const;

 private:
  std::vector<uint32_t> cp_of_byte_;  // only for non-ASCII texts; empty means identity
  std::vector<uint32_t> byte_of_cp_;
  uint32_t size_ = 0;
};

// The match key of a piece of text: NFC, lower case, curly quotes to ' and ",
// dashes to '-', no diacritics removed (that is a looser fold owned by the gazetteer).
std::string Fold(std::string_view text);

// True for the code points faultline treats as letters or digits (ICU categories).
// ASCII is answered inline, the rest by ICU (the *NonAscii functions).
bool IsAlnumNonAscii(char32_t cp);
bool IsUpperNonAscii(char32_t cp);
bool IsSpaceNonAscii(char32_t cp);
inline bool IsAlnum(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return IsAlnumNonAscii(cp);
}
inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return IsUpperNonAscii(cp);
}
inline bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
  return IsSpaceNonAscii(cp);
}
// Single and double quote marks of every script variant, and dash variants.
bool IsQuote(char32_t cp);
bool IsDash(char32_t cp);

}  // namespace faultline::utf8
