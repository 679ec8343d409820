#include "recognise/places/place_name.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <vector>

#include "util/utf8.h"

namespace faultline::places {
namespace {

// Marks that transliterations write for ayn and hamza, and apostrophes: dropped without a
// space, so "Nu'man", "Nu`man", "Nuʿman" and "Numan" fold alike.
bool IsDroppedMark(char32_t cp) {
  switch (cp) {
    case U'\'':
    case U'`':
    case U'\u00B4':
    case U'\u2018':
    case U'\u2019':
    case U'\u201B':
    case U'\u2032':
    case U'\u02B9':
    case U'\u02BB':
    case U'\u02BC':
    case U'\u02BD':
    case U'\u02BE':
    case U'\u02BF':
    case U'\u02C8':
    case U'.':
      return true;
    default:
      return false;
  }
}

// Letters that NFKD does not decompose to an ASCII base.
const char* SpecialLetter(char32_t cp) {
  switch (cp) {
    case U'ß':
      return "ss";
    case U'æ':
    case U'Æ':
      return "ae";
    case U'œ':
    case U'Œ':
      return "oe";
    case U'ø':
    case U'Ø':
      return "o";
    case U'ł':
    case U'Ł':
      return "l";
    case U'đ':
    case U'Đ':
      return "d";
    case U'ð':
    case U'Ð':
      return "d";
    case U'þ':
    case U'Þ':
      return "th";
    case U'ı':
      return "i";
    case U'ħ':
    case U'Ħ':
      return "h";
    default:
      return nullptr;
  }
}

void AppendSpace(std::string& out) {
  if (!out.empty() && out.back() != ' ') out.push_back(' ');
}

// The fold of an ASCII character (most names are all ASCII and fold a byte at a time).
void FoldAscii(char c, std::string& out) {
  if (c >= 'A' && c <= 'Z') {
    out.push_back(static_cast<char>(c - 'A' + 'a'));
  } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
    out.push_back(c);
  } else if (c == '&') {
    AppendSpace(out);
    out += "and ";
  } else if (!IsDroppedMark(static_cast<char32_t>(c))) {
    AppendSpace(out);
  }
}

void FoldCodePoint(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    FoldAscii(static_cast<char>(cp), out);
    return;
  }
  if (IsDroppedMark(cp)) return;
  const UCharCategory cat = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(cp)));
  if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_MODIFIER_LETTER) return;
  if (const char* s = SpecialLetter(cp)) {
    out += s;
    return;
  }
  if (u_isalnum(static_cast<UChar32>(cp))) {
    utf8::Append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  } else {
    AppendSpace(out);  // dashes, spaces, brackets and other punctuation separate words
  }
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string Decompose(std::string_view name) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
  if (U_FAILURE(err)) return std::string(name);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString d = nfkd->normalize(u, err);
  if (U_FAILURE(err)) return std::string(name);
  std::string out;
  d.toUTF8String(out);
  return out;
}

void TrimTrailingSpace(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

// Arabic definite-article spellings that transliterations attach to or detach from a name.
bool IsArticle(std::string_view w) {
  // All are two or three letters beginning with a, e or u.
  if (w.size() < 2 || w.size() > 3 || (w[0] != 'a' && w[0] != 'e' && w[0] != 'u')) return false;
  static constexpr std::array<std::string_view, 21> kArticles = {
      "al", "el", "an", "ar", "as", "ash", "at", "ad", "az",  "ez", "es",
      "ed", "er", "et", "en", "ul", "ud",  "ur", "us", "adh", "ath"};
  for (std::string_view a : kArticles) {
    if (w == a) return true;
  }
  return false;
}

// Words that say what kind of place a name is rather than which one.
bool IsGenericWord(std::string_view w) {
  // All begin with one of these letters.
  if (w.size() < 2 || std::string_view("pgmctdrvow").find(w[0]) == std::string_view::npos) {
    return false;
  }
  static constexpr std::array<std::string_view, 16> kGeneric = {
      "province", "governorate", "governate",  "muhafazat",    "muhafazah", "city",
      "town",     "district",    "region",     "municipality", "of",        "the",
      "wilayat",  "oblast",      "prefecture", "village"};
  for (std::string_view g : kGeneric) {
    if (w == g) return true;
  }
  return false;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Appends the loose key of one folded word at out[n..] (never more bytes than the word's), moving
// n past it; the rules look only at this word's own part of `out`.
void AppendWordKey(std::string_view w, char* out, size_t& n) {
  const size_t start = n;
  bool prev_vowel = false;  // the previous letter after q->k and ph->f
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c == 'q') {
      c = 'k';
    } else if (c == 'p' && i + 1 < w.size() && w[i + 1] == 'h') {
      c = 'f';
      ++i;
    }
    const bool vowel_like = IsVowel(c) || ((c == 'y' || c == 'w') && prev_vowel);
    prev_vowel = IsVowel(c);
    if (vowel_like) {
      if (n == start || out[n - 1] != 'a') out[n++] = 'a';
      continue;
    }
    if (n > start && out[n - 1] == c) continue;  // doubled consonants
    out[n++] = c;
  }
  // A final h after a vowel is a ta marbuta or a spelling habit: "Raqqah", "Raqqa".
  if (n - start > 2 && out[n - 1] == 'h' && out[n - 2] == 'a') --n;
}

// Calls f on each space-separated word of a folded name.
template <typename F>
void ForEachWord(std::string_view folded, F f) {
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) f(folded.substr(start, end - start));
    start = end + 1;
  }
}

