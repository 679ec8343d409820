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

uint64_t ElementBits(const Element& el) {
  if (el.type != Elem::kLiteral) return uint64_t{1} << static_cast<int>(el.type);
  uint64_t bits = 0;
  for (uint8_t k = 0; k < el.nwords; ++k) bits |= uint64_t{1} << (32 + LiteralBucket(el.words[k]));
  return bits;
}

// Depth-first over the rule's elements; keeps the longest complete match in *best. With
// kUseStartBits an element is tried only at atoms whose start bits it shares; without, at
// every atom (the reference engine the tests compare with).
template <bool kUseStartBits>
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
  // Most elements tried fail: the atom's start bits rule most of them out before the
  // Match is copied.
  if (i < a.size() && (!kUseStartBits || (el.bits & StartBits(a, i)) != 0)) {
    Match next = m;
    const int n = MatchElem(el, a, i, next);
    if (n > 0) Search<kUseStartBits>(r, e + 1, a, i + n, next, best, found);
  }
  if (el.optional) Search<kUseStartBits>(r, e + 1, a, i, m, best, found);
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
    el.bits = ElementBits(el);
    rule->elems[rule->nelems++] = el;
  }
  rule->start_mask = StartMask(*rule);
  return rule->nelems > 0;
}

uint64_t StartMask(const Rule& r) {
  uint64_t mask = 0;
  for (uint8_t e = 0; e < r.nelems; ++e) {
    mask |= r.elems[e].bits;
    if (!r.elems[e].optional) break;
  }
  return mask;
}

namespace {

// Elements that always take exactly one atom when they match.
bool TakesOneAtom(Elem type) {
  switch (type) {
    case Elem::kNum:
    case Elem::kNumA:
    case Elem::kVague:
    case Elem::kDay:
    case Elem::kYear:
    case Elem::kDecade:
    case Elem::kOrd:
    case Elem::kApprox:
    case Elem::kClock:
      return false;
    default:
      return true;
  }
}

constexpr uint64_t kAnyAtom = ~uint64_t{0};

// A way a rule can start at an atom: its element `first` matched there, the optional
// elements before it skipped. Tried in rule order and, within a rule, in the order the
// search skips optional elements, so the first longest match is the one a search over
// the whole rule would find.
struct RuleStart {
  uint16_t rule = 0;
  uint8_t first = 0;
  // When `first` takes one atom: start bits the next atom must share for the rest of the
  // rule to go on ("the? DAY of MONTH" is not tried at every "the"); kAnyAtom when the
  // rule may end after `first` or `first` can take several atoms.
  uint64_t next_bits = kAnyAtom;
};

std::vector<RuleStart> RuleStarts(const std::vector<Rule>& rules) {
  std::vector<RuleStart> starts;
  for (size_t r = 0; r < rules.size(); ++r) {
    const Rule& rule = rules[r];
    for (uint8_t e = 0; e < rule.nelems; ++e) {
      RuleStart s;
      s.rule = static_cast<uint16_t>(r);
      s.first = e;
      if (TakesOneAtom(rule.elems[e].type)) {
        uint64_t next = 0;
        uint8_t k = e + 1;
        for (; k < rule.nelems; ++k) {
          next |= rule.elems[k].bits;
          if (!rule.elems[k].optional) break;
        }
        if (k < rule.nelems) s.next_bits = next;
      }
      starts.push_back(s);
      if (!rule.elems[e].optional) break;
    }
  }
  return starts;
}

// For each start bit, the set of rule starts whose first element has it: a token's
// candidates are the union over its few bits, in order, instead of a pass over every rule
// (most tokens start none).
class StartIndex {
 public:
  explicit StartIndex(const std::vector<Rule>& rules)
      : starts_(RuleStarts(rules)), words_((starts_.size() + 63) / 64) {
    sets_.assign(64 * words_, 0);
    for (size_t s = 0; s < starts_.size(); ++s) {
      const uint64_t bits = rules[starts_[s].rule].elems[starts_[s].first].bits;
      for (int b = 0; b < 64; ++b) {
        if (bits >> b & 1) sets_[b * words_ + s / 64] |= uint64_t{1} << (s % 64);
      }
    }
  }
  // Fills `out` (words() entries) with the starts possible at a token with start bits `bits`.
  void Candidates(uint64_t bits, uint64_t* out) const {
    std::fill(out, out + words_, 0);
    for (; bits != 0; bits &= bits - 1) {
      const uint64_t* set = &sets_[static_cast<size_t>(__builtin_ctzll(bits)) * words_];
      for (size_t w = 0; w < words_; ++w) out[w] |= set[w];
    }
  }
  size_t words() const { return words_; }
  const RuleStart& start(size_t s) const { return starts_[s]; }

 private:
  std::vector<RuleStart> starts_;
  size_t words_;
  std::vector<uint64_t> sets_;  // 64 bits x words_
};

// Tries a rule start at atoms[i]; keeps the longest match in `best` (the first on ties).
void MatchStart(const Rule& rule, const RuleStart& start, const std::vector<Atom>& atoms,
                uint32_t i, bool* found, Match* best) {
  if (start.next_bits != kAnyAtom &&
      (i + 1 >= atoms.size() || (start.next_bits & StartBits(atoms, i + 1)) == 0)) {
    return;
  }
  Match m;
  m.begin = i;
  m.rule = start.rule;
  const int n = MatchElem(rule.elems[start.first], atoms, i, m);
  // Search keeps a match only when it is longer than the best so far, the first on ties,
  // within a rule and (starts tried in order) across them: it can write to `best` directly.
  if (n > 0) Search<true>(rule, start.first + 1, atoms, i + n, m, best, found);
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
      const RuleStart& start = index.start(w * 64 + static_cast<size_t>(__builtin_ctzll(set)));
      MatchStart(rules[start.rule], start, atoms, i, &found, &best);
    }
  }
  if (found) *out = best;
  return found;
}

bool MatchAtExhaustive(const std::vector<Atom>& atoms, uint32_t i, Match* out) {
  const std::vector<Rule>& rules = Rules();
  bool found = false;
  Match best;
  for (size_t r = 0; r < rules.size(); ++r) {
    Match m;
    m.begin = i;
    m.rule = static_cast<uint16_t>(r);
    Search<false>(rules[r], 0, atoms, i, m, &best, &found);
  }
  if (found) *out = best;
  return found;
}

}  // namespace faultline::timex
