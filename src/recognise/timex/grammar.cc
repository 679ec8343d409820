#include "recognise/timex/grammar.h"

#include <algorithm>

#include "recognise/timex/elements.h"

namespace faultline::timex {
namespace {

struct ElemName {
  std::string_view name;
  Elem type;
};

constexpr ElemName kElemNames[] = {{"MONTH", Elem::kMonth},     {"WEEKDAY", Elem::kWeekday},
                                   {"SEASON", Elem::kSeason},   {"UNIT", Elem::kUnit},
                                   {"UNITS", Elem::kUnits},     {"UNIT1", Elem::kUnit1},
                                   {"NUM", Elem::kNum},         {"NUMA", Elem::kNumA},
                                   {"VAGUE", Elem::kVague},     {"DAY", Elem::kDay},
                                   {"YEAR", Elem::kYear},       {"DECADE", Elem::kDecade},
                                   {"ORD", Elem::kOrd},         {"SHIFT", Elem::kShift},
                                   {"MOD", Elem::kMod},         {"APPROX", Elem::kApprox},
                                   {"POD", Elem::kPartOfDay},   {"CLOCK", Elem::kClock},
                                   {"DEICTIC", Elem::kDeictic}, {"REF", Elem::kRef},
                                   {"DIR", Elem::kDir},         {"SETW", Elem::kSetWord},
                                   {"QUANT", Elem::kQuant},     {"HOLIDAY", Elem::kHoliday},
                                   {"MM", Elem::kMm},           {"DD", Elem::kDd}};

// Depth-first over the rule's elements; keeps the longest complete match in *best.
void Search(const Rule& r, int e, const std::vector<Atom>& a, size_t i, const Match& m, Match* best,
            bool* found) {
  if (e == r.nelems) {
    if (i > m.begin && (!*found || i > best->end)) {
      *best = m;
      best->end = static_cast<uint32_t>(i);
      *found = true;
    }
    return;
  }
  const Element& el = r.elems[e];
  Match next = m;
  const int n = MatchElem(el, a, i, next);
  if (n > 0) Search(r, e + 1, a, i + n, next, best, found);
  if (el.optional) Search(r, e + 1, a, i, m, best, found);
}

}  // namespace

bool CompilePattern(std::string_view pattern, Rule* rule) {
  rule->pattern = pattern;
  rule->nelems = 0;
  size_t pos = 0;
  while (pos < pattern.size()) {
    while (pos < pattern.size() && pattern[pos] == ' ') ++pos;
    if (pos >= pattern.size()) break;
    size_t end = pattern.find(' ', pos);
    if (end == std::string_view::npos) end = pattern.size();
    std::string_view item = pattern.substr(pos, end - pos);
    pos = end;
    if (rule->nelems >= kMaxRuleElements) return false;
    Element el;
    if (item.size() > 1 && item.back() == '?') {
      el.optional = true;
      item.remove_suffix(1);
    }
    bool named = false;
    for (const ElemName& n : kElemNames) {
      if (item == n.name) {
        el.type = n.type;
        named = true;
      }
    }
    if (!named) {
      if (item.empty() || (item[0] >= 'A' && item[0] <= 'Z')) return false;
      size_t b = 0;
      while (b <= item.size()) {
        size_t bar = item.find('|', b);
        if (bar == std::string_view::npos) bar = item.size();
        if (el.nwords >= kMaxLiteralWords || bar == b) return false;
        el.words[el.nwords++] = item.substr(b, bar - b);
        b = bar + 1;
      }
    }
    rule->elems[rule->nelems++] = el;
  }
  rule->start_mask = StartMask(*rule);
  return rule->nelems > 0;
}

uint64_t StartMask(const Rule& r) {
  auto Bit = [](Elem e) { return uint64_t{1} << static_cast<int>(e); };
  uint64_t mask = 0;
  for (uint8_t e = 0; e < r.nelems; ++e) {
    const Element& el = r.elems[e];
    if (el.type == Elem::kLiteral) {
      for (uint8_t k = 0; k < el.nwords; ++k)
        mask |= uint64_t{1} << (32 + LiteralBucket(el.words[k]));
    } else {
      mask |= Bit(el.type);
    }
    if (!el.optional) break;
  }
  return mask;
}

namespace {

// For each start bit, the set of rules whose start mask has it: a token's candidates are
// the union over its few bits, in rule order, instead of a pass over every rule (most
// tokens start none).
class StartIndex {
 public:
  explicit StartIndex(const std::vector<Rule>& rules) : words_((rules.size() + 63) / 64) {
    sets_.assign(64 * words_, 0);
    for (size_t r = 0; r < rules.size(); ++r) {
      for (int b = 0; b < 64; ++b) {
        if (rules[r].start_mask >> b & 1) sets_[b * words_ + r / 64] |= uint64_t{1} << (r % 64);
      }
    }
  }
  // Fills `out` (words() entries) with the rules a token with start bits `bits` may start.
  void Candidates(uint64_t bits, uint64_t* out) const {
    std::fill(out, out + words_, 0);
    for (; bits != 0; bits &= bits - 1) {
      const uint64_t* set = &sets_[static_cast<size_t>(__builtin_ctzll(bits)) * words_];
      for (size_t w = 0; w < words_; ++w) out[w] |= set[w];
    }
  }
  size_t words() const { return words_; }

 private:
  size_t words_;
  std::vector<uint64_t> sets_;  // 64 bits x words_
};

// Tries rule `r` at atoms[i]; keeps the longest match in `best` (the first on ties).
void MatchRule(const std::vector<Rule>& rules, size_t r, const std::vector<Atom>& atoms, uint32_t i,
               bool* found, Match* best) {
  // A literal start must be one of the rule's words (checked before the search).
  const Element& first = rules[r].elems[0];
  if (first.type == Elem::kLiteral && !first.optional) {
    bool ok = false;
    for (uint8_t k = 0; k < first.nwords && !ok; ++k) ok = atoms[i].norm == first.words[k];
    if (!ok) return;
  }
  Match m;
  m.begin = i;
  m.rule = static_cast<uint16_t>(r);
  // Search keeps a match only when it is longer than the best so far, the first on ties,
  // within a rule and (rules tried in order) across them: it can write to `best` directly.
  Search(rules[r], 0, atoms, i, m, best, found);
}

}  // namespace

bool MatchAt(const std::vector<Atom>& atoms, uint32_t i, Match* out) {
  const std::vector<Rule>& rules = Rules();
  static const StartIndex index(rules);
  thread_local std::vector<uint64_t> candidates;
  candidates.resize(index.words());
  index.Candidates(StartBits(atoms, i), candidates.data());
  bool found = false;
  Match best;
  for (size_t w = 0; w < candidates.size(); ++w) {
    for (uint64_t set = candidates[w]; set != 0; set &= set - 1) {
      MatchRule(rules, w * 64 + static_cast<size_t>(__builtin_ctzll(set)), atoms, i, &found, &best);
    }
  }
  if (found) *out = best;
  return found;
}

}  // namespace faultline::timex
