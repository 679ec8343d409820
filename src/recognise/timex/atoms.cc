#include "recognise/timex/atoms.h"

#include <array>

namespace faultline::timex {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void ScanNumber(Atom& a) {
  std::string_view s = a.norm;
  if (s.empty() || !IsDigit(s[0])) return;
  // "7:15": a clock time.
  if (s.size() >= 4 && s.size() <= 5) {
    size_t colon = s.find(':');
    if (colon != std::string_view::npos && colon >= 1 && colon <= 2 && s.size() - colon == 3) {
      int h = 0;
      for (size_t i = 0; i < colon; ++i) h = h * 10 + (s[i] - '0');
      if (IsDigit(s[colon + 1]) && IsDigit(s[colon + 2]) && h <= 24) {
        a.clock_h = static_cast<int16_t>(h);
        a.clock_m = static_cast<int16_t>((s[colon + 1] - '0') * 10 + (s[colon + 2] - '0'));
        return;
      }
    }
  }
  size_t i = 0;
  int64_t whole = 0;
  int nd = 0;
  bool plain = true;
  while (i < s.size() && (IsDigit(s[i]) || s[i] == ',')) {
    if (s[i] == ',') {
      plain = false;
    } else {
      whole = whole * 10 + (s[i] - '0');
      ++nd;
      if (nd > 12) return;
    }
    ++i;
  }
  double value = static_cast<double>(whole);
  if (i < s.size() && s[i] == '.') {
    plain = false;
    double scale = 0.1;
    ++i;
    while (i < s.size() && IsDigit(s[i])) {
      value += (s[i] - '0') * scale;
      scale /= 10;
      ++i;
    }
  }
  std::string_view rest = s.substr(i);
  if (rest.empty()) {
    a.number = value;
    if (plain) {
      a.digits = static_cast<int32_t>(whole);
      a.ndigits = static_cast<int16_t>(nd);
    }
  } else if (plain && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") && nd <= 2) {
    a.ord_digits = static_cast<int16_t>(whole);
  } else if (plain && (rest == "s" || rest == "'s") && (nd == 4 || nd == 2) && whole % 10 == 0) {
    a.decade = static_cast<int16_t>(nd == 4 ? whole / 10 : 190 + whole / 10);
  }
}

// "the nineties": decades spelled out, taken as the 20th century as news uses them.
int SpelledDecade(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kNames = {
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
  if (w.size() < 7 || w.back() != 's') return -1;  // asked of nearly every token
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i]) return static_cast<int>(192 + i);
  }
  return -1;
}

int NumWord(const Atom& a) {
  return a.word != nullptr && (a.word->cls & kNumWord) ? a.word->num : -1;
}

}  // namespace

void BuildAtoms(const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                std::vector<Atom>& atoms) {
  atoms.clear();
  for (uint32_t i = begin; i < end; ++i) {
    const Token& t = tokens[i];
    Atom& a = atoms.emplace_back();
    a.norm = t.norm;
    a.cap = t.capitalised;
    a.space_before = t.space_before;
    // By its characters, not the tagger's class: the tagger calls "1960s" punctuation.
    a.punct = true;
    for (char c : a.norm) {
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
          static_cast<unsigned char>(c) >= 0x80) {
        a.punct = false;
        break;
      }
    }
    if (!a.norm.empty() && IsDigit(a.norm[0])) {
      ScanNumber(a);
    } else {
      a.word = LookupWord(a.norm);
      if (a.word == nullptr) a.decade = static_cast<int16_t>(SpelledDecade(a.norm));
    }
  }
}

