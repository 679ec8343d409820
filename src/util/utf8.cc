#include "util/utf8.h"

#include <algorithm>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace faultline::utf8 {

Status Validate(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) return Status::InvalidInput("NUL byte at byte " + std::to_string(i));
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(i));
    }
    if (i + len > n) return Status::InvalidInput("truncated UTF-8 at byte " + std::to_string(i));
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) {
        return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(i));
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                          (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(i));
    }
    i += len;
  }
  return Status::Ok();
}

char32_t NextMultibyte(std::string_view text, size_t& i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len && i + k < text.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  // Never past the end, even on a truncated sequence: callers loop while i < size and
  // take substr(i), which throws when i > size.
  i = std::min(i + len, text.size());
  return cp;
}

void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

OffsetMap::OffsetMap(std::string_view text) : size_(static_cast<uint32_t>(text.size())) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return;
  cp_of_byte_.resize(text.size() + 1);
  uint32_t cp = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    Next(text, i);
    for (size_t b = start; b < i && b < text.size(); ++b) cp_of_byte_[b] = cp;
    byte_of_cp_.push_back(static_cast<uint32_t>(start));
    ++cp;
  }
  cp_of_byte_[text.size()] = cp;
  byte_of_cp_.push_back(size_);
}

uint32_t OffsetMap::ToCodePoint(uint32_t b) const {
  if (cp_of_byte_.empty()) return b;
  if (b >= cp_of_byte_.size()) return cp_of_byte_.back();
  return cp_of_byte_[b];
}

uint32_t OffsetMap::ToByte(uint32_t cp) const {
  if (byte_of_cp_.empty()) return cp < size_ ? cp : size_;
  if (cp >= byte_of_cp_.size()) return size_;
  return byte_of_cp_[cp];
}

bool IsQuote(char32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C:
    case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x02BC: case 0x2032: case 0x2033:
      return true;
    default:
      return false;
  }
}

bool IsDash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
         cp == 0xFE63 || cp == 0xFF0D;
}

bool IsAlnumNonAscii(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) || u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC);
}

bool IsUpperNonAscii(char32_t cp) {
  return u_isupper(static_cast<UChar32>(cp));
}

bool IsSpaceNonAscii(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x00A0 || cp == 0x200B || cp == 0xFEFF;
}

static char32_t FoldPunct(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032: case 0x2039:
    case 0x203A:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return '"';
    default:
      return IsDash(cp) ? U'-' : cp;
  }
}

std::string Fold(std::string_view text) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string out;
  out.reserve(text.size());
  if (ascii) {
    for (char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return out;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString n = U_SUCCESS(err) ? nfc->normalize(u, err) : u;
  if (U_FAILURE(err)) n = u;
  n.foldCase();
  std::string s;
  n.toUTF8String(s);
  size_t i = 0;
  while (i < s.size()) Append(out, FoldPunct(Next(s, i)));
  return out;
}

}  // namespace faultline::utf8
