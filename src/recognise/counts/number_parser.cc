#include "recognise/counts/number_parser.h"

#include <string_view>

#include "util/flat_map.h"

namespace faultline {
namespace {

// Anything above this is not a count of people or houses; also keeps sums finite.
constexpr double kMaxValue = 1e13;

enum class WordKind : uint8_t { kUnit, kTens, kHundred, kDozen, kScale, kVaguePlural };

struct WordValue {
  WordKind kind;
  double value;
};

// Asked of the words around every number, nearly always to miss: a flat table.
const FlatStringMap<WordValue>& Words() {
  static const auto* table = [] {
    auto* t = new FlatStringMap<WordValue>();
    const std::string_view units[] = {"zero", "one", "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine", "ten", "eleven", "twelve",
                                      "thirteen", "fourteen", "fifteen", "sixteen",
                                      "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) (*t)[units[i]] = {WordKind::kUnit, static_cast<double>(i)};
    const std::string_view tens[] = {"twenty", "thirty", "forty", "fifty",
                                     "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) (*t)[tens[i]] = {WordKind::kTens, 20.0 + 10 * i};
    (*t)["hundred"] = {WordKind::kHundred, 100};
    (*t)["dozen"] = {WordKind::kDozen, 12};
    (*t)["thousand"] = {WordKind::kScale, 1e3};
    (*t)["lakh"] = {WordKind::kScale, 1e5};
    (*t)["crore"] = {WordKind::kScale, 1e7};
    (*t)["million"] = {WordKind::kScale, 1e6};
    (*t)["billion"] = {WordKind::kScale, 1e9};
    // Vague plurals get ACLED-style conservative floors: "dozens" is 12, "thousands" 1000.
    (*t)["dozens"] = {WordKind::kVaguePlural, 12};
    (*t)["scores"] = {WordKind::kVaguePlural, 20};
    (*t)["hundreds"] = {WordKind::kVaguePlural, 100};
    (*t)["thousands"] = {WordKind::kVaguePlural, 1e3};
    (*t)["lakhs"] = {WordKind::kVaguePlural, 1e5};
    (*t)["millions"] = {WordKind::kVaguePlural, 1e6};
    return t;
  }();
  return *table;
}

const WordValue* FindWord(std::string_view w) {
  // Number words are lower-case letters only: digits, punctuation and capitals miss here.
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return nullptr;
  return Words().Find(w);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Reads a digit token: digits with comma (or period-free) grouping and one decimal point.
bool ParseDigits(std::string_view s, double* value, bool* plain) {
  if (s.empty() || !IsDigit(s[0])) return false;
  double v = 0, frac = 0, scale = 1;
  bool point = false;
  *plain = true;
  for (char c : s) {
    if (IsDigit(c)) {
      if (point) {
        scale /= 10;
        frac += (c - '0') * scale;
      } else {
        v = v * 10 + (c - '0');
        if (v > kMaxValue) return false;
      }
    } else if (c == ',' && !point) {
      *plain = false;
    } else if (c == '.' && !point) {
      point = true;
      *plain = false;
    } else {
      return false;  // "10:30", "5%", "3rd", "1.2.3"
    }
  }
  *value = v + frac;
  return true;
}

struct One {
  double value = 0;
  double scale = 1;  // scale word applied, 1 when none
  bool digits = false, vague = false, year_like = false;
  uint32_t end = 0;
};

// Scale word after a digit number: "1.6 million", "2.14 lakh", "3 thousand".
double ScaleAt(const std::vector<Token>& toks, uint32_t j, uint32_t end) {
  if (j >= end) return 1;
  const WordValue* w = FindWord(toks[j].norm);
  if (w && (w->kind == WordKind::kScale || w->kind == WordKind::kHundred)) return w->value;
  return 1;
}

bool ParseDigitNumber(const std::vector<Token>& toks, uint32_t i, uint32_t end, One* out) {
  const std::string& s = toks[i].norm;
  double v = 0;
  bool plain = true;
  if (!ParseDigits(s, &v, &plain)) return false;
  uint32_t j = i + 1;
  // "14 000", "1 073 673": groups of three digits after a space, as French and UN texts write.
  if (plain && s.size() <= 3) {
    while (j < end && toks[j].space_before && toks[j].norm.size() == 3 && AllDigits(toks[j].norm)) {
      v = v * 1000 + std::stod(toks[j].norm);
      ++j;
    }
  }
  out->year_like = plain && j == i + 1 && s.size() == 4 && v >= 1800 && v <= 2100;
  const double scale = ScaleAt(toks, j, end);
  if (scale > 1) {
    out->year_like = false;
    ++j;
  }
  out->value = v * scale;
  out->scale = scale;
  out->digits = true;
  out->end = j;
  return out->value <= kMaxValue;
}

// "three million", "Nine hundred and twenty-one", "a dozen", "two dozen".
bool ParseWordNumber(const std::vector<Token>& toks, uint32_t i, uint32_t end, One* out) {
  double total = 0, current = 0, scale = 1;
  bool seen = false, after_unit = false;
  uint32_t j = i;
  if (j < end && (toks[j].norm == "a" || toks[j].norm == "an") && j + 1 < end) {
    const WordValue* w = FindWord(toks[j + 1].norm);
    if (!w || !(w->kind == WordKind::kScale || w->kind == WordKind::kHundred ||
                w->kind == WordKind::kDozen)) {
      return false;
    }
    current = 1;
    ++j;
  }
  while (j < end) {
    const WordValue* w = FindWord(toks[j].norm);
    if (!w) {
      // "hundred and twenty": "and" joins only when a number word follows a scale.
      if (toks[j].norm == "and" && seen && !after_unit && j + 1 < end) {
        const WordValue* n = FindWord(toks[j + 1].norm);
        if (n && (n->kind == WordKind::kUnit || n->kind == WordKind::kTens)) {
          ++j;
          continue;
        }
      }
      break;
    }
    if (w->kind == WordKind::kVaguePlural) break;
    if (w->kind == WordKind::kUnit || w->kind == WordKind::kTens) {
      if (after_unit) break;  // "one two" is two numbers
      current += w->value;
      after_unit = true;
      // "twenty-one"
      if (w->kind == WordKind::kTens && j + 2 < end && toks[j + 1].norm == "-") {
        const WordValue* u = FindWord(toks[j + 2].norm);
        if (u && u->kind == WordKind::kUnit && u->value > 0 && u->value < 10) {
          current += u->value;
          j += 2;
        }
      }
    } else if (w->kind == WordKind::kHundred || w->kind == WordKind::kDozen) {
      current = (current > 0 ? current : (seen ? 0 : 1)) * w->value;
      if (current == 0) break;
      after_unit = false;
      scale = w->value;
    } else {  // thousand, million ...
      total += (current > 0 ? current : (seen ? 0 : 1)) * w->value;
      if (total == 0) break;
      current = 0;
      after_unit = false;
      scale = w->value;
    }
    seen = true;
    ++j;
  }
  if (!seen) return false;
  out->value = total + current;
  out->scale = scale;
  out->end = j;
  return out->value <= kMaxValue;
}

// "dozens", "hundreds of thousands", "tens of thousands", "several hundred", "a few thousand".
bool ParseVague(const std::vector<Token>& toks, uint32_t i, uint32_t end, One* out) {
  const std::string_view w0 = toks[i].norm;
  auto scale_at = [&](uint32_t j, WordKind kind) -> double {
    if (j >= end) return 0;
    const WordValue* w = FindWord(toks[j].norm);
    return w && w->kind == kind ? w->value : 0;
  };
  const bool of = i + 1 < end && std::string_view(toks[i + 1].norm) == "of";
  if (w0 == "tens" && of) {
    const double s = scale_at(i + 2, WordKind::kVaguePlural);
    if (s < 1e3) return false;
    *out = One{10 * s, s, false, true, false, i + 3};
    return true;
  }
  if (w0 == "several" || w0 == "few") {
    const WordValue* w = i + 1 < end ? FindWord(toks[i + 1].norm) : nullptr;
    if (!w || !(w->kind == WordKind::kScale || w->kind == WordKind::kHundred ||
                w->kind == WordKind::kDozen)) {
      return false;
    }
    // "several hundred" is at least two hundreds: a conservative floor, as for plurals.
    *out = One{2 * w->value, w->value, false, true, false, i + 2};
    return true;
  }
  const WordValue* w = FindWord(w0);
  if (!w || w->kind != WordKind::kVaguePlural) return false;
  if (w0 == "scores" && !of) return false;  // "scores" is also a verb and a noun
  double value = w->value;
  uint32_t j = i + 1;
  // "hundreds of thousands"
  if (of) {
    const double s = scale_at(i + 2, WordKind::kVaguePlural);
    if (s > value) {
      value *= s;
      j = i + 3;
    }
  }
  *out = One{value, w->value, false, true, false, j};
  return true;
}

bool ParseOne(const std::vector<Token>& toks, uint32_t i, uint32_t end, One* out) {
  if (i >= end || toks[i].norm.empty()) return false;
  const char c = toks[i].norm[0];
  if (IsDigit(c)) return ParseDigitNumber(toks, i, end, out);
  if (c < 'a' || c > 'z') return false;
  if (ParseVague(toks, i, end, out)) return true;
  return ParseWordNumber(toks, i, end, out);
}

}  // namespace

bool IsMultiplierWord(std::string_view norm) {
  const WordValue* w = FindWord(norm);
  return w && (w->kind == WordKind::kScale || w->kind == WordKind::kHundred ||
               w->kind == WordKind::kDozen);
}

bool ParseNumber(const std::vector<Token>& toks, uint32_t i, uint32_t end, bool between,
                 ParsedNumber* out) {
  if (end > toks.size()) end = static_cast<uint32_t>(toks.size());
  One first;
  if (!ParseOne(toks, i, end, &first)) return false;
  ParsedNumber r;
  r.value = r.low = r.high = first.value;
  r.vague = first.vague;
  r.digits = first.digits;
  r.year_like = first.year_like;
  r.end = first.end;
  // Ranges: "18,000 to 25,000", "18,000-25,000", "two or three", "between X and Y".
  const uint32_t j = first.end;
  if (!first.vague && j + 1 < end) {
    const std::string_view link = toks[j].norm;
    if (link == "-" || link == "to" || link == "or" || (between && link == "and")) {
      One second;
      if (ParseOne(toks, j + 1, end, &second) && !second.vague) {
        double low = first.value;
        // "one to 1.5 million": the scale word of the second number covers the first.
        if (first.scale == 1 && second.scale > 1 && low * second.scale <= second.value) {
          low *= second.scale;
        }
        if (low <= second.value) {
          r.low = low;
          r.high = r.value = second.value;
          r.range = true;
          r.year_like = false;
          r.end = second.end;
        }
      }
    }
  }
  *out = r;
  return true;
}

}  // namespace faultline