int ParseCardinal(const std::vector<Atom>& a, size_t i, double* value) {
  if (i >= a.size()) return 0;
  if (a[i].number >= 0) {
    double v = a[i].number;
    size_t j = i + 1;
    // "2 1/2"
    if (a[i].digits >= 0 && j + 2 < a.size() + 0 && a[j].digits > 0 && a[j + 1].norm == "/" &&
        a[j + 2].digits > a[j].digits && !a[j + 1].space_before && !a[j + 2].space_before) {
      v += static_cast<double>(a[j].digits) / a[j + 2].digits;
      j += 3;
    }
    *value = v;
    return static_cast<int>(j - i);
  }
  size_t j = i;
  if (a[j].norm == "couple" && j + 1 < a.size() && a[j + 1].norm == "of") {
    *value = 2;
    return 2;
  }
  // "a couple of", "a hundred", "a dozen"
  if ((a[j].norm == "a" || a[j].norm == "an") && j + 1 < a.size()) {
    const int n = NumWord(a[j + 1]);
    if (n == 100 || n == 1000 || n == 12) {
      *value = n;
      return 2;
    }
    if (a[j + 1].norm == "couple") {
      *value = 2;
      return j + 2 < a.size() && a[j + 2].norm == "of" ? 3 : 2;
    }
    return 0;
  }
  double total = 0, group = 0;
  int used = 0;
  int last = -1;  // last word value, to stop at "nineteen ninety" (a year, not a count)
  while (j < a.size()) {
    if (a[j].norm == "-" && used > 0 && !a[j].space_before && j + 1 < a.size() &&
        NumWord(a[j + 1]) >= 1 && NumWord(a[j + 1]) <= 9 && last >= 20 && last < 100) {
      ++j;
      continue;
    }
    if (a[j].norm == "and" && used > 0 && last >= 100 && j + 1 < a.size() &&
        NumWord(a[j + 1]) > 0) {
      ++j;
      continue;
    }
    const int n = NumWord(a[j]);
    if (n < 0) break;
    if (n == 100 || n == 1000) {
      if (used == 0) break;
      group = (group == 0 ? 1 : group) * n;
      if (n == 1000) {
        total += group;
        group = 0;
      }
    } else if (n == 12 && a[j].norm == "dozen") {
      if (used > 0) break;
      group = 12;
    } else {
      if (last >= 0 && last < 100 && !(last >= 20 && last % 10 == 0 && n < 10)) break;
      group += n;
    }
    last = n;
    ++used;
    j = j + 1;
  }
  if (used == 0) return 0;
  *value = total + group;
  return static_cast<int>(j - i);
}

int ParseOrdinal(const std::vector<Atom>& a, size_t i, int* value) {
  if (i >= a.size()) return 0;
  if (a[i].ord_digits > 0) {
    *value = a[i].ord_digits;
    return 1;
  }
  const WordInfo* w = a[i].word;
  if (w == nullptr) return 0;
  if (w->cls & kOrdWord) {
    *value = w->ord;
    return 1;
  }
  // "twenty-first", "thirty first"
  if ((w->cls & kNumWord) && (w->num == 20 || w->num == 30)) {
    size_t j = i + 1;
    if (j < a.size() && a[j].norm == "-") ++j;
    if (j < a.size() && a[j].word != nullptr && (a[j].word->cls & kOrdWord) &&
        a[j].word->ord < 10) {
      *value = w->num + a[j].word->ord;
      return static_cast<int>(j + 1 - i);
    }
  }
  return 0;
}

int ParseYear(const std::vector<Atom>& a, size_t i, int* year) {
  if (i >= a.size()) return 0;
  if (a[i].ndigits == 4 && a[i].digits >= 1000 && a[i].digits <= 2199) {
    *year = a[i].digits;
    return 1;
  }
  // "'98"
  if ((a[i].norm == "'" || a[i].norm == "’") && i + 1 < a.size() && a[i + 1].ndigits == 2 &&
      !a[i + 1].space_before) {
    *year = a[i + 1].digits + (a[i + 1].digits <= 30 ? 2000 : 1900);
    return 2;
  }
  const int head = NumWord(a[i]);
  if (head < 0) return 0;
  // "two thousand", "two thousand and one"
  if (head == 2 && i + 1 < a.size() && NumWord(a[i + 1]) == 1000) {
    size_t j = i + 2;
    if (j + 1 < a.size() && a[j].norm == "and" && NumWord(a[j + 1]) > 0) ++j;
    double rest = 0;
    const int n = (j < a.size() && NumWord(a[j]) > 0) ? ParseCardinal(a, j, &rest) : 0;
    if (n > 0 && rest < 100) {
      *year = 2000 + static_cast<int>(rest);
      return static_cast<int>(j - i) + n;
    }
    *year = 2000;
    return 2;
  }
  // "nineteen ninety-six", "nineteen eighty", "eighteen twelve"
  if (head >= 11 && head <= 20 && i + 1 < a.size()) {
    const int next = NumWord(a[i + 1]);
    if (next >= 10 && next < 100) {
      double rest = 0;
      const int n = ParseCardinal(a, i + 1, &rest);
      if (n > 0 && rest < 100) {
        *year = head * 100 + static_cast<int>(rest);
        return 1 + n;
      }
    }
  }
  return 0;
}

}  // namespace faultline::timex
