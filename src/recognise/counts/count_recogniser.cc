#include "recognise/counts/count_recogniser.h"

#include <algorithm>
#include <string_view>

#include "recognise/counts/count_category.h"
#include "recognise/counts/count_phrase.h"

namespace faultline {
namespace {

// Cheap test run on every token before any parsing: can a count phrase start here? The
// words that start a number only before a multiplier ("a thousand", "several hundred") or
// "of" ("tens of thousands") are common, so the next token is looked at here too.
bool MayStartCount(const std::vector<Token>& toks, uint32_t i, uint32_t se) {
  const Token& t = toks[i];
  if (t.pos == Pos::kNum) return true;
  const std::string_view w = t.norm;
  if (w.empty()) return false;
  const auto multiplier_next = [&] { return i + 1 < se && IsMultiplierWord(toks[i + 1].norm); };
  switch (w[0]) {
    case 'a':
      return (w == "a" || w == "an") && multiplier_next();
    case 'f':
      return w == "few" && multiplier_next();
    case 'l': return w == "lakhs" || w == "lakh";
    case 'n': return w == "no" || w == "nobody" || w == "none";
    case 's':
      return (w == "several" && multiplier_next()) || w == "scores";
    case 't':
      return w == "tens" && i + 1 < se && toks[i + 1].norm == "of";
    default: return false;
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool MayBeGlued(const std::string& w) {
  return w.size() >= 3 && IsDigit(w.back()) && IsLower(w[0]);
}

// Text extracted from PDFs glues a word to the number after it: "Around1.6 million",
// "with14,593 households". The tokenizer reads "around1" "." "6"; this returns a copy of
// the tokens in which the word keeps its own token and the number gets one ("around"
// "around" "1.6"), so that the count phrase reads as it would with the space, or false
// when the document has no glued number.
bool UnglueNumbers(const Document& doc, std::vector<Token>* out) {
  const std::vector<Token>& toks = doc.tokens;
  bool any = false;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (uint32_t i = 0; i < n; ++i) {
    // Letters then digits end in a digit: nearly every token stops in this loop, unscanned.
    while (i < n && !MayBeGlued(toks[i].norm)) ++i;
    if (i == n) break;
    const std::string& w = toks[i].norm;
    size_t d = 0;
    while (d < w.size() && IsLower(w[d])) ++d;
    if (d < 2 || d == w.size()) continue;
    size_t e = d;
    while (e < w.size() && IsDigit(w[e])) ++e;
    if (e != w.size()) continue;  // letters, then digits to the end
    if (!any) {
      *out = toks;
      any = true;
    }
    std::vector<Token>& t = *out;
    const uint32_t digits_begin = toks[i].span.begin + static_cast<uint32_t>(d);
    // "around1" "." "6": a decimal or thousands separator glued on both sides.
    if (i + 2 < toks.size() && (toks[i + 1].norm == "." || toks[i + 1].norm == ",") &&
        toks[i + 1].span.begin == toks[i].span.end && toks[i + 2].span.begin == toks[i + 1].span.end &&
        toks[i + 2].pos == Pos::kNum && !toks[i + 2].norm.empty() && IsDigit(toks[i + 2].norm[0])) {
      const std::string word = w.substr(0, d);
      t[i].norm = t[i].lemma = word;
      t[i + 1] = t[i];
      t[i + 2].norm = w.substr(d) + toks[i + 1].norm + toks[i + 2].norm;
      t[i + 2].lemma = t[i + 2].norm;
      t[i + 2].span.begin = digits_begin;
      t[i + 2].space_before = true;
      i += 2;
      continue;
    }
    // "with14 people": the number alone stands for the token.
    t[i].norm = t[i].lemma = w.substr(d);
    t[i].pos = Pos::kNum;
    t[i].capitalised = false;
    t[i].span.begin = digits_begin;
  }
  return any;
}

// Displacement and housing counts are one family (IDMC's reporting terms); the others
// are each their own.
std::string_view Family(const Count& c) {
  static constexpr std::string_view kDisplacement[] = {
      "displaced", "evacuated", "fled", "sheltered", "housing_destroyed", "in_relief_camp",
      "relocated", "homeless", "housing_damaged", "uninhabitable", "affected"};
  for (std::string_view d : kDisplacement) {
    if (c.category == d) return "displacement";
  }
  return c.category;
}

// A figure written in digits or words, not a vague plural and not a negation.
bool IsPrecise(const Count& c) {
  return c.qualifier != "vague" && c.quantity.has_value() && *c.quantity > 0;
}

Count MakeCount(const std::vector<Token>& toks, const CountPhrase& p,
                std::string_view category) {
  Count c;
  c.span = Span{toks[p.begin].span.begin, toks[p.num_end - 1].span.end};
  if (category != kUncategorised) c.category = std::string(category);
  CountUnit unit = p.unit;
  if (unit == CountUnit::kNone) {  // a bare number: "146" under "Destroyed housing:"
    unit = category.starts_with("housing_") ? CountUnit::kHouses : CountUnit::kPeople;
  }
  c.unit = CountUnitName(unit);
  if (p.head != kNoToken && p.head >= p.num_end) {  // "nobody" is its own head: no `who`
    uint32_t first = p.num_end;
    if (first < p.head && toks[first].norm == "of") ++first;
    if (first < p.head && toks[first].pos == Pos::kDet) ++first;
    c.who = Span{toks[first].span.begin, toks[p.head].span.end};
  }
  const ParsedNumber& n = p.number;
  if (p.negated) {
    c.quantity = c.low = c.high = 0.0;
    c.qualifier = "exact";
    return c;
  }
  c.quantity = n.value;
  if (n.range) {
    // IDMC reports the top of a range as the figure; both ends stay available.
    c.qualifier = "range";
    c.low = n.low;
    c.high = n.high;
  } else if (n.vague) {
    // "thousands": a conservative floor, as ACLED codes vague tolls.
    c.qualifier = "vague";
    c.low = n.value;
  } else {
    c.qualifier = std::string(p.qualifier);
    if (p.qualifier == "more_than" || p.qualifier == "at_least") c.low = n.value;
    if (p.qualifier == "at_most" || p.qualifier == "fewer_than") c.high = n.value;
    if (p.qualifier == "exact") c.low = c.high = n.value;
  }
  return c;
}

}  // namespace

void RecogniseCounts(Document& doc) {
  std::vector<Token> unglued;
  const std::vector<Token>& toks = UnglueNumbers(doc, &unglued) ? unglued : doc.tokens;
  std::vector<bool> sentence_precise;  // per count: its sentence has a precise figure of its family
  for (const Sentence& s : doc.sentences) {
    const uint32_t se = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(toks.size()));
    const size_t first = doc.counts.size();
    for (uint32_t i = s.token_begin; i < se; ++i) {
      // Nearly every token stops in this loop, which keeps all it reads in registers.
      while (i < se && !MayStartCount(toks, i, se)) ++i;
      if (i == se) break;
      CountPhrase p;
      if (!ReadCountPhrase(toks, s.token_begin, se, i, &p)) continue;
      std::string_view category = FindCountCategory(toks, s.token_begin, se, p);
      if (!category.empty()) doc.counts.push_back(MakeCount(toks, p, category));
      i = p.num_end - 1;  // a range or a multi-word number is read once
    }
    for (size_t a = first; a < doc.counts.size(); ++a) {
      bool precise = false;
      for (size_t b = first; b < doc.counts.size() && !precise; ++b) {
        precise = IsPrecise(doc.counts[b]) && Family(doc.counts[b]) == Family(doc.counts[a]);
      }
      sentence_precise.push_back(precise);
    }
  }
  // "Among the hundreds of thousands of people displaced, at least 175,500 are staying in
  // shelters": where a figure is given in digits, vague ones of the same kind ("hundreds
  // of thousands", "several hundred") only frame it. Within a sentence for every kind;
  // across the report for displacement, whose reports give one figure per excerpt.
  bool displacement_precise = false;
  for (const Count& c : doc.counts) displacement_precise |= IsPrecise(c) && Family(c) == "displacement";
  size_t kept = 0;
  for (size_t a = 0; a < doc.counts.size(); ++a) {
    const Count& c = doc.counts[a];
    const bool vague = c.qualifier == "vague";
    if (vague && (sentence_precise[a] || (displacement_precise && Family(c) == "displacement"))) continue;
    if (kept != a) doc.counts[kept] = std::move(doc.counts[a]);
    ++kept;
  }
  doc.counts.resize(kept);
}

}  // namespace faultline