// FoldName of an ASCII name without "&", in one pass: no byte folds to more than one, so the
// fold is written into `out` sized to the name (the byte-at-a-time appends were most of the
// finder's folds). False, with `out` unspecified, at the first byte that needs the general fold.
bool FoldAsciiName(std::string_view name, std::string& out) {
  out.assign(name.size(), '\0');
  char* p = out.data();
  size_t n = 0;
  for (const char c : name) {
    if (c >= 'A' && c <= 'Z') {
      p[n++] = static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      p[n++] = c;
    } else if ((c & 0x80) != 0 || c == '&') {
      return false;
    } else if (!IsDroppedMark(static_cast<char32_t>(c)) && n > 0 && p[n - 1] != ' ') {
      p[n++] = ' ';
    }
  }
  while (n > 0 && p[n - 1] == ' ') --n;
  out.resize(n);
  return true;
}

}  // namespace

std::string ExactKey(std::string_view name) {
  // Written into a buffer of the name's size (the key is never longer), not appended byte by byte.
  std::string out(name.size(), '\0');
  char* p = out.data();
  size_t n = 0;
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = n > 0;
      continue;
    }
    if (space) p[n++] = ' ';
    space = false;
    p[n++] = c;
  }
  out.resize(n);
  return out;
}

std::string FoldName(std::string_view name) {
  {
    std::string out;
    if (FoldAsciiName(name, out)) return out;
  }
  std::string decomposed;
  if (!IsAscii(name)) {
    if (!utf8::Validate(name).ok()) return std::string();
    decomposed = Decompose(name);
    name = decomposed;
  }
  std::string out;
  out.reserve(name.size());
  if (decomposed.empty()) {
    for (const char c : name) FoldAscii(c, out);
  } else {
    size_t i = 0;
    while (i < name.size()) FoldCodePoint(utf8::Next(name, i), out);
  }
  TrimTrailingSpace(out);
  return out;
}

std::string TranslitKey(std::string_view name) { return TranslitKeyOfFolded(FoldName(name)); }

std::string TranslitKeyOfFolded(std::string_view folded) {
  // Words run together: "DeKalb" and "De Kalb", "McDonald" and "Mc Donald" meet.
  // Each word's key is at most as long as the word: one buffer of the folded size holds them all.
  std::string out(folded.size(), '\0');
  size_t n = 0;
  bool any_kept = false;
  ForEachWord(folded, [&](std::string_view w) {
    if (IsArticle(w) || IsGenericWord(w)) return;
    any_kept = true;
    AppendWordKey(w, out.data(), n);
  });
  // A name made only of articles and generic words keeps them.
  if (!any_kept) ForEachWord(folded, [&](std::string_view w) { AppendWordKey(w, out.data(), n); });
  out.resize(n);
  return out;
}

bool IsLatinName(std::string_view name) {
  if (!utf8::Validate(name).ok()) return false;
  size_t i = 0;
  while (i < name.size()) {
    const char32_t cp = utf8::Next(name, i);
    if (cp < 0x250) continue;                    // ASCII, Latin-1, Latin Extended-A/B
    if (cp >= 0x1E00 && cp <= 0x1EFF) continue;  // Latin Extended Additional
    if (cp >= 0x2B0 && cp <= 0x36F) continue;    // modifier letters (ayn marks), combining marks
    if (cp >= 0x2000 && cp <= 0x206F) continue;  // general punctuation (curly quotes, dashes)
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    return false;
  }
  return true;
}

}  // namespace faultline::places
