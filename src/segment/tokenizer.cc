#include "segment/tokenizer.h"

#include <algorithm>
#include <array>
#include <string>

#include "util/utf8.h"

namespace faultline {
namespace {

constexpr std::array<std::string_view, 70> kAbbreviations = {
    "mr.",   "mrs.",  "ms.",    "dr.",   "prof.", "gen.",    "lt.",  "col.", "maj.",   "capt.",
    "sgt.",  "cpl.",  "adm.",   "gov.",  "sen.",  "rep.",    "rev.", "st.",  "sr.",    "jr.",
    "pres.", "amb.",  "insp.",  "supt.", "jan.",  "feb.",    "mar.", "apr.", "jun.",   "jul.",
    "aug.",  "sep.",  "sept.",  "oct.",  "nov.",  "dec.",    "mon.", "tue.", "tues.",  "wed.",
    "thu.",  "thur.", "thurs.", "fri.",  "sat.",  "sun.",    "no.",  "vs.",  "etc.",   "inc.",
    "ltd.",  "co.",   "corp.",  "dept.", "est.",  "approx.", "fig.", "mt.",  "ft.",    "u.s.",
    "u.k.",  "u.n.",  "e.u.",   "a.m.",  "p.m.",  "i.e.",    "e.g.", "d.c.", "u.s.a.", "al."};

bool IsWordChar(char32_t cp) { return utf8::IsAlnum(cp) || cp == 0x00AD; }

// ASCII byte classes for the loops that run once per byte of every article: a table
// lookup instead of utf8::Next plus a chain of comparisons.
struct AsciiClasses {
  bool word[128] = {};   // IsWordChar
  bool space[128] = {};  // utf8::IsSpace
  char lower[128] = {};
  constexpr AsciiClasses() {
    for (int c = 0; c < 128; ++c) {
      word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      space[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
      lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
};
constexpr AsciiClasses kAscii;

bool AsciiWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u < 0x80 && kAscii.word[u];
}

// The ASCII folding of a token that is one of the common General Punctuation quotes and
// dashes, or 0.
char FoldedGeneralPunct(std::string_view piece) {
  if (piece.size() != 3 || static_cast<unsigned char>(piece[0]) != 0xE2 ||
      static_cast<unsigned char>(piece[1]) != 0x80) {
    return 0;
  }
  const unsigned char c = static_cast<unsigned char>(piece[2]);
  if (c >= 0x90 && c <= 0x95) return '-';
  if (c == 0x98 || c == 0x99) return '\'';
  if (c == 0x9C || c == 0x9D) return '"';
  return 0;
}

void Emit(std::string_view text, size_t b, size_t e, uint32_t base, bool space_before,
          std::vector<Token>& out) {
  if (e <= b) return;
  Token& t = out.emplace_back();
  t.span = Span{static_cast<uint32_t>(base + b), static_cast<uint32_t>(base + e)};
  t.space_before = space_before;
  const std::string_view piece = text.substr(b, e - b);
  // ASCII, the common case, lower-cased in the same pass that checks it (the result
  // utf8::Fold gives on ASCII).
  t.norm.resize(piece.size());
  char* d = t.norm.data();
  size_t k = 0;
  for (; k < piece.size(); ++k) {
    const auto c = static_cast<unsigned char>(piece[k]);
    if (c >= 0x80) break;
    d[k] = kAscii.lower[c];
  }
  if (k == piece.size()) {
    const char c0 = piece[0];
    t.capitalised = c0 >= 'A' && c0 <= 'Z';
  } else if (const char folded = FoldedGeneralPunct(piece)) {
    // Curly quotes and dashes (U+2010..2015, 2018, 2019, 201C, 201D), common in news text:
    // what utf8::Fold gives them (NFC and case folding leave them as they are), without ICU.
    t.norm.assign(1, folded);
    t.capitalised = false;
  } else {
    t.norm = utf8::Fold(piece);
    size_t i = b;
    t.capitalised = utf8::IsUpper(utf8::Next(text, i));
  }
}

bool EndsWithCi(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char a = s[s.size() - suffix.size() + i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (a != suffix[i]) return false;
  }
  return true;
}

// IsAbbreviation of the folded `piece` (a word and its period), folding only when needed.
bool IsAbbreviationAt(std::string_view piece) {
  char buf[8];
  for (size_t k = 0; k < piece.size(); ++k) {
    const auto c = static_cast<unsigned char>(piece[k]);
    if (c >= 0x80) return IsAbbreviation(utf8::Fold(piece));
    if (k < sizeof buf) buf[k] = kAscii.lower[c];
  }
  // ASCII folds to itself, so longer than the longest abbreviation ("approx.") is none.
  return piece.size() <= sizeof buf && IsAbbreviation(std::string_view(buf, piece.size()));
}

// Splits one whitespace-free chunk into tokens.
void SplitChunk(std::string_view text, size_t b, size_t e, uint32_t base, bool space_before,
                std::vector<Token>& out) {
  size_t i = b;
  bool sb = space_before;
  while (i < e) {
    size_t j = i;
    char32_t cp = utf8::Next(text, j);
    if (IsWordChar(cp)) {
      // A word or number: letters, digits, inner apostrophes, inner periods and commas in numbers.
      size_t k = j;
      bool digit_start = cp < 0x80 && cp >= '0' && cp <= '9';
      while (k < e) {
        if (AsciiWordByte(text[k])) {
          ++k;
          continue;
        }
        size_t k2 = k;
        char32_t c = utf8::Next(text, k2);
        if (IsWordChar(c)) {
          k = k2;
          continue;
        }
        if (k2 < e) {
          size_t k3 = k2;
          char32_t after = utf8::Next(text, k3);
          // 200,000 and 1.6 and 10:30
          if (digit_start && (c == ',' || c == '.' || c == ':') && after >= '0' && after <= '9') {
            k = k2;
            continue;
          }
          // U.S. / a.m.: a period between single letters
          if (c == '.' && IsWordChar(after) && !digit_start) {
            // only when the previous segment is one letter: count the code points back to
            // the last '.' (not from the word's start, which is quadratic on "a.a.a.…")
            int letters = 0;
            for (size_t p = k; p > i && text[p - 1] != '.' && letters < 2; --p) {
              if ((static_cast<unsigned char>(text[p - 1]) & 0xC0) != 0x80) ++letters;
            }
            size_t k4 = k3;
            char32_t after2 = k4 < e ? utf8::Next(text, k4) : 0;
            if (letters == 1 && (after2 == '.' || !IsWordChar(after2))) {
              k = k2;
              continue;
            }
          }
          // Ma'arrat, O'Brien: an apostrophe inside a word, except clitics handled below.
          if (utf8::IsQuote(c) && c != '"' && c != 0x201C && c != 0x201D && IsWordChar(after)) {
            std::string_view rest = text.substr(k2, e - k2);
            std::string low = utf8::Fold(rest.substr(0, std::min<size_t>(rest.size(), 3)));
            bool clitic = (low.size() >= 1 && low[0] == 's' &&
                           (low.size() == 1 || !IsWordChar(static_cast<unsigned char>(low[1])))) ||
                          low.rfind("re", 0) == 0 || low.rfind("ve", 0) == 0 ||
                          low.rfind("ll", 0) == 0 ||
                          ((low[0] == 'd' || low[0] == 'm' || low[0] == 't') &&
                           (low.size() == 1 || !IsWordChar(static_cast<unsigned char>(low[1]))));
            if (!clitic) {
              k = k2;
              continue;
            }
          }
        }
        break;
      }
      // A trailing period that belongs to an abbreviation ("Mr.", "U.S.").
      if (k < e && text[k] == '.' && IsAbbreviationAt(text.substr(i, k + 1 - i))) ++k;
      // Split "n't" off "don't", "can't" (but keep "can" whole).
      std::string_view word = text.substr(i, k - i);
      if (k < e) {
        size_t k2 = k;
        char32_t q = utf8::Next(text, k2);
        if (utf8::IsQuote(q) && q != '"' && k2 < e && (text[k2] == 't' || text[k2] == 'T') &&
            EndsWithCi(word, "n") && word.size() > 1) {
          size_t nb = k - 1;  // position of the 'n'
          Emit(text, i, nb, base, sb, out);
          size_t k3 = k2 + 1;
          Emit(text, nb, k3, base, false, out);
          sb = false;
          i = k3;
          continue;
        }
      }
      Emit(text, i, k, base, sb, out);
      sb = false;
      i = k;
      continue;
    }
    // Clitics: 's 're 've 'll 'd 'm after a word, and a lone possessive apostrophe.
    if (utf8::IsQuote(cp) && cp != '"' && cp != 0x201C && cp != 0x201D && !out.empty() && !sb &&
        i > b) {
      size_t k = j;
      while (k < e) {
        size_t k2 = k;
        char32_t c = utf8::Next(text, k2);
        if (!IsWordChar(c)) break;
        k = k2;
      }
      std::string suffix = utf8::Fold(text.substr(j, k - j));
      if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
          suffix == "m" || suffix == "t") {
        Emit(text, i, k, base, false, out);
        i = k;
        continue;
      }
      if (suffix.empty() && EndsWithCi(out.back().norm, "s")) {
        Emit(text, i, j, base, false, out);
        i = j;
        continue;
      }
    }
    // Ellipsis "..." as one token.
    if (cp == '.' && j < e && text[j] == '.') {
      size_t k = j;
      while (k < e && text[k] == '.') ++k;
      Emit(text, i, k, base, sb, out);
      sb = false;
      i = k;
      continue;
    }
    Emit(text, i, j, base, sb, out);
    sb = false;
    i = j;
  }
}

}  // namespace

bool IsAbbreviation(std::string_view norm) {
  // Every abbreviation is 2-7 bytes and ends in '.': most words fail before the list.
  if (norm.size() < 2 || norm.size() > 7 || norm.back() != '.') return false;
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> v(kAbbreviations.begin(), kAbbreviations.end());
    std::sort(v.begin(), v.end());
    return v;
  }();
  if (std::binary_search(sorted.begin(), sorted.end(), norm)) return true;
  // Initials such as "j." in "George W. Bush" and dotted acronyms "u.s.a."
  if (norm.size() == 2 && norm[1] == '.' && norm[0] >= 'a' && norm[0] <= 'z') return true;
  return false;
}

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out) {
  std::string_view part = text.substr(begin, end - begin);
  size_t i = 0;
  bool space = true;
  while (i < part.size()) {
    size_t j = i;
    char32_t cp = utf8::Next(part, j);
    if (utf8::IsSpace(cp)) {
      space = true;
      i = j;
      continue;
    }
    size_t k = i;
    while (k < part.size()) {
      const auto byte = static_cast<unsigned char>(part[k]);
      if (byte < 0x80) {
        if (kAscii.space[byte]) break;
        ++k;
        continue;
      }
      size_t k2 = k;
      char32_t c = utf8::Next(part, k2);
      if (utf8::IsSpace(c)) break;
      k = k2;
    }
    SplitChunk(part, i, k, begin, space, out);
    space = false;
    i = k;
  }
}

std::vector<std::string> TokenizePhrase(std::string_view phrase) {
  std::vector<Token> toks;
  Tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()), toks);
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (auto& t : toks) out.push_back(std::move(t.norm));
  return out;
}

}  // namespace faultline
