#include "recognise/counts/count_recogniser.h"

#include "recognise/counts/count_category.h"
#include "recognise/counts/count_phrase.h"

namespace faultline {
namespace {

// Cheap test run on every token before any parsing: can a count phrase start here?
bool MayStartCount(const Token& t) {
  if (t.pos == Pos::kNum) return true;
  const std::string& w = t.norm;
  if (w.empty()) return false;
  switch (w[0]) {
    case 'a': return w == "a" || w == "an";
    case 'f': return w == "few";
    case 'l': return w == "lakhs" || w == "lakh";
    case 'n': return w == "no" || w == "nobody" || w == "none";
    case 's': return w == "several" || w == "scores";
    case 't': return w == "tens";
    default: return false;
  }
}

Count MakeCount(const Document& doc, const CountPhrase& p, std::string_view category) {
  const std::vector<Token>& toks = doc.tokens;
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
  const std::vector<Token>& toks = doc.tokens;
  for (const Sentence& s : doc.sentences) {
    const uint32_t se = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(toks.size()));
    for (uint32_t i = s.token_begin; i < se; ++i) {
      if (!MayStartCount(toks[i])) continue;
      CountPhrase p;
      if (!ReadCountPhrase(toks, s.token_begin, se, i, &p)) continue;
      std::string_view category = FindCountCategory(toks, s.token_begin, se, p);
      if (!category.empty()) doc.counts.push_back(MakeCount(doc, p, category));
      i = p.num_end - 1;  // a range or a multi-word number is read once
    }
  }
}

}  // namespace faultline
