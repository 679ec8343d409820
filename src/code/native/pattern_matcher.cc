#include "code/native/pattern_matcher.h"

// Literal comparisons as string_view: the length is checked before any byte.
using namespace std::string_view_literals;

namespace faultline {
namespace {

constexpr uint32_t kMaxGap = 4;     // modifier tokens allowed between two pattern words
constexpr uint32_t kMaxPhrase = 8;  // tokens an actor slot may consume

// `norm` is the one character `c`: two loads, where == on strings calls a compare.
bool Is(const std::string& norm, char c) { return norm.size() == 1 && norm[0] == c; }

bool Skippable(const Token& t) {
  switch (t.pos) {
    case Pos::kDet:
    case Pos::kAdj:
    case Pos::kAdv:
    case Pos::kNum:
    case Pos::kPossessive:
    case Pos::kNoun:
    case Pos::kProperNoun:
      return true;
    case Pos::kVerb:
      return t.verb_gerund;  // "a data sharing agreement"
    default:
      // Amounts inside a phrase: "provided $340 million in aid", "worth of".
      return Is(t.norm, '-') || Is(t.norm, '$') || t.norm == "€"sv || t.norm == "£"sv ||
             t.norm == "%"sv || t.norm == "worth"sv;
  }
}

// Inside a noun phrase an actor slot may consume: no verbs, clause punctuation or
// conjunctions that start a clause.
bool PhraseToken(const Token& t) {
  switch (t.pos) {
    case Pos::kVerb:
    case Pos::kAux:
    case Pos::kModal:
    case Pos::kWh:
    case Pos::kSubord:
      return false;
    case Pos::kPunct:
      return Is(t.norm, '-') || Is(t.norm, ',');
    default:
      return true;
  }
}

// Length of alternative `alt` matched at tokens[at], adjacently; 0 when it does not match.
uint32_t AltAt(const std::vector<uint32_t>& alt, const std::vector<Token>& tokens,
               const std::vector<WordIds>& ids, uint32_t at, uint32_t limit) {
  uint32_t i = at;
  for (uint32_t w : alt) {
    while (i < limit && i > at && Is(tokens[i].norm, '-')) ++i;
    if (i >= limit || !ids[i].Matches(w)) return 0;
    ++i;
  }
  return i - at;
}

uint32_t SlotAt(const PatternSlot& slot, const std::vector<Token>& tokens,
                const std::vector<WordIds>& ids, uint32_t at, uint32_t limit) {
  uint32_t best = 0;
  for (const auto& alt : slot.alternative_ids) {
    best = std::max(best, AltAt(alt, tokens, ids, at, limit));
  }
  return best;
}

}  // namespace

std::optional<PatternMatch> MatchPattern(const VerbPattern& p, const std::vector<Token>& tokens,
                                         const std::vector<WordIds>& ids, uint32_t head,
                                         uint32_t limit) {
  PatternMatch m;
  uint32_t pos = head;
  // Head: its first token is already known to match; the rest follow adjacently.
  uint32_t hl = AltAt(p.head_ids, tokens, ids, head, limit);
  if (hl == 0) return std::nullopt;
  pos = head + hl;
  for (size_t s = 0; s < p.slots.size(); ++s) {
    const PatternSlot& slot = p.slots[s];
    if (slot.kind != PatternSlot::Kind::kWord) {
      // An actor slot: a noun phrase up to the next word slot (or of bounded length).
      const PatternSlot* next = s + 1 < p.slots.size() ? &p.slots[s + 1] : nullptr;
      uint32_t start = pos;
      uint32_t i = pos;
      uint32_t found_next = 0;
      while (i < limit && i - start < kMaxPhrase && PhraseToken(tokens[i])) {
        if (next && next->kind == PatternSlot::Kind::kWord && i > start) {
          found_next = SlotAt(*next, tokens, ids, i, limit);
          if (found_next) break;
        }
        ++i;
      }
      if (next && next->kind == PatternSlot::Kind::kWord) {
        if (!found_next && i < limit) found_next = SlotAt(*next, tokens, ids, i, limit);
        if (!found_next || i == start) return std::nullopt;
      }
      if (!next) {
        // Trailing slot: the phrase right after; it need not be consumed to match.
        auto range = std::make_pair(start, i);
        if (slot.kind == PatternSlot::Kind::kTarget) {
          m.target = range;
          m.has_target = true;
        } else {
          m.source = range;
          m.has_source = true;
        }
        pos = start;
        continue;
      }
      auto range = std::make_pair(start, i);
      if (slot.kind == PatternSlot::Kind::kTarget) {
        m.target = range;
        m.has_target = true;
      } else {
        m.source = range;
        m.has_source = true;
      }
      pos = i;
      continue;
    }
    uint32_t gap_limit = slot.adjacent ? 0 : kMaxGap;
    uint32_t i = pos;
    uint32_t len = 0;
    for (uint32_t g = 0; i < limit; ++g) {
      len = SlotAt(slot, tokens, ids, i, limit);
      if (len) break;
      if (g >= gap_limit || !Skippable(tokens[i])) break;
      ++i;
    }
    if (!len) return std::nullopt;
    pos = i + len;
  }
  m.end = pos;
  return m;
}

}  // namespace faultline
